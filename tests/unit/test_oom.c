/*
 * test_oom.c -- allocation failure: every allocation the engine makes in an
 * operation is failed in turn, and the operation must report out of memory
 * (or, when the failure could be recovered from, give the same result as
 * without it) instead of crashing, leaking or giving a wrong answer.
 *
 * The program is linked with -Wl,--wrap=malloc,calloc,realloc,strdup,
 * strndup (see the Makefile's hardening block), so the engine's own calls
 * and the sandbox's Lua allocator come here; cJSON, a shared library, gets
 * the same allocator through cJSON_InitHooks.  For N = 1, 2, ... up to the
 * number of allocations the operation makes, the Nth fails (once, and in a
 * second pass every one from the Nth on).  $OOM_STRIDE (or
 * $UNIT_TIMEOUT_SCALE, 10 under valgrind) tries every k-th N only.
 */
#include "unit.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <sys/stat.h>

#include "academy/curriculum.h"
#include "academy/grade.h"
#include "author/check.h"
#include "author/scenario_test.h"
#include "core/debrief.h"
#include "core/rec.h"
#include "core/score.h"
#include "core/sess.h"
#include "io/history.h"
#include "lua/sbx.h"
#include "util/rp_buf.h"
#include "util/rp_json_build.h"

/* ---- the failing allocator ----------------------------------------------- */

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t k);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t k);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);

static struct {
  bool armed;
  bool sticky;  /* once one allocation failed, all the later ones fail */
  long fail_at; /* the allocation (1-based) that fails; 0: none */
  long seen;    /* allocations since armed */
  bool failed;  /* one was refused */
} oom;

static bool refuse(void) {
  if (!oom.armed)
    return false;
  oom.seen++;
  if (oom.seen == oom.fail_at || (oom.sticky && oom.failed)) {
    oom.failed = true;
    return true;
  }
  return false;
}

void *__wrap_malloc(size_t n) { return refuse() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t k) {
  return refuse() ? NULL : __real_calloc(n, k);
}
void *__wrap_realloc(void *p, size_t n) {
  return refuse() ? NULL : __real_realloc(p, n);
}
char *__wrap_strdup(const char *s) {
  return refuse() ? NULL : __real_strdup(s);
}
char *__wrap_strndup(const char *s, size_t n) {
  return refuse() ? NULL : __real_strndup(s, n);
}

static void *cjson_malloc(size_t n) { return __wrap_malloc(n); }

static void arm(long fail_at, bool sticky) {
  oom.armed = true;
  oom.sticky = sticky;
  oom.fail_at = fail_at;
  oom.seen = 0;
  oom.failed = false;
}

static void disarm(void) { oom.armed = false; }

/* A failed expectation, naming the allocation that was failed. */
#define oom_fail(...)                                                          \
  do {                                                                         \
    print_error("with allocation %ld failed%s: ", oom.fail_at,                 \
                oom.sticky ? " and all after it" : "");                        \
    fail_msg(__VA_ARGS__);                                                     \
  } while (0)

/* A failed expectation, naming the allocation that was failed. */
#define oom_fail(...)                                                          \
  do {                                                                         \
    print_error("with allocation %ld failed%s: ", oom.fail_at,                 \
                oom.sticky ? " and all after it" : "");                        \
    fail_msg(__VA_ARGS__);                                                     \
  } while (0)

/* Whether a message reports running out of memory. */
static bool says_oom(const char *msg) {
  return msg != NULL && strstr(msg, "out of memory") != NULL;
}

/* ---- the sweep ----------------------------------------------------------- */

/* One operation under test: runs with the allocator armed and returns
 * whether it completed; on failure it has checked that the failure was
 * reported as out of memory (fail_msg otherwise).  `baseline` is its result
 * from the first, unfailed run (the operation keeps what it needs there). */
typedef bool (*oom_op)(bool baseline);

static long stride(void) {
  const char *s = getenv("OOM_STRIDE");
  if (s == NULL || *s == '\0')
    s = getenv("UNIT_TIMEOUT_SCALE");
  long k = s != NULL ? atol(s) : 1;
  return k > 0 ? k : 1;
}

/* Runs op once to count its allocations, then fails each in turn (once,
 * then sticky).  Returns the number of allocations counted. */
static long sweep(const char *name, oom_op op) {
  arm(0, false);
  bool ok = op(true);
  long total = oom.seen;
  disarm();
  if (!ok)
    fail_msg("%s: fails without any allocation failure", name);
  long k = stride(), completed = 0, reported = 0;
  for (int pass = 0; pass < 2; pass++)
    for (long n = 1; n <= total; n += k) {
      arm(n, pass == 1);
      bool done = op(false);
      bool hit = oom.failed;
      disarm();
      if (done)
        completed++;
      else
        reported++;
      if (!done && !hit)
        fail_msg("%s: failed at N=%ld although no allocation failed", name, n);
    }
  print_message("%s: %ld allocations, each failed once and from there on: "
                "%ld recovered, %ld reported out of memory\n",
                name, total, completed, reported);
  assert_true(reported > 0);
  return total;
}

/* ---- fixtures ------------------------------------------------------------ */

static char *tiny_src;
static size_t tiny_len;
static scn_scenario *tiny;

static int setup(void **state) {
  (void)state;
  FILE *f = fopen("tests/scenarios/tiny.lua", "rb");
  if (f == NULL)
    return -1;
  tiny_src = __real_malloc(1 << 16);
  tiny_len = fread(tiny_src, 1, (1 << 16) - 1, f);
  tiny_src[tiny_len] = '\0';
  fclose(f);
  rp_error err;
  tiny = scn_load("tiny.lua", tiny_src, tiny_len, &err);
  return tiny != NULL ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  scn_free(tiny);
  free(tiny_src);
  return 0;
}

static const rec_meta META = {"pat", "practice", 1714557600, 1714557780};

/* ---- operations ---------------------------------------------------------- */

static bool op_load(bool baseline) {
  static int nodes;
  rp_error err;
  scn_scenario *s = scn_load("tiny.lua", tiny_src, tiny_len, &err);
  if (s == NULL) {
    if (err.code != RP_ENOMEM || !says_oom(err.msg))
      oom_fail("load failed with %d: %s", err.code, err.msg);
    return false;
  }
  if (baseline)
    nodes = s->n_nodes;
  assert_int_equal(s->n_nodes, nodes);
  scn_free(s);
  return true;
}

/* Plays ask, cost (won), undoes and plays it again, then formats the
 * record: the text must be the same as without failures. */
static bool op_play(bool baseline) {
  static char *want;
  rp_error err;
  sess_session *s = sess_new(tiny, 7, &err);
  if (s == NULL) {
    if (err.code != RP_ENOMEM || !says_oom(err.msg))
      oom_fail("sess_new failed with %d: %s", err.code, err.msg);
    return false;
  }
  bool ok = sess_state(s) == SESS_ACTIVE; /* entering the start may fail */
  const char *path[] = {"ask", "cost"};
  for (int i = 0; i < 2 && ok; i++) {
    rp_status st = sess_choose_id(s, path[i], 1.0, &err);
    if (st == RP_EINPUT)
      oom_fail("choice %s refused: %s", path[i], err.msg);
    ok = st == RP_OK && sess_state(s) != SESS_ABORTED;
  }
  if (ok && sess_undo(s, &err) != RP_OK)
    ok = false;
  if (ok && sess_choose_id(s, "cost", 1.0, &err) != RP_OK)
    ok = false;
  if (ok && sess_state(s) == SESS_ABORTED)
    ok = false;
  if (!ok) {
    const char *why =
        sess_state(s) == SESS_ABORTED ? sess_abort_reason(s) : err.msg;
    if (!says_oom(why))
      oom_fail("the session failed, not for memory: %s", why ? why : "?");
    sess_free(s);
    return false;
  }
  score_report rep;
  score_session(s, &rep);
  char *text = rec_format(s, &rep, &META);
  sess_free(s);
  if (text == NULL)
    return false;
  if (baseline) {
    free(want);
    want = __real_strdup(text);
  }
  assert_string_equal(text, want);
  free(text);
  return true;
}

static char *record_text; /* the baseline record, for parse and replay */

static bool op_parse(bool baseline) {
  (void)baseline;
  rec_record r;
  rp_error err;
  rp_status st =
      rec_parse("r.json", record_text, strlen(record_text), &r, &err);
  if (st != RP_OK) {
    /* rp_json_parse tells a failed allocation from bad JSON. */
    if (st != RP_ENOMEM || !says_oom(err.msg))
      oom_fail("rec_parse failed with %d: %s", st, err.msg);
    return false;
  }
  assert_string_equal(r.scenario_id, "tiny");
  assert_int_equal(r.n_decisions, 2);
  assert_string_equal(r.decisions[1].choice, "cost");
  rec_free(&r);
  return true;
}

static bool op_replay(bool baseline) {
  (void)baseline;
  rec_record r;
  rp_error err;
  disarm(); /* parsing is op_parse's; replay from a parsed record */
  long seen = oom.seen;
  assert_int_equal(
      rec_parse("r.json", record_text, strlen(record_text), &r, &err), RP_OK);
  oom.armed = true;
  oom.seen = seen;
  sess_session *s = NULL;
  score_report rep;
  rp_status st = rec_replay(tiny, &r, &s, &rep, &err);
  sess_free(s);
  rec_free(&r);
  if (st != RP_OK) {
    if (!says_oom(err.msg))
      oom_fail("rec_replay failed with %d: %s", st, err.msg);
    return false;
  }
  assert_true(rep.overall > 90);
  return true;
}

static scn_scenario *checked; /* what op_check checks */

/* Everything a check report says, as text (into a fixed buffer: written
 * with the allocator disarmed or not, it allocates nothing). */
static void check_digest(const check_report *r, char *out, size_t cap) {
  size_t n = 0;
#define PUT(...)                                                               \
  do {                                                                         \
    int k = snprintf(out + n, cap - n, __VA_ARGS__);                           \
    if (k > 0)                                                                 \
      n = n + (size_t)k < cap ? n + (size_t)k : cap - 1;                       \
  } while (0)
  PUT("%ld states %ld edges %d/%d nodes %d/%d choices %d/%d endings "
      "analysed %d paths %.0f %d..%d\n",
      r->states, r->edges, r->nodes_reached, r->nodes_total, r->choices_offered,
      r->choices_total, r->endings_reached, r->endings_total, r->analysed,
      r->total_paths, r->decisions_min, r->decisions_max);
  for (int i = 0; i < r->n_diags; i++) {
    const check_diag *d = &r->diags[i];
    PUT("%d %s %d %s: %s | %s | %s\n", (int)d->level, d->code, d->line,
        d->where, d->message, d->hint ? d->hint : "(no hint)",
        d->path ? d->path : "(no path)");
  }
  for (int i = 0; r->endings != NULL && i < r->n_endings; i++) {
    const check_ending *e = &r->endings[i];
    PUT("ending %d %d %.0f %.2f..%.2f %s %s\n", e->node, e->reached, e->paths,
        e->ov_min, e->ov_max, e->best.choices ? e->best.choices : "(none)",
        e->worst.choices ? e->worst.choices : "(none)");
  }
  PUT("best %s worst %s\n", r->best.choices ? r->best.choices : "(none)",
      r->worst.choices ? r->worst.choices : "(none)");
#undef PUT
}

static bool op_check(bool baseline) {
  static char want[1 << 16];
  char got[sizeof want];
  check_report r;
  rp_error err;
  rp_status st = check_run(checked, 0, &r, &err);
  if (st != RP_OK) {
    if (st != RP_ENOMEM || !says_oom(err.msg))
      oom_fail("check_run failed with %d: %s", st, err.msg);
    return false;
  }
  /* A scenario function that ran out of memory is reported as a failing
   * function, with the reason: the report must say so, and say nothing
   * else is wrong. */
  int oom_errors = 0;
  for (int i = 0; i < r.n_diags; i++)
    if (r.diags[i].level == CHECK_ERROR) {
      if (!says_oom(r.diags[i].message))
        oom_fail("check reported, not for memory: %s", r.diags[i].message);
      oom_errors++;
    }
  check_digest(&r, baseline ? want : got, sizeof want);
  check_free(&r);
  if (oom_errors > 0)
    return false;
  /* Otherwise the report is whole: a diagnostic, hint or path that could
   * not be allocated must fail the check, never pass it with less. */
  if (!baseline && strcmp(got, want) != 0)
    oom_fail("check_run passed with a different report:\n%s\nwanted:\n%s", got,
             want);
  return true;
}

/* Random play (check --random): the same runs, counts and scores, or out
 * of memory; a run whose session could not go on is never counted as
 * endless, nor a failure left without its reason. */
static bool op_random(bool baseline) {
  static char want[4096];
  char got[sizeof want];
  check_random rr;
  rp_error err;
  rp_status st = check_random_play(checked, 6, 3, &rr, &err);
  if (st != RP_OK) {
    if (st != RP_ENOMEM || !says_oom(err.msg))
      oom_fail("check_random_play failed with %d: %s", st, err.msg);
    return false;
  }
  /* A session that ran out of memory inside a function fails, saying so. */
  bool oom_runs = rr.aborted > 0 && says_oom(rr.first_error);
  if (rr.aborted > 0 && !oom_runs)
    oom_fail("random play failed, not for memory: %s",
             rr.first_error ? rr.first_error : "(no reason)");
  int n = snprintf(baseline ? want : got, sizeof want,
                   "taken %d endless %d aborted %d:", rr.choices_taken,
                   rr.endless, rr.aborted);
  for (int i = 0; i < rr.runs && n > 0 && (size_t)n < sizeof want; i++)
    n += snprintf((baseline ? want : got) + n, sizeof want - (size_t)n, " %.3f",
                  rr.scores[i]);
  check_random_free(&rr);
  if (oom_runs)
    return false;
  if (!baseline && strcmp(got, want) != 0)
    oom_fail("random play gave %s, wanted %s", got, want);
  return true;
}

static bool op_debrief(bool baseline) {
  static char *want;
  disarm();
  long seen = oom.seen;
  rp_error err;
  sess_session *s = sess_new(tiny, 7, &err);
  assert_non_null(s);
  sess_choose_id(s, "ask", 1.0, &err);
  sess_choose_id(s, "cost", 1.0, &err);
  score_report rep;
  score_session(s, &rep);
  oom.armed = true;
  oom.seen = seen;
  term_style st = {false, true, 72};
  rp_buf b = RP_BUF_INIT;
  debrief_render(&b, s, &rep, &st, false);
  bool ok = !rp_buf_failed(&b);
  if (ok && baseline) {
    free(want);
    want = __real_strdup(rp_buf_str(&b));
  }
  if (ok)
    assert_string_equal(rp_buf_str(&b), want);
  rp_buf_free(&b);
  disarm();
  sess_free(s);
  return ok;
}

static bool op_tests(bool baseline) {
  (void)baseline;
  scenario_test_suite suite;
  rp_error err;
  rp_status st = scenario_test_compile(tiny, tiny_src, tiny_len, &suite, &err);
  if (st != RP_OK) {
    if (st != RP_ENOMEM || !says_oom(err.msg))
      oom_fail("scenario_test_compile failed with %d: %s", st, err.msg);
    return false;
  }
  bool all = true;
  for (int i = 0; i < suite.n; i++) {
    rp_buf why = RP_BUF_INIT;
    if (!scenario_test_run(tiny, &suite.v[i], &why)) {
      if (!says_oom(rp_buf_str(&why)) && !rp_buf_failed(&why))
        oom_fail("test '%s' failed, not for memory: %s", suite.v[i].name,
                 rp_buf_str(&why));
      all = false;
    }
    rp_buf_free(&why);
  }
  scenario_test_free(&suite);
  return all;
}

/* The shipped curriculum: every module, title and scenario id, or out of
 * memory (a copy that failed must not reach a comparison as NULL). */
static char *curriculum_src;
static size_t curriculum_len;

static bool op_curriculum(bool baseline) {
  static char want[8192];
  char got[sizeof want];
  curriculum_curriculum c;
  rp_error err;
  rp_status st = curriculum_parse("curriculum.json", curriculum_src,
                                  curriculum_len, &c, &err);
  if (st != RP_OK) {
    if (st != RP_ENOMEM || !says_oom(err.msg))
      oom_fail("curriculum_parse failed with %d: %s", st, err.msg);
    return false;
  }
  char *out = baseline ? want : got;
  size_t n = (size_t)snprintf(out, sizeof want, "baseline %s",
                              c.baseline ? c.baseline : "(none)");
  for (int i = 0; i < c.n_modules && n < sizeof want; i++) {
    const curriculum_module *m = &c.modules[i];
    n += (size_t)snprintf(out + n, sizeof want - n, "\n%s %d %s: %s", m->id,
                          m->skill, m->title, m->trains);
    for (int j = 0; j < m->n_scenarios && n < sizeof want; j++)
      n += (size_t)snprintf(out + n, sizeof want - n, " %s", m->scenarios[j]);
  }
  bool found = c.n_modules > 0 &&
               curriculum_module_find(&c, c.modules[0].id) == &c.modules[0];
  curriculum_free(&c);
  assert_true(found);
  if (!baseline && strcmp(got, want) != 0)
    oom_fail("curriculum_parse gave\n%s\nwanted\n%s", got, want);
  return true;
}

/* A JSON report built through rp_json_build (as check --json and progress
 * --json are): the whole text, or nothing and the builder failed; never a
 * tree missing a field. */
static bool op_json_build(bool baseline) {
  (void)baseline;
  rp_json_build b = RP_JSON_BUILD_INIT;
  cJSON *root = rp_json_build_root_array(&b);
  for (int i = 0; i < 2; i++) {
    cJSON *o = rp_json_build_object(&b, root, NULL);
    rp_json_build_string(&b, o, "file", "scenarios/a-rather-long-name.lua");
    rp_json_build_number(&b, o, "errors", i);
    rp_json_build_bool(&b, o, "analysed", i == 1);
    rp_json_build_string(&b, o, "hint", NULL);
    rp_json_build_null(&b, o, "baseline");
    cJSON *ds = rp_json_build_array(&b, o, "diagnostics");
    cJSON *d = rp_json_build_object(&b, ds, NULL);
    rp_json_build_string(&b, d, "code", "never-offered");
    double v[2] = {12.5, 80};
    rp_json_build_item(&b, d, "range", cJSON_CreateDoubleArray(v, 2));
    cJSON *ex = rp_json_build_object(&b, o, "exploration");
    rp_json_build_number(&b, ex, "states", 7);
  }
  char *text = rp_json_build_print(&b, root);
  bool failed = b.failed;
  cJSON_Delete(root);
  if (text == NULL) {
    if (!failed)
      oom_fail("no text, and the builder did not fail");
    return false;
  }
  disarm();
  char *flat = __real_strdup(text);
  cJSON_free(text);
  size_t k = 0;
  for (size_t i = 0; flat[i]; i++)
    if (flat[i] != '\t' && flat[i] != '\n')
      flat[k++] = flat[i];
  flat[k] = '\0';
  assert_false(failed);
  /* (cJSON separates array entries with ", ") */
  assert_string_equal(
      flat, "[{\"file\":\"scenarios/a-rather-long-name.lua\",\"errors\":0,"
            "\"analysed\":false,\"hint\":null,\"baseline\":null,"
            "\"diagnostics\":[{\"code\":\"never-offered\",\"range\":[12.5, "
            "80]}],\"exploration\":{\"states\":7}}, {\"file\":\"scenarios/"
            "a-rather-long-name.lua\",\"errors\":1,\"analysed\":true,"
            "\"hint\":null,\"baseline\":null,\"diagnostics\":[{\"code\":"
            "\"never-offered\",\"range\":[12.5, 80]}],\"exploration\":{"
            "\"states\":7}}]");
  free(flat);
  return true;
}

/* The sandbox on its own: tables, strings, closures, an error caught. */
static bool op_sandbox(bool baseline) {
  (void)baseline;
  static const char src[] =
      "local t = {}\n"
      "for i = 1, 200 do t[i] = { i, tostring(i) .. 'x' } end\n"
      "local ok, e = pcall(error, { 1 })\n"
      "local s = ('ab'):rep(300):gsub('(a)(b)', '%2%1')\n"
      "return function() return #t + #s end\n";
  rp_error err;
  sbx *x = sbx_new(&err);
  if (x == NULL) {
    if (err.code != RP_ENOMEM || !says_oom(err.msg))
      oom_fail("sbx_new failed with %d: %s", err.code, err.msg);
    return false;
  }
  rp_status st = sbx_run_chunk(x, "box.lua", src, strlen(src), &err);
  if (st == RP_OK) {
    st = sbx_call(x, 0, 1, &err);
    if (st == RP_OK) {
      assert_int_equal(lua_tointeger(sbx_state(x), -1), 800);
      lua_pop(sbx_state(x), 1);
    }
  }
  sbx_free(x);
  if (st != RP_OK) {
    if (st != RP_ENOMEM || !says_oom(err.msg))
      oom_fail("the sandbox failed with %d: %s", st, err.msg);
    return false;
  }
  return true;
}

static char history_dir[64];

/* Removes every file saved (a save that failed after publishing leaves
 * one), so that each run starts from an empty history. */
static void clear_history(void) {
  char dir[128];
  snprintf(dir, sizeof dir, "%s/trainees/pat/sessions", history_dir);
  DIR *d = opendir(dir);
  if (d == NULL)
    return;
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    if (e->d_name[0] != '.') {
      char p[512];
      snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
      unlink(p);
    }
  closedir(d);
}

static bool op_history(bool baseline) {
  (void)baseline;
  char *path = NULL;
  rp_error err;
  rp_status st =
      history_save(history_dir, "pat", record_text, "tiny", 7, 0, &path, &err);
  if (st != RP_OK) {
    disarm();
    clear_history();
    if (st != RP_ENOMEM || !says_oom(err.msg))
      oom_fail("history_save failed with %d: %s", st, err.msg);
    return false;
  }
  trainee_history h;
  st = history_load(history_dir, "pat", &h, &err);
  disarm();
  free(path);
  clear_history();
  if (st != RP_OK) {
    if (st != RP_ENOMEM || !says_oom(err.msg))
      oom_fail("history_load failed with %d: %s", st, err.msg);
    return false;
  }
  /* A record that could not be read for want of memory is reported as
   * damaged, never silently dropped. */
  bool whole = h.n == 1 && h.n_damaged == 0;
  assert_int_equal(h.n + h.n_damaged, 1);
  if (h.n_damaged == 1 && !says_oom(h.damaged[0]))
    oom_fail("a saved record reported damaged: %s", h.damaged[0]);
  trainee_history_free(&h);
  return whole;
}

/* The results of a small cohort, as graded (built with the real allocator:
 * only grade_finish, grade_trainees and grade_summarize are under test).
 * amy plays three times, one of them submitted twice (a duplicate), and
 * the assignment allows two (so one is over attempts); ben passes once,
 * pushing at the first node; cat's file was tampered with. */
#define COHORT 6
static const homework_assignment GRADED = {.id = "oom",
                                           .title = "OOM",
                                           .scenario_id = "tiny",
                                           .pass_mark = 70,
                                           .max_attempts = 2};

static char *own(const char *s) { return __real_strdup(s); }

static void cohort(grade_result *v) {
  static const struct {
    const char *trainee;
    int attempt;
    time_t started;
    grade_class cls;
    double grade;
  } rows[COHORT] = {
      {"amy", 1, 100, GRADE_FAILED, 40}, {"amy", 1, 100, GRADE_FAILED, 40},
      {"amy", 2, 200, GRADE_PASSED, 90}, {"amy", 3, 300, GRADE_PASSED, 95},
      {"ben", 1, 100, GRADE_PASSED, 80}, {"cat", 1, 100, GRADE_TAMPERED, 0},
  };
  memset(v, 0, sizeof *v * COHORT);
  for (int i = 0; i < COHORT; i++) {
    grade_result *r = &v[i];
    char file[32];
    snprintf(file, sizeof file, "s%d.json", i);
    r->file = own(file);
    r->trainee = own(rows[i].trainee);
    r->attempt = rows[i].attempt;
    r->started = rows[i].started;
    r->seed = 7;
    r->cls = rows[i].cls;
    r->reason = rows[i].cls == GRADE_PASSED ? NULL : own("as graded");
    if (!grade_class_verified(r->cls))
      continue;
    r->completed = true;
    r->grade = r->overall = rows[i].grade;
    r->ending = own("won");
    r->result = own("won");
    for (int k = 0; k < SCN_SKILL_COUNT; k++)
      r->skills[k] = rows[i].grade;
    r->n_decisions = 2;
    r->decisions = __real_calloc(2, sizeof *r->decisions);
    for (int d = 0; d < 2; d++) {
      grade_decision *g = &r->decisions[d];
      g->node = own(d == 0 ? "hello" : "hub");
      bool push = d == 0 && strcmp(rows[i].trainee, "ben") == 0;
      g->choice = own(push ? "pitch" : "ask");
      g->best = own("ask");
      g->pushing = push ? 2 : 0;
    }
  }
}

/* What grading across submissions decided, as text (compared with the
 * unfailed run's). */
static void describe(rp_buf *b, const grade_result *v, const grade_trainee *t,
                     int nt, const grade_summary *sum) {
  for (int i = 0; i < COHORT; i++)
    rp_buf_printf(b, "%s %s %d (%s)\n", v[i].file, grade_class_name(v[i].cls),
                  v[i].counted, v[i].reason ? v[i].reason : "-");
  for (int i = 0; i < nt; i++)
    rp_buf_printf(b, "%s %d %d %s\n", t[i].name, t[i].submissions, t[i].passed,
                  t[i].feedback);
  rp_buf_printf(b, "%d %d %d %g %g %g %g %g %d", sum->submissions, sum->graded,
                sum->passed, sum->mean, sum->median, sum->min, sum->max,
                sum->rq_mean, sum->n_spots);
  for (int i = 0; i < sum->n_spots; i++)
    rp_buf_printf(b, " %s:%d/%d:%s:%s", sum->spots[i].node,
                  sum->spots[i].pushed, sum->spots[i].reached,
                  sum->spots[i].choice, sum->spots[i].better);
}

static bool op_gradebook(bool baseline) {
  static char *want;
  bool armed = oom.armed;
  disarm();
  grade_result v[COHORT];
  cohort(v);
  oom.armed = armed;
  grade_trainee *t = NULL;
  int nt = 0;
  grade_summary sum;
  bool done = false;
  const char *what = "grade_finish";
  if (grade_finish(&GRADED, v, COHORT, false) == RP_OK) {
    what = "grade_trainees";
    if ((t = grade_trainees(&GRADED, v, COHORT, &nt)) != NULL) {
      what = "grade_summarize";
      done = grade_summarize(v, COHORT, t, nt, &sum) == RP_OK;
    }
  }
  disarm();
  if (done) {
    rp_buf b = RP_BUF_INIT;
    describe(&b, v, t, nt, &sum);
    assert_false(rp_buf_failed(&b));
    if (baseline) {
      free(want);
      want = __real_strdup(rp_buf_str(&b));
      /* the cohort is what the comment above says */
      assert_non_null(strstr(want, "s1.json duplicate 0"));
      assert_non_null(strstr(want, "s3.json over-attempts 0"));
      assert_non_null(strstr(want, "s2.json passed 1"));
      assert_non_null(strstr(want, " hello:1/2:pitch:ask"));
    } else if (strcmp(rp_buf_str(&b), want) != 0) {
      oom_fail("completed with another answer:\n%s\nwanted:\n%s",
               rp_buf_str(&b), want);
    }
    rp_buf_free(&b);
  } else if (!oom.failed) {
    oom_fail("%s failed although no allocation failed", what);
  }
  grade_trainees_free(t, nt);
  for (int i = 0; i < COHORT; i++)
    grade_result_free(&v[i]);
  return done;
}

/* ---- tests --------------------------------------------------------------- */

static void
loading_a_scenario_should_survive_every_failed_allocation(void **state) {
  (void)state;
  sweep("scn_load", op_load);
}

static void
playing_and_recording_should_survive_every_failed_allocation(void **state) {
  (void)state;
  sweep("play + undo + score + rec_format", op_play);
}

static void
parsing_a_record_should_survive_every_failed_allocation(void **state) {
  (void)state;
  sweep("rec_parse", op_parse);
}

static void
replaying_a_record_should_survive_every_failed_allocation(void **state) {
  (void)state;
  sweep("rec_replay", op_replay);
}

static void checking_should_survive_every_failed_allocation(void **state) {
  (void)state;
  checked = tiny; /* functions: states explored one at a time */
  sweep("check_run (functions)", op_check);
  sweep("check_random_play", op_random);
  /* Plain data: explored in batches. */
  rp_error err;
  checked = unit_load(
      "return scenario {\n"
      "  id = 'p', title = 'T', module = 'm', difficulty = 'beginner',\n"
      "  version = '1', brief = 'b', shuffle = true,\n"
      "  prospect = { name = 'N', role = 'R', company = 'C' },\n"
      "  state = { trust = { start = 0, min = 0, max = 3 } },\n"
      "  start = 'a',\n"
      "  nodes = {\n"
      "    a = { say = 'hi', choices = {\n"
      "      { id = 'up', text = 'u', state = { trust = 1 }, next = 'a',\n"
      "        skills = { listening = 1 }, coach = 'c' },\n"
      "      { id = 'on', text = 'o', next = 'b', requires = { trust = 2 },\n"
      "        skills = { empathy = 1 }, coach = 'c' },\n"
      "      { id = 'no', text = 'n', next = 'e2', skills = { pushing = 1 },\n"
      "        coach = 'c' } } },\n"
      "    b = { say = 'ok', choices = {\n"
      "      { id = 'go', text = 'g', next = 'e1', skills = { problem_solving "
      "= 2 }, coach = 'c' } } },\n"
      "  },\n"
      "  endings = { e1 = { say = 'y', outcome = { result = 'won' } },\n"
      "              e2 = { say = 'n', outcome = { result = 'lost' } } },\n"
      "}\n",
      &err);
  if (checked == NULL)
    fail_msg("%s", err.msg);
  sweep("check_run (plain data)", op_check);
  scn_free(checked);
}

static void the_debrief_should_survive_every_failed_allocation(void **state) {
  (void)state;
  sweep("debrief_render", op_debrief);
}

static void
scenario_tests_should_survive_every_failed_allocation(void **state) {
  (void)state;
  sweep("scenario_test_compile + scenario_test_run", op_tests);
}

static void
the_curriculum_should_survive_every_failed_allocation(void **state) {
  (void)state;
  FILE *f = fopen("scenarios/curriculum.json", "rb");
  assert_non_null(f);
  curriculum_src = __real_malloc(1 << 16);
  curriculum_len = fread(curriculum_src, 1, 1 << 16, f);
  fclose(f);
  assert_true(curriculum_len > 0 && curriculum_len < 1 << 16);
  sweep("curriculum_parse", op_curriculum);
  free(curriculum_src);
}

static void a_json_report_should_be_whole_or_refused(void **state) {
  (void)state;
  sweep("rp_json_build", op_json_build);
}

static void the_sandbox_should_survive_every_failed_allocation(void **state) {
  (void)state;
  sweep("sbx_new + sbx_run_chunk + sbx_call", op_sandbox);
}

static void the_history_should_survive_every_failed_allocation(void **state) {
  (void)state;
  /* tmpfs when there is one: every save is fsynced, twice. */
  const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  snprintf(history_dir, sizeof history_dir, "%s/rapport-oom-%ld", base,
           (long)getpid());
  sweep("history_save + history_load", op_history);
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf %s", history_dir);
  assert_int_equal(system(cmd), 0);
}

static void the_gradebook_should_survive_every_failed_allocation(void **state) {
  (void)state;
  sweep("grade_finish + grade_trainees + grade_summarize", op_gradebook);
}

static int make_record(void **state) {
  if (setup(state) != 0)
    return -1;
  rp_error err;
  sess_session *s = sess_new(tiny, 7, &err);
  sess_choose_id(s, "ask", 1.0, &err);
  sess_choose_id(s, "cost", 1.0, &err);
  score_report rep;
  score_session(s, &rep);
  record_text = rec_format(s, &rep, &META);
  sess_free(s);
  return record_text != NULL ? 0 : -1;
}

static int free_record(void **state) {
  free(record_text);
  return teardown(state);
}

int main(void) {
  unit_filters_from_env();
  cJSON_Hooks hooks = {cjson_malloc, free};
  cJSON_InitHooks(&hooks);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(
          loading_a_scenario_should_survive_every_failed_allocation),
      cmocka_unit_test(
          playing_and_recording_should_survive_every_failed_allocation),
      cmocka_unit_test(parsing_a_record_should_survive_every_failed_allocation),
      cmocka_unit_test(
          replaying_a_record_should_survive_every_failed_allocation),
      cmocka_unit_test(checking_should_survive_every_failed_allocation),
      cmocka_unit_test(the_debrief_should_survive_every_failed_allocation),
      cmocka_unit_test(scenario_tests_should_survive_every_failed_allocation),
      cmocka_unit_test(the_curriculum_should_survive_every_failed_allocation),
      cmocka_unit_test(a_json_report_should_be_whole_or_refused),
      cmocka_unit_test(the_sandbox_should_survive_every_failed_allocation),
      cmocka_unit_test(the_history_should_survive_every_failed_allocation),
      cmocka_unit_test(the_gradebook_should_survive_every_failed_allocation),
  };
  return cmocka_run_group_tests(tests, make_record, free_record);
}
