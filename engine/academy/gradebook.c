/*
 * gradebook.c -- Moodle and Canvas CSV, and the JSON summary (gradebook.h).
 */
#include "academy/gradebook.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "util/rp_time.h"

void gradebook_grade_text(double overall, char out[16]) {
  double r = round(overall * 10) / 10;
  if (r == floor(r))
    snprintf(out, 16, "%.0f", r);
  else
    snprintf(out, 16, "%.1f", r);
}

/* quote: always quote; formula: defuse a leading =, +, -, @ or tab. */
static void field(rp_buf *b, const char *s, bool formula) {
  bool danger = formula && (s[0] == '=' || s[0] == '+' || s[0] == '-' ||
                            s[0] == '@' || s[0] == '\t' || s[0] == '\r');
  bool quote = danger || strpbrk(s, ",\"\r\n") != NULL;
  if (!quote) {
    rp_buf_puts(b, s);
    return;
  }
  rp_buf_puts(b, danger ? "\"'" : "\"");
  for (const char *p = s; *p != '\0'; p++) {
    if (*p == '"')
      rp_buf_puts(b, "\"\"");
    else
      rp_buf_add(b, p, 1);
  }
  rp_buf_puts(b, "\"");
}

void gradebook_csv_field(rp_buf *b, const char *s) { field(b, s, true); }

void gradebook_csv_moodle(rp_buf *b, const homework_assignment *a,
                          const grade_trainee *t, int n) {
  char head[HOMEWORK_TEXT_MAX + 32];
  rp_buf_puts(b, "username,");
  gradebook_csv_field(b, a->title);
  rp_buf_puts(b, ",");
  snprintf(head, sizeof head, "%s feedback", a->title);
  gradebook_csv_field(b, head);
  rp_buf_puts(b, "\r\n");
  for (int i = 0; i < n; i++) {
    char g[16] = "-";
    if (t[i].best != NULL)
      gradebook_grade_text(t[i].best->grade, g);
    /* Names are restricted to [A-Za-z0-9._-]: written as they are, so they
     * match the platform's usernames. */
    field(b, t[i].name, false);
    rp_buf_printf(b, ",%s,", g);
    gradebook_csv_field(b, t[i].feedback);
    rp_buf_puts(b, "\r\n");
  }
}

void gradebook_csv_canvas(rp_buf *b, const homework_assignment *a,
                          const grade_trainee *t, int n) {
  char head[HOMEWORK_TEXT_MAX + HOMEWORK_ID_MAX + 8];
  rp_buf_puts(b, "Student,ID,SIS User ID,SIS Login ID,Section,");
  snprintf(head, sizeof head, "%s (%s)", a->title, a->id);
  gradebook_csv_field(b, head);
  rp_buf_puts(b, "\r\n    Points Possible,,,,,100\r\n");
  for (int i = 0; i < n; i++) {
    char g[16] = "";
    if (t[i].best != NULL)
      gradebook_grade_text(t[i].best->grade, g);
    field(b, t[i].name, false);
    rp_buf_puts(b, ",,,");
    field(b, t[i].name, false);
    rp_buf_printf(b, ",,%s\r\n", g);
  }
}

/* ---- JSON ---------------------------------------------------------------- */

/* Every add is checked: a summary with a silently missing field would be
 * read as data.  CHECK records a failure in the function's `ok`. */
#define CHECK(call) ok = ((call) != NULL) && ok

static cJSON *scores_json(const grade_result *r) {
  bool ok = true;
  cJSON *o = cJSON_CreateObject();
  if (o == NULL)
    return NULL;
  CHECK(cJSON_AddNumberToObject(o, "grade", r->grade));
  CHECK(cJSON_AddNumberToObject(o, "overall", r->overall));
  CHECK(cJSON_AddNumberToObject(o, "relationship_quality",
                                r->relationship_quality));
  CHECK(cJSON_AddNumberToObject(o, "transactional_pushing",
                                r->transactional_pushing));
  cJSON *sk = cJSON_AddObjectToObject(o, "skills");
  ok = ok && sk != NULL;
  for (int k = 0; sk != NULL && k < SCN_SKILL_COUNT; k++) {
    if (r->skills[k] < 0)
      CHECK(cJSON_AddNullToObject(sk, scn_skill_name(k)));
    else
      CHECK(cJSON_AddNumberToObject(sk, scn_skill_name(k), r->skills[k]));
  }
  if (!ok) {
    cJSON_Delete(o);
    return NULL;
  }
  if (!ok) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

static cJSON *add_str(cJSON *o, const char *k, const char *v) {
  return v != NULL ? cJSON_AddStringToObject(o, k, v)
                   : cJSON_AddNullToObject(o, k);
}

cJSON *gradebook_submission_json(const grade_result *r) {
  bool ok = true;
  cJSON *x = cJSON_CreateObject();
  if (x == NULL)
    return NULL;
  CHECK(cJSON_AddStringToObject(x, "file", r->file));
  CHECK(cJSON_AddStringToObject(x, "sha256", r->sha256));
  CHECK(cJSON_AddStringToObject(x, "class", grade_class_name(r->cls)));
  CHECK(add_str(x, "reason", r->reason));
  CHECK(add_str(x, "trainee", r->trainee));
  if (r->attempt > 0)
    CHECK(cJSON_AddNumberToObject(x, "attempt", r->attempt));
  else
    CHECK(cJSON_AddNullToObject(x, "attempt"));
  CHECK(add_str(x, "started_at", r->started_at));
  CHECK(add_str(x, "submitted_at", r->submitted_at));
  CHECK(cJSON_AddBoolToObject(x, "counted", r->counted));
  if (grade_class_verified(r->cls)) {
    CHECK(cJSON_AddNumberToObject(x, "duration_seconds", r->duration));
    CHECK(cJSON_AddBoolToObject(x, "completed", r->completed));
    CHECK(add_str(x, "ending", r->ending));
    CHECK(add_str(x, "result", r->result));
    CHECK(cJSON_AddNumberToObject(x, "decisions", r->n_decisions));
    cJSON *sc = scores_json(r);
    if (sc == NULL || !cJSON_AddItemToObject(x, "scores", sc)) {
      cJSON_Delete(sc);
      ok = false;
    }
  } else {
    CHECK(cJSON_AddNullToObject(x, "scores"));
  }
  if (!ok) {
    cJSON_Delete(x);
    return NULL;
  }
  return x;
}

cJSON *gradebook_trainee_json(const grade_trainee *t) {
  bool ok = true;
  cJSON *x = cJSON_CreateObject();
  if (x == NULL)
    return NULL;
  CHECK(cJSON_AddStringToObject(x, "trainee", t->name));
  if (t->best != NULL) {
    char g[16];
    gradebook_grade_text(t->best->grade, g);
    CHECK(cJSON_AddRawToObject(x, "grade", g));
    CHECK(cJSON_AddNumberToObject(x, "attempt", t->best->attempt));
    CHECK(cJSON_AddStringToObject(x, "file", t->best->file));
  } else {
    CHECK(cJSON_AddNullToObject(x, "grade"));
    CHECK(cJSON_AddNullToObject(x, "attempt"));
    CHECK(cJSON_AddNullToObject(x, "file"));
  }
  CHECK(cJSON_AddBoolToObject(x, "passed", t->passed));
  CHECK(cJSON_AddNumberToObject(x, "submissions", t->submissions));
  CHECK(cJSON_AddStringToObject(x, "feedback", t->feedback));
  if (!ok) {
    cJSON_Delete(x);
    return NULL;
  }
  return x;
}

/* Entry i of a list: text[i] as it stands (a raw item that refers to it,
 * not a copy), or else the entry made for it. */
static bool add_entry(cJSON *list, const char *const *text, int i,
                      cJSON *made) {
  cJSON *x = made;
  if (text != NULL) {
    x = cJSON_CreateNull();
    if (x != NULL) {
      x->type = cJSON_Raw | cJSON_IsReference;
      x->valuestring = (char *)text[i]; /* never freed nor changed */
    }
  }
  if (x == NULL || !cJSON_AddItemToArray(list, x)) {
    cJSON_Delete(x);
    return false;
  }
  return true;
}

cJSON *gradebook_json(const homework_assignment *a, const grade_result *v,
                      int n, const grade_trainee *t, int nt,
                      const grade_summary *s) {
  return gradebook_json_parts(a, v, n, t, nt, s, NULL, NULL);
}

cJSON *gradebook_json_parts(const homework_assignment *a, const grade_result *v,
                            int n, const grade_trainee *t, int nt,
                            const grade_summary *s,
                            const char *const *submissions,
                            const char *const *trainees) {
  bool ok = true;
  cJSON *o = cJSON_CreateObject();
  if (o == NULL)
    return NULL;
  CHECK(cJSON_AddStringToObject(o, "format", "rapport.grades"));
  CHECK(cJSON_AddNumberToObject(o, "format_version", 1));
  cJSON *as = homework_build(a);
  if (as == NULL || !cJSON_AddItemToObject(o, "assignment", as)) {
    cJSON_Delete(as);
    ok = false;
  }
  cJSON *subs = cJSON_AddArrayToObject(o, "submissions");
  ok = ok && subs != NULL;
  for (int i = 0; ok && i < n; i++)
    ok = add_entry(subs, submissions, i,
                   submissions ? NULL : gradebook_submission_json(&v[i]));
  cJSON *tr = cJSON_AddArrayToObject(o, "trainees");
  ok = ok && tr != NULL;
  for (int i = 0; ok && i < nt; i++)
    ok = add_entry(tr, trainees, i,
                   trainees ? NULL : gradebook_trainee_json(&t[i]));
  cJSON *sm = cJSON_AddObjectToObject(o, "summary");
  ok = ok && sm != NULL;
  if (sm != NULL) {
    CHECK(cJSON_AddNumberToObject(sm, "submissions", s->submissions));
    cJSON *bc = cJSON_AddObjectToObject(sm, "by_class");
    ok = ok && bc != NULL;
    for (int c = 0; bc != NULL && c < GRADE_CLASS_COUNT; c++)
      CHECK(cJSON_AddNumberToObject(bc, grade_class_name((grade_class)c),
                                    s->by_class[c]));
    CHECK(cJSON_AddNumberToObject(sm, "trainees", s->trainees));
    CHECK(cJSON_AddNumberToObject(sm, "graded", s->graded));
    CHECK(cJSON_AddNumberToObject(sm, "passed", s->passed));
    if (s->trainees > 0)
      CHECK(cJSON_AddNumberToObject(
          sm, "pass_rate", round(1000.0 * s->passed / s->trainees) / 10));
    else
      CHECK(cJSON_AddNullToObject(sm, "pass_rate"));
    cJSON *bk = cJSON_AddArrayToObject(sm, "distribution");
    ok = ok && bk != NULL;
    for (int i = 0; bk != NULL && i < GRADE_BUCKETS; i++) {
      cJSON *x = cJSON_CreateObject();
      if (x == NULL || !cJSON_AddItemToArray(bk, x)) {
        cJSON_Delete(x);
        ok = false;
        break;
      }
      CHECK(cJSON_AddNumberToObject(x, "from", i * 10));
      CHECK(cJSON_AddNumberToObject(x, "to",
                                    i == GRADE_BUCKETS - 1 ? 100 : i * 10 + 9));
      CHECK(cJSON_AddNumberToObject(x, "trainees", s->buckets[i]));
    }
    if (s->graded > 0) {
      CHECK(cJSON_AddNumberToObject(sm, "mean", round(s->mean * 10) / 10));
      CHECK(cJSON_AddNumberToObject(sm, "median", s->median));
      CHECK(cJSON_AddNumberToObject(sm, "min", s->min));
      CHECK(cJSON_AddNumberToObject(sm, "max", s->max));
    }
    cJSON *sk = cJSON_AddObjectToObject(sm, "skill_means");
    ok = ok && sk != NULL;
    for (int k = 0; sk != NULL && k < SCN_SKILL_COUNT; k++) {
      if (s->skill_mean[k] < 0)
        CHECK(cJSON_AddNullToObject(sk, scn_skill_name(k)));
      else
        CHECK(cJSON_AddNumberToObject(sk, scn_skill_name(k),
                                      round(s->skill_mean[k] * 10) / 10));
    }
    cJSON *sp = cJSON_AddArrayToObject(sm, "pushed_most");
    ok = ok && sp != NULL;
    for (int i = 0; sp != NULL && i < s->n_spots; i++) {
      cJSON *x = cJSON_CreateObject();
      if (x == NULL || !cJSON_AddItemToArray(sp, x)) {
        cJSON_Delete(x);
        ok = false;
        break;
      }
      CHECK(cJSON_AddStringToObject(x, "node", s->spots[i].node));
      CHECK(cJSON_AddNumberToObject(x, "pushed", s->spots[i].pushed));
      CHECK(cJSON_AddNumberToObject(x, "reached", s->spots[i].reached));
      CHECK(add_str(x, "choice", s->spots[i].choice));
      CHECK(add_str(x, "better", s->spots[i].better));
    }
  }
  if (!ok) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}
