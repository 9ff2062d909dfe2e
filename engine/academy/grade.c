/*
 * grade.c -- replay-verified grading of homework submissions (grade.h).
 */
#include "academy/grade.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "academy/trainee.h"
#include "core/rec.h"
#include "core/score.h"
#include "core/sess.h"
#include "util/rp_buf.h"
#include "util/rp_sha256.h"
#include "util/rp_time.h"
#include "util/term.h"

static const char *const class_names[GRADE_CLASS_COUNT] = {
    "passed",    "failed",   "late",          "over-attempts",    "over-time",
    "duplicate", "tampered", "wrong-version", "wrong-assignment", "malformed"};

const char *grade_class_name(grade_class c) {
  return c >= 0 && c < GRADE_CLASS_COUNT ? class_names[c] : "?";
}

bool grade_class_verified(grade_class c) {
  return c == GRADE_PASSED || c == GRADE_FAILED || c == GRADE_LATE ||
         c == GRADE_OVER_ATTEMPTS || c == GRADE_OVER_TIME ||
         c == GRADE_DUPLICATE;
}

static char *dup(const char *s) { return s != NULL ? strdup(s) : NULL; }

/* Sets the class and a printf-formatted reason (kept short: one line).
 * False when the reason could not be copied (out of memory): every class
 * but a plain pass has one, so a reason-less result is not an answer. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static bool
classify(grade_result *r, grade_class c, const char *fmt, ...) {
  r->cls = c;
  free(r->reason);
  r->reason = NULL;
  if (fmt == NULL)
    return true;
  char buf[RP_ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  /* Reasons quote the submission (ids, versions) and go to gradebooks as
   * well as terminals: one line, with no escapes (the one sanitiser). */
  term_clean_str(buf, TERM_CLEAN_LINE);
  r->reason = strdup(buf);
  return r->reason != NULL;
}

/* A classified result whose reason was lost to memory (see classify). */
static bool reason_lost(const grade_result *r) {
  return r->cls != GRADE_PASSED && r->reason == NULL;
}

/* "3 h 20 min", "12 min", "40 s" */
static void span(double s, char out[48]) {
  long long v = (long long)(s < 0 ? -s : s);
  if (v >= 86400)
    snprintf(out, 48, "%lld d %lld h", v / 86400, v / 3600 % 24);
  else if (v >= 3600)
    snprintf(out, 48, "%lld h %lld min", v / 3600, v / 60 % 60);
  else if (v >= 60)
    snprintf(out, 48, "%lld min", v / 60);
  else
    snprintf(out, 48, "%lld s", v);
}

/* Copies what grading and the cohort view need out of the replayed session
 * (the session and its scenario are freed before the results are used). */
static rp_status keep_replay(grade_result *r, const sess_session *s,
                             const score_report *rep) {
  const scn_scenario *scn = sess_scenario(s);
  r->overall = rep->overall;
  r->relationship_quality = rep->relationship_quality;
  r->transactional_pushing = rep->transactional_pushing;
  for (int k = 0; k < SCN_SKILL_COUNT; k++)
    r->skills[k] = rep->skills[k].measured ? rep->skills[k].score : -1;
  r->completed = sess_state(s) == SESS_ENDED;
  r->grade = r->completed ? r->overall : 0;
  if (r->completed) {
    const scn_node *e = &scn->nodes[sess_node(s)];
    r->ending = dup(e->id);
    r->result = dup(scn_result_name(e->outcome.result));
    if (r->ending == NULL || r->result == NULL)
      return RP_ENOMEM;
  }
  /* The decisions and their ids in one block (r->packed): a cohort's
   * results are hundreds of thousands of short strings, each a malloc
   * and a free. */
  const sess_decision *d;
  int n = sess_decisions(s, &d);
  size_t size = sizeof *r->decisions * (size_t)(n > 0 ? n : 1);
  for (int i = 0; i < n; i++) {
    const scn_node *node = &scn->nodes[d[i].node];
    size += strlen(node->id) + strlen(node->choices[d[i].choice].id) +
            strlen(node->choices[d[i].best].id) + 3;
  }
  r->decisions = calloc(1, size);
  if (r->decisions == NULL)
    return RP_ENOMEM;
  r->packed = true;
  char *at = (char *)(r->decisions + (n > 0 ? n : 1));
  for (int i = 0; i < n; i++) {
    const scn_node *node = &scn->nodes[d[i].node];
    grade_decision *g = &r->decisions[i];
    const char *ids[3] = {node->id, node->choices[d[i].choice].id,
                          node->choices[d[i].best].id};
    char **to[3] = {&g->node, &g->choice, &g->best};
    for (int k = 0; k < 3; k++) {
      size_t len = strlen(ids[k]) + 1;
      *to[k] = memcpy(at, ids[k], len);
      at += len;
    }
    g->seconds = d[i].seconds;
    g->pushing = d[i].skill[SCN_PUSHING];
    g->pushing_min = d[i].skill_min[SCN_PUSHING];
  }
  r->n_decisions = n;
  return RP_OK;
}

rp_status grade_one(const homework_assignment *a, const scn_scenario *scn,
                    const char *file, const char *text, size_t len,
                    grade_result *r) {
  memset(r, 0, sizeof *r);
  for (int k = 0; k < SCN_SKILL_COUNT; k++)
    r->skills[k] = -1;
  r->file = dup(file);
  if (r->file == NULL) {
    r->cls = GRADE_MALFORMED;
    return RP_ENOMEM;
  }
  rp_sha256_hex(text, len, r->sha256);
  if (len > GRADE_MAX_BYTES) {
    return classify(r, GRADE_MALFORMED,
                    "larger than %zu MiB: not a submission rapport wrote",
                    GRADE_MAX_BYTES >> 20)
               ? RP_OK
               : RP_ENOMEM;
  }
  rec_record rec;
  rp_error err;
  rp_status st = rec_parse(file, text, len, &rec, &err);
  if (st != RP_OK) {
    bool kept = classify(r, GRADE_MALFORMED, "%s", err.msg);
    return st == RP_ENOMEM || !kept ? RP_ENOMEM : RP_OK;
  }
  homework_attempt h = {0};
  sess_session *s = NULL;
  rp_status ret = RP_OK;
  r->seed = rec.seed;
  if (!trainee_valid_name(rec.trainee)) {
    classify(r, GRADE_MALFORMED,
             "%s: field 'trainee' is not a valid trainee name (1 to %d "
             "letters, digits, '.', '_' or '-')",
             file, TRAINEE_NAME_MAX);
    goto done;
  }
  r->trainee = dup(rec.trainee);
  r->started_at = dup(rec.started_at);
  r->ended_at = dup(rec.ended_at);
  if (r->trainee == NULL || r->started_at == NULL || r->ended_at == NULL)
    goto nomem;
  if (strcmp(rec.mode, "graded") != 0) {
    classify(r, GRADE_MALFORMED,
             "%s: a %s session, not a graded attempt (only `rapport "
             "homework` writes submissions)",
             file,
             strcmp(rec.mode, "practice") == 0     ? "practice"
             : strcmp(rec.mode, "assessment") == 0 ? "baseline"
             : strcmp(rec.mode, "author") == 0     ? "author-mode"
                                                   : "non-graded");
    goto done;
  }
  if ((st = homework_attempt_parse(file, rec.json, &h, &err)) != RP_OK) {
    if (st == RP_ENOMEM)
      goto nomem;
    classify(r, GRADE_MALFORMED, "%s", err.msg);
    goto done;
  }
  r->attempt = h.attempt;
  r->submitted_at = dup(h.submitted_at);
  if (r->submitted_at == NULL)
    goto nomem;
  time_t ended;
  if (!rp_time_parse(rec.started_at, &r->started, NULL) ||
      !rp_time_parse(rec.ended_at, &ended, NULL)) {
    classify(r, GRADE_MALFORMED,
             "%s: fields 'started_at' and 'ended_at' must be date-times with "
             "a time zone",
             file);
    goto done;
  }
  if (ended < r->started) {
    classify(r, GRADE_MALFORMED, "%s: it ended (%s) before it started (%s)",
             file, rec.ended_at, rec.started_at);
    goto done;
  }
  r->duration = difftime(ended, r->started);
  /* Submitted is when the attempt ended, whatever the file says later. */
  r->submitted = h.submitted > ended ? h.submitted : ended;
  if (strcmp(h.assignment, a->id) != 0) {
    classify(r, GRADE_WRONG_ASSIGNMENT, "answers assignment '%s', not '%s'",
             h.assignment, a->id);
    goto done;
  }
  if (strcmp(rec.scenario_id, a->scenario_id) != 0) {
    classify(r, GRADE_WRONG_VERSION,
             "played scenario '%.64s'; the assignment is scenario '%s'",
             rec.scenario_id, a->scenario_id);
    goto done;
  }
  if (strcmp(rec.scenario_sha256, a->scenario_sha256) != 0) {
    classify(
        r, GRADE_WRONG_VERSION,
        "played version %.32s of '%.64s' (sha256 %.12s...); the assignment "
        "pins version %s (sha256 %.12s...)",
        rec.scenario_version, rec.scenario_id, rec.scenario_sha256,
        a->scenario_version, a->scenario_sha256);
    goto done;
  }
  score_report rep;
  st = rec_replay(scn, &rec, &s, &rep, &err);
  if (st == RP_ENOMEM)
    goto nomem;
  if (st != RP_OK) {
    classify(r, GRADE_TAMPERED, "does not match its replay: %s", err.msg);
    goto done;
  }
  if (keep_replay(r, s, &rep) != RP_OK)
    goto nomem;
  char when[32], how[48];
  if (a->time_limit_minutes > 0 &&
      r->duration > a->time_limit_minutes * 60.0 + GRADE_TIME_GRACE) {
    span(r->duration, how);
    classify(r, GRADE_OVER_TIME, "took %s; the time limit is %d min", how,
             a->time_limit_minutes);
  } else if (r->submitted > a->due_at) {
    span(difftime(r->submitted, a->due_at), how);
    rp_time_format(r->submitted, 0, when);
    classify(r, GRADE_LATE, "submitted %s, %s after the due time", when, how);
  } else if (!r->completed) {
    classify(r, GRADE_FAILED,
             sess_state(s) == SESS_ABORTED
                 ? "the scenario stopped with an error after %d decision%s "
                   "(tell the instructor)"
             : h.timed_out ? "the time limit ended the call after %d decision%s"
                           : "did not finish the call (quit after %d "
                             "decision%s)",
             r->n_decisions, r->n_decisions == 1 ? "" : "s");
  } else if (r->grade + 1e-9 < a->pass_mark) {
    classify(r, GRADE_FAILED, "scored %.1f, below the pass mark of %g",
             r->overall, a->pass_mark);
  } else {
    classify(r, GRADE_PASSED, NULL);
  }
  goto done;
nomem:
  classify(r, GRADE_MALFORMED, "out of memory while grading");
  ret = RP_ENOMEM;
done:
  if (reason_lost(r))
    ret = RP_ENOMEM;
  sess_free(s);
  homework_attempt_free(&h);
  rec_free(&rec);
  return ret;
}

void grade_result_free(grade_result *r) {
  for (int i = 0; !r->packed && i < r->n_decisions; i++) {
    free(r->decisions[i].node);
    free(r->decisions[i].choice);
    free(r->decisions[i].best);
  }
  free(r->decisions);
  free(r->file);
  free(r->reason);
  free(r->trainee);
  free(r->started_at);
  free(r->ended_at);
  free(r->submitted_at);
  free(r->ending);
  free(r->result);
  memset(r, 0, sizeof *r);
}

/* ---- across submissions -------------------------------------------------- */

static const grade_result *sort_base; /* qsort has no context argument */

/* Verified results of one trainee together, in the order they were played
 * (then attempt number, then given order). */
static int by_trainee_time(const void *pa, const void *pb) {
  int a = *(const int *)pa, b = *(const int *)pb;
  const grade_result *x = &sort_base[a], *y = &sort_base[b];
  int c = strcmp(x->trainee, y->trainee);
  if (c != 0)
    return c;
  if (x->started != y->started)
    return x->started < y->started ? -1 : 1;
  if (x->seed != y->seed)
    return x->seed < y->seed ? -1 : 1;
  if (x->attempt != y->attempt)
    return x->attempt < y->attempt ? -1 : 1;
  return a < b ? -1 : a > b;
}

static bool same_attempt(const grade_result *x, const grade_result *y) {
  /* By instant, not text: the same start written in another zone is the
   * same attempt. */
  return strcmp(x->trainee, y->trainee) == 0 && x->started == y->started &&
         x->seed == y->seed;
}

static bool counts(const grade_result *r, bool accept_late) {
  return r->cls == GRADE_PASSED || r->cls == GRADE_FAILED ||
         (accept_late && r->cls == GRADE_LATE);
}

rp_status grade_finish(const homework_assignment *a, grade_result *v, int n,
                       bool accept_late) {
  int *idx = malloc(sizeof *idx * (size_t)(n > 0 ? n : 1));
  if (idx == NULL)
    return RP_ENOMEM;
  rp_status st = RP_OK;
  int m = 0;
  for (int i = 0; i < n; i++) {
    v[i].counted = false;
    if (grade_class_verified(v[i].cls) && v[i].trainee != NULL)
      idx[m++] = i;
  }
  /* Not thread-safe: grade_finish runs once, after the workers. */
  sort_base = v;
  qsort(idx, (size_t)m, sizeof *idx, by_trainee_time);
  for (int lo = 0; lo < m;) {
    int hi = lo;
    while (hi < m && strcmp(v[idx[hi]].trainee, v[idx[lo]].trainee) == 0)
      hi++;
    /* One trainee's verified submissions, lo..hi-1, in playing order. */
    int played = 0, best = -1;
    for (int k = lo; k < hi; k++) {
      grade_result *r = &v[idx[k]];
      if (k > lo && same_attempt(r, &v[idx[k - 1]])) {
        if (!classify(r, GRADE_DUPLICATE, "the same attempt as %s",
                      v[idx[k - 1]].file))
          st = RP_ENOMEM;
        continue;
      }
      played++;
      if ((played > a->max_attempts || r->attempt > a->max_attempts) &&
          !classify(r, GRADE_OVER_ATTEMPTS,
                    "attempt %d by the time it was played; the assignment "
                    "allows %d",
                    played > r->attempt ? played : r->attempt, a->max_attempts))
        st = RP_ENOMEM;
      if (counts(r, accept_late) && (best < 0 || r->grade > v[best].grade))
        best = idx[k];
    }
    if (best >= 0)
      v[best].counted = true;
    lo = hi;
  }
  free(idx);
  return st;
}

/* ---- the gradebook ------------------------------------------------------- */

static void skills_line(rp_buf *b, const grade_result *r) {
  static const char *const label[SCN_SKILL_COUNT] = {
      "empathy", "listening", "problem-solving", "pushing"};
  rp_buf_printf(b, "relationship quality %.0f, pushing %.0f (",
                r->relationship_quality, r->transactional_pushing);
  bool first = true;
  for (int k = 0; k < SCN_SKILL_COUNT; k++) {
    if (k == SCN_PUSHING || r->skills[k] < 0)
      continue;
    rp_buf_printf(b, "%s%s %.0f", first ? "" : ", ", label[k], r->skills[k]);
    first = false;
  }
  rp_buf_puts(b, ")");
  /* What to work on: the weakest relationship skill, or pushing when it is
   * the bigger gap (as the baseline's advice does). */
  int worst = -1;
  double gap = 0;
  for (int k = 0; k < SCN_SKILL_COUNT; k++) {
    if (r->skills[k] < 0)
      continue;
    double g = k == SCN_PUSHING ? r->skills[k] : 100 - r->skills[k];
    if (g > gap + 1e-9 || (g >= gap && k == SCN_PUSHING && g > 0)) {
      gap = g;
      worst = k;
    }
  }
  if (worst >= 0 && gap >= 20 && r->grade < 90) /* 90+: no weak spot */
    rp_buf_printf(b, "; work on %s",
                  worst == SCN_PUSHING ? "pushing less" : label[worst]);
}

/* The feedback of one trainee whose results are v[idx[0..n-1]], in the
 * order given. */
static char *feedback(const homework_assignment *a, const grade_result *v,
                      const int *idx, int n, const grade_result *best) {
  rp_buf b = RP_BUF_INIT;
  if (best != NULL) {
    rp_buf_printf(&b, "%s: %.1f (pass mark %g), attempt %d of %d; ",
                  best->cls == GRADE_PASSED ? "Passed"
                  : best->cls == GRADE_LATE ? "Late"
                                            : "Not passed",
                  best->grade, a->pass_mark, best->attempt, a->max_attempts);
    if (!best->completed)
      rp_buf_printf(&b, "unfinished (%.1f over the decisions made); ",
                    best->overall);
    skills_line(&b, best);
    if (best->completed)
      rp_buf_printf(&b, "; ending %s (%s)", best->ending, best->result);
    else if (best->reason != NULL)
      rp_buf_printf(&b, "; %s", best->reason);
    rp_buf_puts(&b, ".");
  } else {
    rp_buf_puts(&b, "No grade:");
  }
  /* Then every submission that did not count and why, briefly. */
  int listed = 0;
  for (int i = 0; i < n; i++) {
    const grade_result *r = &v[idx[i]];
    if (r == best || r->cls == GRADE_PASSED || r->cls == GRADE_FAILED)
      continue;
    if (listed++ == 4) {
      rp_buf_puts(&b, " ...");
      break;
    }
    if (r->attempt > 0)
      rp_buf_printf(&b, " Attempt %d %s", r->attempt, grade_class_name(r->cls));
    else
      rp_buf_printf(&b, " A submission %s", grade_class_name(r->cls));
    if (r->cls == GRADE_LATE || r->cls == GRADE_OVER_ATTEMPTS ||
        r->cls == GRADE_OVER_TIME)
      rp_buf_printf(&b, " (%.1f, not counted)", r->grade);
    rp_buf_puts(&b, ".");
  }
  if (best == NULL && listed == 0)
    rp_buf_puts(&b, " no valid attempt.");
  if (rp_buf_failed(&b)) { /* a cut feedback line is not one */
    rp_buf_free(&b);
    return NULL;
  }
  return rp_buf_take(&b);
}

/* Results with a trainee, by trainee then given order (stable). */
static int by_trainee_index(const void *pa, const void *pb) {
  int a = *(const int *)pa, b = *(const int *)pb;
  int c = strcmp(sort_base[a].trainee, sort_base[b].trainee);
  return c != 0 ? c : (a > b) - (a < b);
}

grade_trainee *grade_trainees_grouped(const homework_assignment *a,
                                      const grade_result *v, int n,
                                      int *n_out) {
  *n_out = 0;
  size_t cap = (size_t)(n > 0 ? n : 1);
  /* One block: the trainees, then the indices their `results` point at. */
  grade_trainee *t = calloc(1, (sizeof *t + sizeof(int)) * cap);
  if (t == NULL)
    return NULL;
  int *idx = (int *)(t + cap);
  int k = 0;
  for (int i = 0; i < n; i++)
    if (v[i].trainee != NULL)
      idx[k++] = i;
  sort_base = v; /* not thread-safe: runs once, after the workers */
  qsort(idx, (size_t)k, sizeof *idx, by_trainee_index);
  int m = 0;
  for (int lo = 0; lo < k;) {
    int hi = lo;
    while (hi < k && strcmp(v[idx[hi]].trainee, v[idx[lo]].trainee) == 0)
      hi++;
    grade_trainee *g = &t[m++];
    g->name = v[idx[lo]].trainee;
    g->submissions = hi - lo;
    g->results = idx + lo;
    for (int i = lo; i < hi; i++)
      if (v[idx[i]].counted)
        g->best = &v[idx[i]];
    /* A late attempt counts only with accept_late; then it passes on its
     * grade like any other. */
    g->passed =
        g->best != NULL && (g->best->cls == GRADE_PASSED ||
                            (g->best->cls == GRADE_LATE && g->best->completed &&
                             g->best->grade + 1e-9 >= a->pass_mark));
    lo = hi;
  }
  *n_out = m;
  return t;
}

rp_status grade_trainee_feedback(const homework_assignment *a,
                                 const grade_result *v, grade_trainee *t) {
  free(t->feedback);
  t->feedback = feedback(a, v, t->results, t->submissions, t->best);
  return t->feedback != NULL ? RP_OK : RP_ENOMEM;
}

grade_trainee *grade_trainees(const homework_assignment *a,
                              const grade_result *v, int n, int *n_out) {
  int m;
  grade_trainee *t = grade_trainees_grouped(a, v, n, &m);
  for (int i = 0; t != NULL && i < m; i++)
    if (grade_trainee_feedback(a, v, &t[i]) != RP_OK) {
      grade_trainees_free(t, m);
      t = NULL;
    }
  *n_out = t != NULL ? m : 0;
  return t;
}

void grade_trainees_free(grade_trainee *t, int n) {
  for (int i = 0; t != NULL && i < n; i++)
    free(t[i].feedback);
  free(t);
}
