/*
 * report_data.c -- what `rapport report` shows, read from the history's
 * records.  See report_data.h.
 */
#include "report_data.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

const char *const REPORT_RESULT_CLASS[REPORT_RESULTS] = {"won", "stalled",
                                                         "lost", "none"};
const char *const REPORT_RESULT_NAME[REPORT_RESULTS] = {"won", "stalled",
                                                        "lost", "no ending"};

const char *const REPORT_LABEL[PROGRESS_SERIES] = {"Empathy",
                                                   "Listening",
                                                   "Problem-solving",
                                                   "Pushing",
                                                   "Relationship quality",
                                                   "Transactional pushing",
                                                   "Overall"};

const char *const REPORT_SLUG[PROGRESS_SERIES] = {"empathy",
                                                  "listening",
                                                  "problem-solving",
                                                  "pushing",
                                                  "relationship-quality",
                                                  "transactional-pushing",
                                                  "overall"};

static const char *json_str(const cJSON *o, const char *key) {
  const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(x) ? x->valuestring : NULL;
}

/* The result as one of the four map classes: a scenario may name other
 * results, which the map shows as "none". */
static int result_kind(const char *result) {
  for (int c = REPORT_WON; c <= REPORT_LOST; c++)
    if (result != NULL && strcmp(result, REPORT_RESULT_CLASS[c]) == 0)
      return c;
  return REPORT_NONE;
}

/* The fields a record's JSON holds beyond rec_record's. */
static void fill_row(report_row *w, int num, const rec_record *r) {
  memset(w, 0, sizeof *w);
  w->num = num;
  w->r = r;
  w->deal = -1;
  w->done = strcmp(r->status, "completed") == 0;
  const cJSON *sc = cJSON_GetObjectItemCaseSensitive(r->json, "scenario");
  w->title = json_str(sc, "title");
  if (w->title == NULL || w->title[0] == '\0')
    w->title = r->scenario_id;
  const cJSON *e = cJSON_GetObjectItemCaseSensitive(r->json, "ending");
  if (cJSON_IsObject(e)) {
    w->ending = r->ending;
    w->result = json_str(e, "result");
    w->currency = json_str(e, "currency");
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(e, "deal_value");
    if (cJSON_IsNumber(d))
      w->deal = d->valuedouble;
  }
  w->kind = result_kind(w->result);
  const cJSON *s = cJSON_GetObjectItemCaseSensitive(r->json, "scores");
  w->style = json_str(s, "style");
}

/* Adds a won deal to its currency's sum. */
static void add_deal(report_data *d, const report_row *w) {
  const char *cur = w->currency != NULL ? w->currency : "";
  int j = 0;
  while (j < d->n_money && strcmp(d->money[j].currency, cur) != 0)
    j++;
  if (j == d->n_money) {
    if (d->n_money == REPORT_CURRENCIES)
      return;
    d->money[d->n_money].currency = cur;
    d->money[d->n_money++].sum = 0;
  }
  d->money[j].sum += w->deal;
}

rp_status report_data_build(const trainee_history *h, report_data *d,
                            rp_error *err) {
  memset(d, 0, sizeof *d);
  size_t n = (size_t)(h->n > 0 ? h->n : 1);
  d->rows = calloc(n, sizeof *d->rows);
  d->done = calloc(n, sizeof *d->done);
  if (d->rows == NULL || d->done == NULL) {
    report_data_free(d);
    return rp_fail(err, RP_ENOMEM, "out of memory");
  }
  d->n = h->n;
  for (int i = 0; i < h->n; i++) {
    report_row *w = &d->rows[i];
    fill_row(w, i + 1, &h->v[i].rec);
    if (!w->done)
      continue;
    d->done[d->nd++] = w;
    if (strcmp(w->r->mode, "assessment") == 0)
      d->baseline_num = i + 1; /* the latest, as progress.c takes it */
    d->count[w->kind]++;
    if (d->best == NULL || w->r->overall >= d->best->r->overall)
      d->best = w; /* the latest of the best */
    if (w->kind == REPORT_WON && w->deal > 0)
      add_deal(d, w);
  }
  if (d->baseline_num > 0)
    d->rows[d->baseline_num - 1].baseline = true;
  return RP_OK;
}

void report_data_free(report_data *d) {
  free(d->rows);
  free(d->done);
  memset(d, 0, sizeof *d);
}
