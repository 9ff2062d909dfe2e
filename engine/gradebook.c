/*
 * gradebook.c -- Moodle and Canvas CSV, and the JSON summary (gradebook.h).
 */
#include "gradebook.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rp_time.h"

void gb_grade_text(double overall, char out[16]) {
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

void gb_csv_field(rp_buf *b, const char *s) { field(b, s, true); }

void gb_csv_moodle(rp_buf *b, const hw_assignment *a, const grade_trainee *t,
                   int n) {
  char head[HW_TEXT_MAX + 32];
  rp_buf_puts(b, "username,");
  gb_csv_field(b, a->title);
  rp_buf_puts(b, ",");
  snprintf(head, sizeof head, "%s feedback", a->title);
  gb_csv_field(b, head);
  rp_buf_puts(b, "\r\n");
  for (int i = 0; i < n; i++) {
    char g[16] = "-";
    if (t[i].best != NULL)
      gb_grade_text(t[i].best->grade, g);
    /* Names are restricted to [A-Za-z0-9._-]: written as they are, so they
     * match the platform's usernames. */
    field(b, t[i].name, false);
    rp_buf_printf(b, ",%s,", g);
    gb_csv_field(b, t[i].feedback);
    rp_buf_puts(b, "\r\n");
  }
}

void gb_csv_canvas(rp_buf *b, const hw_assignment *a, const grade_trainee *t,
                   int n) {
  char head[HW_TEXT_MAX + HW_ID_MAX + 8];
  rp_buf_puts(b, "Student,ID,SIS User ID,SIS Login ID,Section,");
  snprintf(head, sizeof head, "%s (%s)", a->title, a->id);
  gb_csv_field(b, head);
  rp_buf_puts(b, "\r\n    Points Possible,,,,,100\r\n");
  for (int i = 0; i < n; i++) {
    char g[16] = "";
    if (t[i].best != NULL)
      gb_grade_text(t[i].best->grade, g);
    field(b, t[i].name, false);
    rp_buf_puts(b, ",,,");
    field(b, t[i].name, false);
    rp_buf_printf(b, ",,%s\r\n", g);
  }
}

/* ---- JSON ---------------------------------------------------------------- */

static cJSON *scores_json(const grade_result *r) {
  cJSON *o = cJSON_CreateObject();
  if (o == NULL)
    return NULL;
  cJSON_AddNumberToObject(o, "grade", r->grade);
  cJSON_AddNumberToObject(o, "overall", r->overall);
  cJSON_AddNumberToObject(o, "relationship_quality", r->relationship_quality);
  cJSON_AddNumberToObject(o, "transactional_pushing", r->transactional_pushing);
  cJSON *sk = cJSON_AddObjectToObject(o, "skills");
  for (int k = 0; sk != NULL && k < SCN_SKILL_COUNT; k++) {
    if (r->skills[k] < 0)
      cJSON_AddNullToObject(sk, scn_skill_name(k));
    else
      cJSON_AddNumberToObject(sk, scn_skill_name(k), r->skills[k]);
  }
  return o;
}

static void add_str(cJSON *o, const char *k, const char *v) {
  if (v != NULL)
    cJSON_AddStringToObject(o, k, v);
  else
    cJSON_AddNullToObject(o, k);
}

cJSON *gb_json(const hw_assignment *a, const grade_result *v, int n,
               const grade_trainee *t, int nt, const grade_summary *s) {
  cJSON *o = cJSON_CreateObject();
  if (o == NULL)
    return NULL;
  cJSON_AddStringToObject(o, "format", "rapport.grades");
  cJSON_AddNumberToObject(o, "format_version", 1);
  cJSON *as = hw_build(a);
  if (as != NULL)
    cJSON_AddItemToObject(o, "assignment", as);
  cJSON *subs = cJSON_AddArrayToObject(o, "submissions");
  for (int i = 0; subs != NULL && i < n; i++) {
    const grade_result *r = &v[i];
    cJSON *x = cJSON_CreateObject();
    if (x == NULL)
      break;
    cJSON_AddItemToArray(subs, x);
    cJSON_AddStringToObject(x, "file", r->file);
    cJSON_AddStringToObject(x, "sha256", r->sha256);
    cJSON_AddStringToObject(x, "class", grade_class_name(r->cls));
    add_str(x, "reason", r->reason);
    add_str(x, "trainee", r->trainee);
    if (r->attempt > 0)
      cJSON_AddNumberToObject(x, "attempt", r->attempt);
    else
      cJSON_AddNullToObject(x, "attempt");
    add_str(x, "started_at", r->started_at);
    add_str(x, "submitted_at", r->submitted_at);
    cJSON_AddBoolToObject(x, "counted", r->counted);
    if (grade_class_verified(r->cls)) {
      cJSON_AddNumberToObject(x, "duration_seconds", r->duration);
      cJSON_AddBoolToObject(x, "completed", r->completed);
      add_str(x, "ending", r->ending);
      add_str(x, "result", r->result);
      cJSON_AddNumberToObject(x, "decisions", r->n_decisions);
      cJSON *sc = scores_json(r);
      if (sc != NULL)
        cJSON_AddItemToObject(x, "scores", sc);
    } else {
      cJSON_AddNullToObject(x, "scores");
    }
  }
  cJSON *tr = cJSON_AddArrayToObject(o, "trainees");
  for (int i = 0; tr != NULL && i < nt; i++) {
    cJSON *x = cJSON_CreateObject();
    if (x == NULL)
      break;
    cJSON_AddItemToArray(tr, x);
    cJSON_AddStringToObject(x, "trainee", t[i].name);
    if (t[i].best != NULL) {
      char g[16];
      gb_grade_text(t[i].best->grade, g);
      cJSON_AddRawToObject(x, "grade", g);
      cJSON_AddNumberToObject(x, "attempt", t[i].best->attempt);
      cJSON_AddStringToObject(x, "file", t[i].best->file);
    } else {
      cJSON_AddNullToObject(x, "grade");
      cJSON_AddNullToObject(x, "attempt");
      cJSON_AddNullToObject(x, "file");
    }
    cJSON_AddBoolToObject(x, "passed", t[i].passed);
    cJSON_AddNumberToObject(x, "submissions", t[i].submissions);
    cJSON_AddStringToObject(x, "feedback", t[i].feedback);
  }
  cJSON *sm = cJSON_AddObjectToObject(o, "summary");
  if (sm != NULL) {
    cJSON_AddNumberToObject(sm, "submissions", s->submissions);
    cJSON *bc = cJSON_AddObjectToObject(sm, "by_class");
    for (int c = 0; bc != NULL && c < GRADE_CLASS_COUNT; c++)
      cJSON_AddNumberToObject(bc, grade_class_name((grade_class)c),
                              s->by_class[c]);
    cJSON_AddNumberToObject(sm, "trainees", s->trainees);
    cJSON_AddNumberToObject(sm, "graded", s->graded);
    cJSON_AddNumberToObject(sm, "passed", s->passed);
    if (s->trainees > 0)
      cJSON_AddNumberToObject(sm, "pass_rate",
                              round(1000.0 * s->passed / s->trainees) / 10);
    else
      cJSON_AddNullToObject(sm, "pass_rate");
    cJSON *bk = cJSON_AddArrayToObject(sm, "distribution");
    for (int i = 0; bk != NULL && i < GRADE_BUCKETS; i++) {
      cJSON *x = cJSON_CreateObject();
      if (x == NULL)
        break;
      cJSON_AddItemToArray(bk, x);
      cJSON_AddNumberToObject(x, "from", i * 10);
      cJSON_AddNumberToObject(x, "to",
                              i == GRADE_BUCKETS - 1 ? 100 : i * 10 + 9);
      cJSON_AddNumberToObject(x, "trainees", s->buckets[i]);
    }
    if (s->graded > 0) {
      cJSON_AddNumberToObject(sm, "mean", round(s->mean * 10) / 10);
      cJSON_AddNumberToObject(sm, "median", s->median);
      cJSON_AddNumberToObject(sm, "min", s->min);
      cJSON_AddNumberToObject(sm, "max", s->max);
    }
    cJSON *sk = cJSON_AddObjectToObject(sm, "skill_means");
    for (int k = 0; sk != NULL && k < SCN_SKILL_COUNT; k++) {
      if (s->skill_mean[k] < 0)
        cJSON_AddNullToObject(sk, scn_skill_name(k));
      else
        cJSON_AddNumberToObject(sk, scn_skill_name(k),
                                round(s->skill_mean[k] * 10) / 10);
    }
    cJSON *sp = cJSON_AddArrayToObject(sm, "pushed_most");
    for (int i = 0; sp != NULL && i < s->n_spots; i++) {
      cJSON *x = cJSON_CreateObject();
      if (x == NULL)
        break;
      cJSON_AddItemToArray(sp, x);
      cJSON_AddStringToObject(x, "node", s->spots[i].node);
      cJSON_AddNumberToObject(x, "pushed", s->spots[i].pushed);
      cJSON_AddNumberToObject(x, "reached", s->spots[i].reached);
      add_str(x, "choice", s->spots[i].choice);
      add_str(x, "better", s->spots[i].better);
    }
  }
  return o;
}
