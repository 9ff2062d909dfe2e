/*
 * fuzz_homework.c -- assignment files and homework submissions from any
 * bytes: homework_parse, and the whole grading path (grade_one, then
 * grade_finish, grade_trainees, grade_summarize, the gradebooks and xAPI).
 *
 * The first byte picks the reader: even, an assignment; odd, a submission
 * graded against a fixed assignment on the default scenario.  The fuzzer
 * cannot forge a SHA-256, so the harness writes the scenario's real digest
 * wherever the input says "@SHA@" (the seed corpus does), letting mutated
 * submissions reach the replay.
 *
 * Properties: nothing crashes; an assignment that parses rebuilds and parses
 * to the same fields; a graded submission always gets a class, a reason
 * unless it passed, scores within 0-100 when verified, a grade of 0 when
 * unfinished; the outputs build.
 */
#include "fuzz.h"

#include <string.h>

#include "academy/grade.h"
#include "academy/gradebook.h"
#include "academy/homework.h"
#include "academy/xapi.h"
#include "io/scn_file.h"

static scn_scenario *scn;
static homework_assignment assignment;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  scn = fuzz_default_scenario("fuzz_homework");
  /* Due in 2030, two attempts, a 30-minute limit: every class reachable. */
  static char id[] = "fuzz-hw", title[] = "Fuzz", due[] = "2030-01-01T00:00Z";
  assignment = (homework_assignment){.id = id,
                                     .title = title,
                                     .scenario_id = (char *)scn->id,
                                     .scenario_version = (char *)scn->version,
                                     .scenario_sha256 = scn->sha256,
                                     .pass_mark = 70,
                                     .due = due,
                                     .due_at = 1893456000,
                                     .max_attempts = 2,
                                     .time_limit_minutes = 30};
  return 0;
}

static void fuzz_assignment(const char *text, size_t len) {
  homework_assignment a;
  rp_error err;
  rp_status st = homework_parse("fuzz.json", text, len, &a, &err);
  if (st != RP_OK) {
    FUZZ_ASSERT(st == RP_EINPUT || st == RP_ENOMEM, "status %d", st);
    FUZZ_ASSERT(strncmp(err.msg, "fuzz.json", 9) == 0,
                "the message does not name the file: %s", err.msg);
    return;
  }
  cJSON *o = homework_build(&a);
  FUZZ_ASSERT(o != NULL, "homework_build failed");
  char *again = cJSON_PrintUnformatted(o);
  cJSON_Delete(o);
  FUZZ_ASSERT(again != NULL, "print failed");
  homework_assignment b;
  st = homework_parse("again.json", again, strlen(again), &b, &err);
  FUZZ_ASSERT(st == RP_OK, "a built assignment does not parse: %s\n%s", err.msg,
              again);
  FUZZ_ASSERT(strcmp(a.id, b.id) == 0 && a.due_at == b.due_at &&
                  a.pass_mark == b.pass_mark &&
                  a.max_attempts == b.max_attempts &&
                  a.time_limit_minutes == b.time_limit_minutes &&
                  strcmp(a.scenario_sha256, b.scenario_sha256) == 0,
              "round trip changed the assignment:\n%s", again);
  homework_free(&b);
  cJSON_free(again);
  homework_free(&a);
}

/* Replaces every "@SHA@" with the scenario's digest. */
static char *with_digest(const char *text, size_t len, size_t *out_len) {
  size_t n = 0;
  for (size_t i = 0; i + 5 <= len; i++)
    n += memcmp(text + i, "@SHA@", 5) == 0;
  char *out = malloc(len + n * 64 + 1);
  if (out == NULL)
    return NULL;
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    if (i + 5 <= len && memcmp(text + i, "@SHA@", 5) == 0) {
      memcpy(out + o, scn->sha256, 64);
      o += 64;
      i += 5;
    } else {
      out[o++] = text[i++];
    }
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

static void fuzz_submission(const char *raw, size_t raw_len) {
  size_t len;
  char *text = with_digest(raw, raw_len, &len);
  if (text == NULL)
    return;
  grade_result v[2];
  for (int i = 0; i < 2; i++) {
    rp_status st =
        grade_one(&assignment, scn, i ? "b.json" : "a.json", text, len, &v[i]);
    FUZZ_ASSERT(st == RP_OK || st == RP_ENOMEM, "status %d", st);
    grade_result *r = &v[i];
    FUZZ_ASSERT(r->cls >= 0 && r->cls < GRADE_CLASS_COUNT, "class %d", r->cls);
    FUZZ_ASSERT(r->cls == GRADE_PASSED || r->reason != NULL,
                "class %s has no reason", grade_class_name(r->cls));
    if (grade_class_verified(r->cls)) {
      FUZZ_ASSERT(r->overall >= 0 && r->overall <= 100 && r->grade >= 0 &&
                      r->grade <= r->overall,
                  "overall %g grade %g", r->overall, r->grade);
      FUZZ_ASSERT(r->completed || r->grade == 0, "unfinished with grade %g",
                  r->grade);
      FUZZ_ASSERT(r->trainee != NULL, "verified without a trainee");
    }
  }
  /* The same bytes twice: the second is a duplicate when the first is
   * verified; then every output is built. */
  grade_finish(&assignment, v, 2, false);
  if (grade_class_verified(v[0].cls))
    FUZZ_ASSERT(v[1].cls == GRADE_DUPLICATE, "the copy is %s",
                grade_class_name(v[1].cls));
  int nt = 0;
  grade_trainee *t = grade_trainees(&assignment, v, 2, &nt);
  FUZZ_ASSERT(t != NULL, "grade_trainees failed");
  grade_summary sum;
  grade_summarize(v, 2, t, nt, &sum);
  rp_buf b = RP_BUF_INIT;
  gradebook_csv_moodle(&b, &assignment, t, nt);
  gradebook_csv_canvas(&b, &assignment, t, nt);
  rp_buf_free(&b);
  cJSON *j = gradebook_json(&assignment, v, 2, t, nt, &sum);
  FUZZ_ASSERT(j != NULL, "gradebook_json failed");
  cJSON_Delete(j);
  cJSON *x = xapi_statements(&assignment, scn, v, 2, XAPI_DEFAULT_BASE,
                             "rapport fuzz");
  FUZZ_ASSERT(x != NULL, "xapi_statements failed");
  cJSON_Delete(x);
  grade_trainees_free(t, nt);
  for (int i = 0; i < 2; i++)
    grade_result_free(&v[i]);
  free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  if (data[0] % 2 == 0)
    fuzz_assignment((const char *)data + 1, size - 1);
  else
    fuzz_submission((const char *)data + 1, size - 1);
  return 0;
}
