/*
 * test_files.c -- rp_fs.h's writes: temporary files created exclusively
 * (a planted symbolic link is never followed), their names recognised, and
 * a left-over temporary file published like a normal save.
 */
#include "unit.h"

#include <errno.h>
#include <limits.h>
#include <sys/stat.h>

#include "io/rp_fs.h"

static char dir[64];

static int make_dir(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/rp-files-XXXXXX");
  return mkdtemp(dir) != NULL ? 0 : -1;
}

static int remove_dir(void **state) {
  (void)state;
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  return system(cmd) == 0 ? 0 : -1;
}

/* dir/name, in a static buffer per slot. */
static const char *at(int slot, const char *name) {
  static char buf[4][PATH_MAX];
  snprintf(buf[slot], sizeof buf[slot], "%s/%s", dir, name);
  return buf[slot];
}

static char *slurp(const char *path) {
  char *text;
  size_t len;
  rp_error err;
  if (rp_fs_read(path, 1 << 20, &text, &len, &err) != RP_OK)
    fail_msg("%s", err.msg);
  return text;
}

static void spit(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  assert_int_equal(fclose(f), 0);
}

static void assert_file(const char *path, const char *want) {
  char *got = slurp(path);
  assert_string_equal(got, want);
  free(got);
}

static bool is_link(const char *path) {
  struct stat st;
  return lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
}

/* A symbolic link planted at the first temporary name, PATH.tmp.PID: the
 * write goes to another name, the file the link points to is untouched,
 * and the link stays (it is not ours). */
static void write_with_link_at_temp(bool replace) {
  const char *victim = at(0, replace ? "victim-a" : "victim-n");
  const char *out = at(1, replace ? "out-a.json" : "out-n.json");
  char tmp[PATH_MAX + 32];
  snprintf(tmp, sizeof tmp, "%s.tmp.%ld", out, (long)getpid());
  spit(victim, "precious\n");
  assert_int_equal(symlink(victim, tmp), 0);
  rp_error err;
  rp_status st = replace ? rp_fs_write_atomic(out, "new\n", 4, &err)
                         : rp_fs_write_new(out, "new\n", 4, &err);
  if (st != RP_OK)
    fail_msg("%s", err.msg);
  assert_file(victim, "precious\n");
  assert_false(is_link(out));
  assert_file(out, "new\n");
  assert_true(is_link(tmp));
}

static void a_link_at_the_temporary_name_should_never_be_followed(void **s) {
  (void)s;
  write_with_link_at_temp(false);
  write_with_link_at_temp(true);
}

static void a_link_at_the_target_should_be_refused_or_replaced(void **s) {
  (void)s;
  const char *victim = at(0, "victim-t");
  spit(victim, "precious\n");
  const char *target = at(1, "link.json");
  assert_int_equal(symlink(victim, target), 0);
  rp_error err;
  assert_int_equal(rp_fs_write_new(target, "new\n", 4, &err), RP_EINPUT);
  assert_non_null(strstr(err.msg, "already exists"));
  assert_true(is_link(target));
  assert_int_equal(rp_fs_write_atomic(target, "new\n", 4, &err), RP_OK);
  assert_false(is_link(target));
  assert_file(target, "new\n");
  assert_file(victim, "precious\n");
}

static void temporary_names_should_be_recognised(void **s) {
  (void)s;
  size_t base;
  long pid;
  assert_true(rp_fs_temp_name("a-1.json.tmp.4242", &base, &pid));
  assert_int_equal(base, strlen("a-1.json"));
  assert_int_equal(pid, 4242);
  assert_true(rp_fs_temp_name("/d/x.json.tmp.77.0123456789ab", &base, &pid));
  assert_int_equal(base, strlen("/d/x.json"));
  assert_int_equal(pid, 77);
  const char *no[] = {"a.json",
                      "a.json.tmp.",
                      "a.json.tmp.0",
                      "a.json.tmp.-3",
                      "a.json.tmp.012",
                      ".tmp.12",
                      "a.json.tmp.12x",
                      "a.json.tmp.12.0123456789AB",
                      "a.json.tmp.12.0123",
                      "a.json.tmp.99999999999",
                      "a.json.tmp.12.0123456789ab.0123456789ab"};
  for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
    if (rp_fs_temp_name(no[i], &base, &pid))
      fail_msg("'%s' taken for a temporary name", no[i]);
}

static void
a_temporary_file_should_publish_only_when_the_name_is_free(void **s) {
  (void)s;
  const char *tmp = at(0, "r.json.tmp.4242"), *path = at(1, "r.json");
  spit(tmp, "whole\n");
  rp_error err;
  assert_int_equal(rp_fs_publish_new(tmp, path, &err), RP_OK);
  assert_file(path, "whole\n");
  assert_int_equal(access(tmp, F_OK), -1);
  spit(tmp, "other\n");
  assert_int_equal(rp_fs_publish_new(tmp, path, &err), RP_EINPUT);
  assert_file(path, "whole\n");
  assert_file(tmp, "other\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(a_link_at_the_temporary_name_should_never_be_followed),
      cmocka_unit_test(a_link_at_the_target_should_be_refused_or_replaced),
      cmocka_unit_test(temporary_names_should_be_recognised),
      cmocka_unit_test(
          a_temporary_file_should_publish_only_when_the_name_is_free),
  };
  return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
