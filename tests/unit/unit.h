/*
 * unit.h -- what the cmocka unit tests share.
 *
 * Each tests/unit/test_*.c is one program (see the Makefile); this header
 * brings in cmocka in the order it requires and a few helpers for loading
 * scenarios from Lua source kept in the test itself.
 */
#ifndef UNIT_H
#define UNIT_H

/* cmocka needs these first, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
// clang-format on

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/scn.h"
#include "util/rp_error.h"

/* The chunk name every test scenario is loaded as: errors start with it. */
#define UNIT_CHUNK "test.lua"

/* Loads a scenario from Lua source; NULL with err filled on failure. */
static inline scn_scenario *unit_load(const char *src, rp_error *err) {
  rp_error_clear(err);
  return scn_load(UNIT_CHUNK, src, strlen(src), err);
}

/* Loads a scenario that must compile; fails the test with the message
 * otherwise. */
static inline scn_scenario *unit_load_ok(const char *src) {
  rp_error err;
  scn_scenario *s = unit_load(src, &err);
  if (s == NULL)
    fail_msg("scenario did not load: %s", err.msg);
  return s;
}

/* Loads a scenario that must fail and returns its error code; the message
 * is left in err. */
static inline rp_status unit_load_fails(const char *src, rp_error *err) {
  scn_scenario *s = unit_load(src, err);
  if (s != NULL) {
    scn_free(s);
    fail_msg("scenario loaded but was expected to fail");
  }
  assert_int_not_equal(err->code, RP_OK);
  return err->code;
}

/* Asserts that haystack contains needle, printing both when it does not. */
#define assert_contains(haystack, needle)                                      \
  do {                                                                         \
    const char *h_ = (haystack), *n_ = (needle);                               \
    if (h_ == NULL || strstr(h_, n_) == NULL)                                  \
      fail_msg("expected \"%s\" to contain \"%s\"", h_ ? h_ : "(null)", n_);   \
  } while (0)

#define assert_not_contains(haystack, needle)                                  \
  do {                                                                         \
    const char *h_ = (haystack), *n_ = (needle);                               \
    if (h_ != NULL && strstr(h_, n_) != NULL)                                  \
      fail_msg("expected \"%s\" not to contain \"%s\"", h_, n_);               \
  } while (0)

/* The smallest scenario that compiles: one node, one choice, one ending.
 * Tests that are about something else append or prepend to it. */
#define UNIT_MINIMAL_SCENARIO                                                  \
  "return scenario {\n"                                                        \
  "  id = \"t\", title = \"T\", module = \"m\", difficulty = \"beginner\",\n"  \
  "  version = \"1\", brief = \"b\",\n"                                        \
  "  prospect = { name = \"N\", role = \"R\", company = \"C\" },\n"            \
  "  start = \"a\",\n"                                                         \
  "  nodes = { a = { say = \"hi\",\n"                                          \
  "    choices = { { id = \"x\", text = \"x\", next = \"e\" } } } },\n"        \
  "  endings = { e = { say = \"bye\", outcome = { result = \"won\" } } },\n"   \
  "}\n"

/* Seconds a test may wait for something that must finish; multiplied by
 * $UNIT_TIMEOUT_SCALE (e.g. 20 under valgrind). */
static inline unsigned unit_timeout(unsigned seconds) {
  const char *scale = getenv("UNIT_TIMEOUT_SCALE");
  int k = scale != NULL ? atoi(scale) : 1;
  return seconds * (unsigned)(k > 0 ? k : 1);
}

static inline double unit_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* What became of a scenario loaded in a child process. */
typedef enum unit_child {
  UNIT_CHILD_DONE,      /* scn_load returned and scn_free returned */
  UNIT_CHILD_HUNG_LOAD, /* scn_load did not return in time (or crashed) */
  UNIT_CHILD_HUNG_FREE  /* scn_load returned, scn_free did not */
} unit_child;

typedef struct unit_child_report {
  rp_error err;
  int loaded;
  double seconds; /* scn_load's wall time */
} unit_child_report;

/* Loads src in a forked child killed after `timeout` seconds, so a test of
 * something that might hang fails instead of hanging the suite.  *rep gets
 * scn_load's result when it returned. */
static inline unit_child unit_load_in_child(const char *src, unsigned timeout,
                                            unit_child_report *rep) {
  memset(rep, 0, sizeof *rep);
  int fd[2];
  if (pipe(fd) != 0)
    fail_msg("pipe failed");
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0)
    fail_msg("fork failed");
  if (pid == 0) {
    close(fd[0]);
    alarm(timeout);
    unit_child_report r;
    memset(&r, 0, sizeof r);
    double t0 = unit_now();
    scn_scenario *s = scn_load(UNIT_CHUNK, src, strlen(src), &r.err);
    r.seconds = unit_now() - t0;
    r.loaded = s != NULL;
    ssize_t n = write(fd[1], &r, sizeof r);
    close(fd[1]);
    scn_free(s);
    _exit(n == (ssize_t)sizeof r ? 0 : 3);
  }
  close(fd[1]);
  size_t got = 0;
  while (got < sizeof *rep) {
    ssize_t n = read(fd[0], (char *)rep + got, sizeof *rep - got);
    if (n <= 0)
      break;
    got += (size_t)n;
  }
  close(fd[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (got < sizeof *rep)
    return UNIT_CHILD_HUNG_LOAD;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return UNIT_CHILD_HUNG_FREE;
  return UNIT_CHILD_DONE;
}

/* Honours $UNIT_ONLY and $UNIT_SKIP (cmocka glob patterns on test names),
 * e.g. UNIT_SKIP='*hang*' for a slow valgrind pass.  Call first in main. */
static inline void unit_filters_from_env(void) {
  const char *only = getenv("UNIT_ONLY"), *skip = getenv("UNIT_SKIP");
  if (only != NULL && *only != '\0')
    cmocka_set_test_filter(only);
  if (skip != NULL && *skip != '\0')
    cmocka_set_skip_filter(skip);
}

/* Number of elements of an array. */
#define UNIT_COUNT(a) (sizeof(a) / sizeof((a)[0]))

#endif
