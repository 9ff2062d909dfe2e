/*
 * rec.c -- building, parsing and replaying session records.  See rec.h and
 * docs/record.md for the format.
 */
#include "core/rec.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/rp_json.h"
#include "util/rp_time.h"
#include "util/rp_version.h"

/* cJSON's Add functions fail (return NULL or false) when an allocation
 * does, leaving the field out; a record missing a field must never be
 * written, so every one is checked: PUT(x) clears `ok` when x failed. */
#define PUT(x) (ok = ((x) != 0) && ok)

/* Adds item to the object `to` under key, or to the array `to` when key is
 * NULL.  When it cannot (to or item NULL, or out of memory) the item is
 * deleted and the result is false. */
static bool add(cJSON *to, const char *key, cJSON *item) {
  bool ok = item != NULL && to != NULL &&
            (key != NULL ? cJSON_AddItemToObject(to, key, item)
                         : cJSON_AddItemToArray(to, item));
  if (!ok)
    cJSON_Delete(item);
  return ok;
}

/* Returns o, or NULL (deleting it) when something could not be added. */
static cJSON *whole(cJSON *o, bool ok) {
  if (ok)
    return o;
  cJSON_Delete(o);
  return NULL;
}

/* Adds facts in mask as a list of ids. */
static cJSON *fact_list(const scn_scenario *scn, uint64_t mask, bool known) {
  cJSON *a = cJSON_CreateArray();
  bool ok = a != NULL;
  for (int f = 0; a != NULL && f < scn->n_facts; f++)
    if ((((mask >> f) & 1) != 0) == known)
      PUT(add(a, NULL, cJSON_CreateString(scn->facts[f].id)));
  return whole(a, ok);
}

static cJSON *moment(const scn_scenario *scn, const sess_decision *d,
                     const score_moment *m, bool hurt) {
  const scn_node *node = &scn->nodes[d->node];
  const scn_choice *ch = &node->choices[d->choice];
  cJSON *o = cJSON_CreateObject();
  bool ok = o != NULL;
  PUT(cJSON_AddNumberToObject(o, "turn", d->turn));
  PUT(cJSON_AddStringToObject(o, "node", node->id));
  PUT(cJSON_AddStringToObject(o, "choice", ch->id));
  PUT(cJSON_AddNumberToObject(o, hurt ? "points_lost" : "points_gained",
                              hurt ? m->lost : m->gained));
  if (ch->coach != NULL)
    PUT(cJSON_AddStringToObject(o, "coach", ch->coach));
  if (hurt && d->best != d->choice) {
    const scn_choice *b = &node->choices[d->best];
    PUT(cJSON_AddStringToObject(o, "better", b->id));
    if (d->best_text != NULL)
      PUT(cJSON_AddStringToObject(o, "better_text", d->best_text));
    if (b->coach != NULL)
      PUT(cJSON_AddStringToObject(o, "better_coach", b->coach));
  }
  return whole(o, ok);
}

/* Which of ch's wordings session s shows, or -1 when it has one. */
static int rec_wording(const sess_session *s, const scn_choice *ch) {
  if (ch->n_texts <= 1)
    return -1;
  const char *w = sess_wording(s, ch);
  for (int i = 0; i < ch->n_texts; i++)
    if (ch->texts[i] == w)
      return i;
  return -1;
}

cJSON *rec_seed_json(uint64_t seed) {
  /* Raw: cJSON prints a number with 15 significant digits, and a seed has
   * up to 16 (2^53 - 1).  Parsed back it is a JSON number again, exact. */
  char digits[24];
  snprintf(digits, sizeof digits, "%llu", (unsigned long long)seed);
  return cJSON_CreateRaw(digits);
}

cJSON *rec_build(const sess_session *s, const score_report *r,
                 const rec_meta *meta) {
  const scn_scenario *scn = sess_scenario(s);
  char when[32];
  cJSON *o = cJSON_CreateObject();
  if (o == NULL)
    return NULL;
  bool ok = true;
  PUT(cJSON_AddStringToObject(o, "format", REC_FORMAT));
  PUT(cJSON_AddNumberToObject(o, "format_version", REC_FORMAT_VERSION));
  PUT(cJSON_AddStringToObject(o, "engine_version", RP_VERSION));

  cJSON *sc = cJSON_AddObjectToObject(o, "scenario");
  PUT(sc);
  PUT(cJSON_AddStringToObject(sc, "id", scn->id));
  PUT(cJSON_AddStringToObject(sc, "version", scn->version));
  PUT(cJSON_AddStringToObject(sc, "sha256", scn->sha256));
  PUT(cJSON_AddStringToObject(sc, "title", scn->title));
  PUT(cJSON_AddStringToObject(sc, "module", scn->module));
  PUT(cJSON_AddStringToObject(sc, "path", scn->chunkname));

  PUT(add(o, "seed", rec_seed_json(sess_seed(s))));
  PUT(cJSON_AddStringToObject(o, "trainee", meta->trainee));
  PUT(cJSON_AddStringToObject(o, "mode", meta->mode));
  PUT(cJSON_AddStringToObject(o, "status", sess_status_name(sess_state(s))));
  if (sess_abort_reason(s) != NULL)
    PUT(cJSON_AddStringToObject(o, "abort_reason", sess_abort_reason(s)));
  rp_time_format(meta->started, 0, when);
  PUT(cJSON_AddStringToObject(o, "started_at", when));
  rp_time_format(meta->ended, 0, when);
  PUT(cJSON_AddStringToObject(o, "ended_at", when));
  PUT(cJSON_AddNumberToObject(o, "duration_seconds",
                              meta->ended > meta->started
                                  ? (double)(meta->ended - meta->started)
                                  : 0.0));

  const sess_decision *d;
  int n = sess_decisions(s, &d);
  cJSON *decs = cJSON_AddArrayToObject(o, "decisions");
  PUT(decs);
  for (int i = 0; i < n; i++) {
    const scn_node *node = &scn->nodes[d[i].node];
    cJSON *x = cJSON_CreateObject();
    PUT(cJSON_AddNumberToObject(x, "turn", d[i].turn));
    PUT(cJSON_AddStringToObject(x, "node", node->id));
    PUT(cJSON_AddStringToObject(x, "choice", node->choices[d[i].choice].id));
    int wording = rec_wording(s, &node->choices[d[i].choice]);
    if (wording >= 0)
      PUT(cJSON_AddNumberToObject(x, "wording", wording));
    PUT(cJSON_AddNumberToObject(x, "seconds", score_round(d[i].seconds)));
    PUT(cJSON_AddNumberToObject(x, "offered", d[i].n_offered));
    PUT(cJSON_AddStringToObject(x, "best", node->choices[d[i].best].id));
    cJSON *rel = cJSON_AddArrayToObject(x, "relationship");
    PUT(rel);
    int v[3] = {d[i].value, d[i].value_min, d[i].value_max};
    for (int j = 0; j < 3; j++)
      PUT(add(rel, NULL, cJSON_CreateNumber(v[j])));
    cJSON *sk = cJSON_AddObjectToObject(x, "skills");
    PUT(sk);
    for (int k = 0; k < SCN_SKILL_COUNT; k++) {
      int w[3] = {d[i].skill[k], d[i].skill_min[k], d[i].skill_max[k]};
      PUT(add(sk, scn_skill_name(k), cJSON_CreateIntArray(w, 3)));
    }
    PUT(add(x, "revealed", fact_list(scn, d[i].revealed, true)));
    PUT(add(decs, NULL, x));
  }

  int end = sess_node(s);
  if (sess_state(s) == SESS_ENDED) {
    const scn_node *e = &scn->nodes[end];
    cJSON *eo = cJSON_AddObjectToObject(o, "ending");
    PUT(eo);
    PUT(cJSON_AddStringToObject(eo, "id", e->id));
    PUT(cJSON_AddStringToObject(eo, "result",
                                scn_result_name(e->outcome.result)));
    PUT(cJSON_AddNumberToObject(eo, "deal_value",
                                (double)e->outcome.deal_value));
    PUT(cJSON_AddStringToObject(eo, "currency", scn->currency));
    if (e->outcome.days_to_close >= 0)
      PUT(cJSON_AddNumberToObject(eo, "days_to_close",
                                  e->outcome.days_to_close));
    else
      PUT(cJSON_AddNullToObject(eo, "days_to_close"));
  } else {
    PUT(cJSON_AddNullToObject(o, "ending"));
  }

  cJSON *scores = cJSON_AddObjectToObject(o, "scores");
  PUT(scores);
  PUT(cJSON_AddNumberToObject(scores, "overall", r->overall));
  PUT(cJSON_AddStringToObject(scores, "tier", r->tier));
  PUT(cJSON_AddNumberToObject(scores, "relationship_quality",
                              r->relationship_quality));
  PUT(cJSON_AddNumberToObject(scores, "relationship_raw", r->relationship_raw));
  PUT(cJSON_AddBoolToObject(scores, "capped_by_problem_solving", r->capped));
  PUT(cJSON_AddNumberToObject(scores, "transactional_pushing",
                              r->transactional_pushing));
  PUT(cJSON_AddStringToObject(scores, "style", r->style));
  cJSON *sk = cJSON_AddObjectToObject(scores, "skills");
  PUT(sk);
  for (int k = 0; k < SCN_SKILL_COUNT; k++) {
    cJSON *x = cJSON_AddObjectToObject(sk, scn_skill_name(k));
    PUT(x);
    if (r->skills[k].measured)
      PUT(cJSON_AddNumberToObject(x, "score", r->skills[k].score));
    else
      PUT(cJSON_AddNullToObject(x, "score"));
    PUT(cJSON_AddNumberToObject(x, "earned", (double)r->skills[k].earned));
    PUT(cJSON_AddNumberToObject(x, "available",
                                (double)r->skills[k].available));
  }
  PUT(cJSON_AddNumberToObject(scores, "decisions", r->decisions));
  PUT(cJSON_AddNumberToObject(scores, "questions", r->questions));
  PUT(cJSON_AddNumberToObject(scores, "question_rate", r->question_rate));
  PUT(cJSON_AddNumberToObject(scores, "facts_uncovered", r->facts_uncovered));
  PUT(cJSON_AddNumberToObject(scores, "facts_total", r->facts_total));

  cJSON *facts = cJSON_AddObjectToObject(o, "facts");
  PUT(facts);
  PUT(add(facts, "uncovered", fact_list(scn, sess_facts(s), true)));
  PUT(add(facts, "missed", fact_list(scn, sess_facts(s), false)));

  cJSON *km = cJSON_AddObjectToObject(o, "key_moments");
  PUT(km);
  cJSON *helped = cJSON_AddArrayToObject(km, "helped");
  PUT(helped);
  for (int i = 0; i < r->n_helped; i++)
    PUT(add(helped, NULL,
            moment(scn, &d[r->helped[i].decision], &r->helped[i], false)));
  cJSON *hurt = cJSON_AddArrayToObject(km, "hurt");
  PUT(hurt);
  for (int i = 0; i < r->n_hurt; i++)
    PUT(add(hurt, NULL,
            moment(scn, &d[r->hurt[i].decision], &r->hurt[i], true)));

  cJSON *meters = cJSON_AddObjectToObject(o, "final_meters");
  PUT(meters);
  for (int m = 0; m < scn->n_meters; m++)
    PUT(cJSON_AddNumberToObject(meters, scn->meters[m].id, sess_meters(s)[m]));
  return whole(o, ok);
}

char *rec_format(const sess_session *s, const score_report *r,
                 const rec_meta *meta) {
  cJSON *o = rec_build(s, r, meta);
  if (o == NULL)
    return NULL;
  char *text = cJSON_Print(o);
  cJSON_Delete(o);
  if (text == NULL)
    return NULL;
  size_t n = strlen(text);
  char *out = malloc(n + 2);
  if (out != NULL) {
    memcpy(out, text, n);
    out[n] = '\n';
    out[n + 1] = '\0';
  }
  cJSON_free(text);
  return out;
}

/* ---- parsing ------------------------------------------------------------- */

/* The strings of the top level and of "scenario". */
static rp_status read_strings(const rp_json_reader *top, const cJSON *o,
                              rec_record *r) {
  const cJSON *sc;
  rp_json_reader rs = *top;
  rs.where = "scenario.";
  rp_status st;
  if ((st = rp_json_object(top, o, "scenario", RP_JSON_REQUIRED, &sc)) ||
      (st = rp_json_string(&rs, sc, "id", RP_JSON_REQUIRED, RP_JSON_ANY_LENGTH,
                           &r->scenario_id)) ||
      (st = rp_json_string(&rs, sc, "version", RP_JSON_REQUIRED,
                           RP_JSON_ANY_LENGTH, &r->scenario_version)) ||
      (st = rp_json_string(&rs, sc, "sha256", RP_JSON_REQUIRED,
                           RP_JSON_ANY_LENGTH, &r->scenario_sha256)) ||
      (st = rp_json_string(&rs, sc, "path", RP_JSON_OPTIONAL,
                           RP_JSON_ANY_LENGTH, &r->scenario_path)) ||
      (st = rp_json_string(&rs, sc, "module", RP_JSON_OPTIONAL,
                           RP_JSON_ANY_LENGTH, &r->scenario_module)))
    return st;
  static const char *const required[] = {"trainee", "mode", "status",
                                         "started_at", "ended_at"};
  char **out[] = {&r->trainee, &r->mode, &r->status, &r->started_at,
                  &r->ended_at};
  for (size_t i = 0; i < sizeof out / sizeof *out; i++)
    if ((st = rp_json_string(top, o, required[i], RP_JSON_REQUIRED,
                             RP_JSON_ANY_LENGTH, out[i])))
      return st;
  return RP_OK;
}

/* The decisions: node, choice and seconds of each, for replay. */
static rp_status read_decisions(const rp_json_reader *top, const cJSON *o,
                                rec_record *r) {
  const cJSON *decs;
  rp_status st = rp_json_array(top, o, "decisions", RP_JSON_REQUIRED,
                               REC_MAX_DECISIONS, &decs);
  if (st != RP_OK)
    return st;
  int n = cJSON_GetArraySize(decs);
  r->decisions = calloc((size_t)(n > 0 ? n : 1), sizeof *r->decisions);
  if (r->decisions == NULL)
    return rp_fail(top->err, RP_ENOMEM, "out of memory");
  const cJSON *x;
  cJSON_ArrayForEach(x, decs) {
    char where[32];
    rec_decision *d = &r->decisions[r->n_decisions];
    rp_json_reader rd = *top;
    rd.where = where;
    if (!cJSON_IsObject(x)) {
      snprintf(where, sizeof where, "decisions[%d]", r->n_decisions);
      return rp_json_fail(top, where, "must be an object");
    }
    snprintf(where, sizeof where, "decisions[%d].", r->n_decisions++);
    if ((st = rp_json_string(&rd, x, "node", RP_JSON_REQUIRED,
                             RP_JSON_ANY_LENGTH, &d->node)) ||
        (st = rp_json_string(&rd, x, "choice", RP_JSON_REQUIRED,
                             RP_JSON_ANY_LENGTH, &d->choice)) ||
        (st = rp_json_number(&rd, x, "seconds", RP_JSON_REQUIRED, 0, 1e9,
                             &d->seconds)))
      return st;
    int w = -1;
    if (cJSON_GetObjectItemCaseSensitive(x, "wording") != NULL &&
        (st = rp_json_int(&rd, x, "wording", RP_JSON_REQUIRED, 0,
                          SCN_WORDINGS_MAX - 1, &w)))
      return st;
    d->wording = w;
  }
  return RP_OK;
}

/* The stored scores replay compares: checked, never trusted. */
static rp_status read_scores(const rp_json_reader *top, const cJSON *o,
                             rec_record *r) {
  const cJSON *scores, *sk;
  rp_json_reader rs = *top, rk = *top;
  rs.where = "scores.";
  rk.where = "scores.skills.";
  rp_status st;
  if ((st = rp_json_object(top, o, "scores", RP_JSON_REQUIRED, &scores)) ||
      (st =
           rp_json_number(&rs, scores, "relationship_quality", RP_JSON_REQUIRED,
                          0, 100, &r->relationship_quality)) ||
      (st = rp_json_number(&rs, scores, "transactional_pushing",
                           RP_JSON_REQUIRED, 0, 100,
                           &r->transactional_pushing)) ||
      (st = rp_json_number(&rs, scores, "overall", RP_JSON_REQUIRED, 0, 100,
                           &r->overall)) ||
      (st = rp_json_object(&rs, scores, "skills", RP_JSON_REQUIRED, &sk)))
    return st;
  for (int k = 0; k < SCN_SKILL_COUNT; k++) {
    const cJSON *one;
    char where[64];
    rp_json_reader r1 = *top;
    r1.where = where;
    snprintf(where, sizeof where, "scores.skills.%s.", scn_skill_name(k));
    if ((st = rp_json_object(&rk, sk, scn_skill_name(k), RP_JSON_REQUIRED,
                             &one)))
      return st;
    if (cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(one, "score")))
      r->skills[k] = -1; /* not measured */
    else if ((st = rp_json_number(&r1, one, "score", RP_JSON_REQUIRED, 0, 100,
                                  &r->skills[k])))
      return st;
  }
  return RP_OK;
}

rp_status rec_parse(const char *name, const char *text, size_t len,
                    rec_record *r, rp_error *err) {
  rp_json_reader top = {name, "", NULL, err};
  memset(r, 0, sizeof *r);
  if (len > REC_MAX_BYTES)
    return rp_fail(err, RP_EINPUT,
                   "%s: larger than %zu MiB; not a session "
                   "record",
                   name, REC_MAX_BYTES >> 20);
  rp_status st = rp_json_parse(name, text, len, &r->json, err);
  if (st != RP_OK)
    return st;
  const cJSON *o = r->json;
  if (!cJSON_IsObject(o)) {
    st = rp_fail(err, RP_EINPUT,
                 "%s: not a session record (the top level "
                 "is not a JSON object)",
                 name);
    goto fail;
  }
  const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(o, "format");
  if (!cJSON_IsString(fmt) || strcmp(fmt->valuestring, REC_FORMAT) != 0) {
    st = rp_fail(err, RP_EINPUT,
                 "%s: not a session record (field 'format' "
                 "is not \"%s\")",
                 name, REC_FORMAT);
    goto fail;
  }
  double v;
  if ((st = rp_json_number(&top, o, "format_version", RP_JSON_REQUIRED, 1, 1e9,
                           &v)))
    goto fail;
  if (v != REC_FORMAT_VERSION) {
    st = rp_fail(err, RP_EINPUT,
                 "%s: record format version %g is not one "
                 "this rapport reads (it reads %d)",
                 name, v, REC_FORMAT_VERSION);
    goto fail;
  }
  if ((st = read_strings(&top, o, r)) ||
      (st = rp_json_number(&top, o, "seed", RP_JSON_REQUIRED, 0,
                           (double)REC_SEED_MAX, &v)))
    goto fail;
  if (v != floor(v)) {
    st = rp_json_fail(&top, "seed", "must be a whole number");
    goto fail;
  }
  r->seed = (uint64_t)v;
  if ((st = read_decisions(&top, o, r)))
    goto fail;
  const cJSON *ending = cJSON_GetObjectItemCaseSensitive(o, "ending");
  rp_json_reader re = top;
  re.where = "ending.";
  if (cJSON_IsObject(ending)) {
    if ((st = rp_json_string(&re, ending, "id", RP_JSON_REQUIRED,
                             RP_JSON_ANY_LENGTH, &r->ending)))
      goto fail;
  } else if (ending != NULL && !cJSON_IsNull(ending)) {
    st = rp_json_fail(&top, "ending", "must be an object or null");
    goto fail;
  }
  if ((st = read_scores(&top, o, r)))
    goto fail;
  return RP_OK;
fail:
  rec_free(r);
  return st;
}

void rec_free(rec_record *r) {
  for (int i = 0; i < r->n_decisions; i++) {
    free(r->decisions[i].node);
    free(r->decisions[i].choice);
  }
  free(r->decisions);
  free(r->scenario_id);
  free(r->scenario_version);
  free(r->scenario_sha256);
  free(r->scenario_path);
  free(r->scenario_module);
  free(r->trainee);
  free(r->mode);
  free(r->status);
  free(r->started_at);
  free(r->ended_at);
  free(r->ending);
  cJSON_Delete(r->json);
  memset(r, 0, sizeof *r);
}

/* ---- replay -------------------------------------------------------------- */

static bool differ(double a, double b) { return fabs(a - b) > 0.05; }

rp_status rec_replay(const scn_scenario *scn, const rec_record *rec,
                     sess_session **out, score_report *rep, rp_error *err) {
  *out = NULL;
  if (strcmp(rec->mode, "author") == 0)
    return rp_fail(err, RP_EINPUT,
                   "an author-mode session cannot be "
                   "replayed (:goto and :set change the "
                   "state outside the rules)");
  if (strcmp(rec->scenario_id, scn->id) != 0)
    return rp_fail(err, RP_EINPUT, "the record is of scenario '%s', not '%s'",
                   rec->scenario_id, scn->id);
  if (strcmp(rec->scenario_sha256, scn->sha256) != 0)
    return rp_fail(err, RP_EINPUT,
                   "the record was played on a different version of scenario "
                   "'%s' (version %s, sha256 %.12s...; this file is version "
                   "%s, sha256 %.12s...)",
                   scn->id, rec->scenario_version, rec->scenario_sha256,
                   scn->version, scn->sha256);
  sess_session *s = sess_new(scn, rec->seed, err);
  if (s == NULL)
    return RP_ENOMEM;
  *out = s;
  for (int i = 0; i < rec->n_decisions; i++) {
    const rec_decision *d = &rec->decisions[i];
    /* Running out of memory is not a difference from the record. */
    if (sess_abort_status(s) == RP_ENOMEM)
      return rp_fail(err, RP_ENOMEM, "decision %d: %s", i + 1,
                     sess_abort_reason(s));
    if (sess_state(s) != SESS_ACTIVE)
      return rp_fail(err, RP_EINPUT,
                     "decision %d: the conversation had already ended "
                     "(%s) before it",
                     i + 1, sess_status_name(sess_state(s)));
    const char *at = scn->nodes[sess_node(s)].id;
    if (strcmp(d->node, at) != 0)
      return rp_fail(err, RP_EINPUT,
                     "decision %d: the record says node '%s' but the replay "
                     "is at node '%s'",
                     i + 1, d->node, at);
    int ci = scn_choice_find(&scn->nodes[sess_node(s)], d->choice);
    int shown =
        ci >= 0 ? rec_wording(s, &scn->nodes[sess_node(s)].choices[ci]) : -1;
    /* A record without "wording" was made before the choice had several
     * (or by an older rapport): nothing to compare. */
    if (d->wording >= 0 && d->wording != shown && ci >= 0)
      return rp_fail(err, RP_EINPUT,
                     "decision %d: the record says wording %d of choice '%s' "
                     "was shown, the replay shows wording %d",
                     i + 1, d->wording, d->choice, shown);
    rp_error e;
    rp_status st = sess_choose_id(s, d->choice, d->seconds, &e);
    if (st == RP_EINPUT || st == RP_ENOMEM)
      return rp_fail(err, st, "decision %d: %s", i + 1, e.msg);
  }
  if (sess_abort_status(s) == RP_ENOMEM && strcmp(rec->status, "aborted") != 0)
    return rp_fail(err, RP_ENOMEM, "%s", sess_abort_reason(s));
  if (strcmp(rec->status, "quit") == 0)
    sess_quit(s);
  score_session(s, rep);
  const char *status = sess_status_name(sess_state(s));
  if (strcmp(rec->status, status) != 0)
    return rp_fail(err, RP_EINPUT,
                   "status: the record says '%s', the replay "
                   "'%s'",
                   rec->status, status);
  const char *ending =
      sess_state(s) == SESS_ENDED ? scn->nodes[sess_node(s)].id : NULL;
  if ((ending == NULL) != (rec->ending == NULL) ||
      (ending != NULL && strcmp(ending, rec->ending) != 0))
    return rp_fail(err, RP_EINPUT,
                   "ending: the record says '%s', the replay "
                   "'%s'",
                   rec->ending ? rec->ending : "none",
                   ending ? ending : "none");
  struct {
    const char *name;
    double stored, replayed;
  } cmp[3 + SCN_SKILL_COUNT] = {
      {"overall", rec->overall, rep->overall},
      {"relationship_quality", rec->relationship_quality,
       rep->relationship_quality},
      {"transactional_pushing", rec->transactional_pushing,
       rep->transactional_pushing}};
  for (int k = 0; k < SCN_SKILL_COUNT; k++) {
    cmp[3 + k].name = scn_skill_name(k);
    cmp[3 + k].stored = rec->skills[k];
    cmp[3 + k].replayed = rep->skills[k].measured ? rep->skills[k].score : -1;
  }
  for (int i = 0; i < 3 + SCN_SKILL_COUNT; i++)
    if (differ(cmp[i].stored, cmp[i].replayed))
      return rp_fail(err, RP_EINPUT,
                     "score '%s': the record says %.1f, the "
                     "replay %.1f",
                     cmp[i].name, cmp[i].stored, cmp[i].replayed);
  return RP_OK;
}
