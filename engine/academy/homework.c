/*
 * hw.c -- assignment files and the homework part of submissions (hw.h).
 */
#include "academy/homework.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/rp_json.h"
#include "util/rp_time.h"

bool homework_valid_id(const char *id) {
  size_t n = strlen(id);
  if (n == 0 || n > HOMEWORK_ID_MAX || id[0] == '.' || id[0] == '-')
    return false;
  for (size_t i = 0; i < n; i++) {
    char c = id[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
      return false;
  }
  return true;
}

/* ---- strict field readers ------------------------------------------------ */

typedef struct reader {
  const char *name; /* the file, prefixing every message */
  const char *obj;  /* "" or "homework." */
  rp_error *err;
} reader;

static rp_status bad(const reader *r, const char *field, const char *what) {
  return rp_fail(r->err, RP_EINPUT, "%s: field '%s%s' %s", r->name, r->obj,
                 field, what);
}

static rp_status get_string(const reader *r, const cJSON *o, const char *key,
                            bool required, size_t max, char **out) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  *out = NULL;
  if (v == NULL || cJSON_IsNull(v))
    return required ? bad(r, key, "is missing") : RP_OK;
  if (!cJSON_IsString(v))
    return bad(r, key, "must be a string");
  size_t n = strlen(v->valuestring);
  if (n > max) {
    char msg[64];
    snprintf(msg, sizeof msg, "is longer than %zu characters", max);
    return bad(r, key, msg);
  }
  if (required && n == 0)
    return bad(r, key, "is empty");
  *out = strdup(v->valuestring);
  return *out != NULL ? RP_OK : rp_fail(r->err, RP_ENOMEM, "out of memory");
}

static rp_status get_int(const reader *r, const cJSON *o, const char *key,
                         bool required, int lo, int hi, int *out) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (v == NULL || cJSON_IsNull(v)) {
    if (required)
      return bad(r, key, "is missing");
    *out = 0;
    return RP_OK;
  }
  if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) ||
      v->valuedouble != floor(v->valuedouble) || v->valuedouble < lo ||
      v->valuedouble > hi) {
    char msg[96];
    snprintf(msg, sizeof msg, "must be a whole number from %d to %d", lo, hi);
    return bad(r, key, msg);
  }
  *out = (int)v->valuedouble;
  return RP_OK;
}

/* Refuses keys outside known[]: a typo in a hand-edited assignment
 * ("pass_mrk") must not silently fall back to a default. */
static rp_status only_known(const reader *r, const cJSON *o,
                            const char *const *known) {
  const cJSON *it;
  cJSON_ArrayForEach(it, o) {
    bool found = false;
    for (int i = 0; known[i] != NULL && !found; i++)
      found = it->string != NULL && strcmp(it->string, known[i]) == 0;
    if (!found)
      return rp_fail(r->err, RP_EINPUT,
                     "%s: unknown field '%s%.60s' (the fields are described "
                     "in docs/homework.md)",
                     r->name, r->obj, it->string ? it->string : "?");
  }
  return RP_OK;
}

static bool is_hex64(const char *s) {
  if (strlen(s) != 64)
    return false;
  for (int i = 0; i < 64; i++)
    if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
      return false;
  return true;
}

/* ---- the assignment ------------------------------------------------------ */

static const char *const assignment_fields[] = {
    "format",       "format_version",     "id",         "title",
    "instructions", "scenario",           "pass_mark",  "due",
    "max_attempts", "time_limit_minutes", "created_at", NULL};
static const char *const scenario_fields[] = {"id", "version", "sha256",
                                              "title", NULL};

rp_status homework_parse(const char *name, const char *text, size_t len,
                         homework_assignment *a, rp_error *err) {
  memset(a, 0, sizeof *a);
  reader r = {name, "", err};
  if (len > HOMEWORK_MAX_BYTES)
    return rp_fail(err, RP_EINPUT, "%s: larger than %zu KiB; not an assignment",
                   name, HOMEWORK_MAX_BYTES >> 10);
  cJSON *o = rp_json_parse(name, text, len, err);
  if (o == NULL)
    return RP_EINPUT;
  rp_status st = RP_EINPUT;
  const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(o, "format");
  if (!cJSON_IsObject(o) || !cJSON_IsString(fmt) ||
      strcmp(fmt->valuestring, HOMEWORK_FORMAT) != 0) {
    st = rp_fail(err, RP_EINPUT,
                 "%s: not an assignment (field 'format' is not \"%s\")", name,
                 HOMEWORK_FORMAT);
    goto done;
  }
  int version;
  if ((st = get_int(&r, o, "format_version", true, 1, 1000000, &version)))
    goto done;
  if (version != HOMEWORK_FORMAT_VERSION) {
    st = rp_fail(err, RP_EINPUT,
                 "%s: assignment format version %d is not one this rapport "
                 "reads (it reads %d)",
                 name, version, HOMEWORK_FORMAT_VERSION);
    goto done;
  }
  if ((st = only_known(&r, o, assignment_fields)) ||
      (st = get_string(&r, o, "id", true, HOMEWORK_ID_MAX, &a->id)))
    goto done;
  if (!homework_valid_id(a->id)) {
    st = bad(&r, "id",
             "must be letters, digits, '.', '_' or '-', not starting with "
             "'.' or '-'");
    goto done;
  }
  if ((st = get_string(&r, o, "title", true, HOMEWORK_TEXT_MAX, &a->title)) ||
      (st = get_string(&r, o, "instructions", false, HOMEWORK_TEXT_MAX,
                       &a->instructions)) ||
      (st = get_string(&r, o, "created_at", false, 64, &a->created_at)))
    goto done;
  const cJSON *sc = cJSON_GetObjectItemCaseSensitive(o, "scenario");
  if (!cJSON_IsObject(sc)) {
    st = bad(&r, "scenario", "must be an object {id, version, sha256}");
    goto done;
  }
  reader rs = {name, "scenario.", err};
  if ((st = only_known(&rs, sc, scenario_fields)) ||
      (st = get_string(&rs, sc, "id", true, 128, &a->scenario_id)) ||
      (st = get_string(&rs, sc, "version", true, 64, &a->scenario_version)) ||
      (st = get_string(&rs, sc, "sha256", true, 64, &a->scenario_sha256)) ||
      (st = get_string(&rs, sc, "title", false, HOMEWORK_TEXT_MAX,
                       &a->scenario_title)))
    goto done;
  if (!is_hex64(a->scenario_sha256)) {
    st = bad(&rs, "sha256", "must be 64 lowercase hexadecimal digits");
    goto done;
  }
  const cJSON *pm = cJSON_GetObjectItemCaseSensitive(o, "pass_mark");
  if (pm == NULL) {
    st = bad(&r, "pass_mark", "is missing");
    goto done;
  }
  if (!cJSON_IsNumber(pm) || !isfinite(pm->valuedouble) ||
      pm->valuedouble < 0 || pm->valuedouble > 100) {
    st = bad(&r, "pass_mark", "must be a number from 0 to 100");
    goto done;
  }
  a->pass_mark = pm->valuedouble;
  if ((st = get_string(&r, o, "due", true, 64, &a->due)))
    goto done;
  if (!rp_time_parse(a->due, &a->due_at, NULL)) {
    st = bad(&r, "due",
             "must be a date-time with its time zone, like "
             "\"2026-12-04T17:00:00+01:00\" or \"2026-12-04T16:00:00Z\"");
    goto done;
  }
  if ((st = get_int(&r, o, "max_attempts", true, 1, HOMEWORK_MAX_ATTEMPTS,
                    &a->max_attempts)) ||
      (st = get_int(&r, o, "time_limit_minutes", false, 0, HOMEWORK_MAX_MINUTES,
                    &a->time_limit_minutes)))
    goto done;
  st = RP_OK;
done:
  cJSON_Delete(o);
  if (st != RP_OK)
    homework_free(a);
  return st;
}

void homework_free(homework_assignment *a) {
  free(a->id);
  free(a->title);
  free(a->instructions);
  free(a->scenario_id);
  free(a->scenario_version);
  free(a->scenario_sha256);
  free(a->scenario_title);
  free(a->due);
  free(a->created_at);
  memset(a, 0, sizeof *a);
}

cJSON *homework_build(const homework_assignment *a) {
  cJSON *o = cJSON_CreateObject();
  cJSON *sc = cJSON_CreateObject();
  bool ok = o != NULL && sc != NULL;
  /* Every add is checked: a field silently left out would change what the
   * assignment means. */
  ok = ok && cJSON_AddStringToObject(o, "format", HOMEWORK_FORMAT) &&
       cJSON_AddNumberToObject(o, "format_version", HOMEWORK_FORMAT_VERSION) &&
       cJSON_AddStringToObject(o, "id", a->id) &&
       cJSON_AddStringToObject(o, "title", a->title) &&
       (a->instructions == NULL ||
        cJSON_AddStringToObject(o, "instructions", a->instructions)) &&
       cJSON_AddStringToObject(sc, "id", a->scenario_id) &&
       (a->scenario_title == NULL ||
        cJSON_AddStringToObject(sc, "title", a->scenario_title)) &&
       cJSON_AddStringToObject(sc, "version", a->scenario_version) &&
       cJSON_AddStringToObject(sc, "sha256", a->scenario_sha256);
  if (ok && cJSON_AddItemToObject(o, "scenario", sc))
    sc = NULL; /* o owns it now */
  else
    ok = false;
  ok = ok && cJSON_AddNumberToObject(o, "pass_mark", a->pass_mark) &&
       cJSON_AddStringToObject(o, "due", a->due) &&
       cJSON_AddNumberToObject(o, "max_attempts", a->max_attempts) &&
       (a->time_limit_minutes <= 0 ||
        cJSON_AddNumberToObject(o, "time_limit_minutes",
                                a->time_limit_minutes)) &&
       (a->created_at == NULL ||
        cJSON_AddStringToObject(o, "created_at", a->created_at));
  cJSON_Delete(sc);
  if (!ok) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

/* ---- the homework object of a submission --------------------------------- */

static const char *const attempt_fields[] = {"assignment",         "attempt",
                                             "time_limit_minutes", "timed_out",
                                             "submitted_at",       NULL};

rp_status homework_attempt_parse(const char *name, const cJSON *record,
                                 homework_attempt *h, rp_error *err) {
  memset(h, 0, sizeof *h);
  reader r = {name, "homework.", err};
  const cJSON *o = cJSON_GetObjectItemCaseSensitive(record, "homework");
  if (o == NULL)
    return rp_fail(err, RP_EINPUT,
                   "%s: not a homework submission (no field 'homework'; a "
                   "practice record cannot be graded)",
                   name);
  if (!cJSON_IsObject(o))
    return rp_fail(err, RP_EINPUT, "%s: field 'homework' must be an object",
                   name);
  rp_status st;
  if ((st = only_known(&r, o, attempt_fields)) ||
      (st = get_string(&r, o, "assignment", true, HOMEWORK_ID_MAX,
                       &h->assignment)) ||
      (st = get_int(&r, o, "attempt", true, 1, 1000000, &h->attempt)) ||
      (st = get_int(&r, o, "time_limit_minutes", false, 0, HOMEWORK_MAX_MINUTES,
                    &h->time_limit_minutes)) ||
      (st = get_string(&r, o, "submitted_at", true, 64, &h->submitted_at)))
    goto fail;
  if (!homework_valid_id(h->assignment)) {
    st = bad(&r, "assignment", "is not a valid assignment id");
    goto fail;
  }
  if (!rp_time_parse(h->submitted_at, &h->submitted, NULL)) {
    st = bad(&r, "submitted_at", "must be a date-time with its time zone");
    goto fail;
  }
  const cJSON *to = cJSON_GetObjectItemCaseSensitive(o, "timed_out");
  if (to != NULL && !cJSON_IsBool(to)) {
    st = bad(&r, "timed_out", "must be true or false");
    goto fail;
  }
  h->timed_out = cJSON_IsTrue(to);
  return RP_OK;
fail:
  homework_attempt_free(h);
  return st;
}

void homework_attempt_free(homework_attempt *h) {
  free(h->assignment);
  free(h->submitted_at);
  memset(h, 0, sizeof *h);
}

cJSON *homework_attempt_build(const homework_attempt *h) {
  cJSON *o = cJSON_CreateObject();
  if (o == NULL)
    return NULL;
  if (cJSON_AddStringToObject(o, "assignment", h->assignment) == NULL ||
      cJSON_AddNumberToObject(o, "attempt", h->attempt) == NULL ||
      (h->time_limit_minutes > 0 &&
       cJSON_AddNumberToObject(o, "time_limit_minutes",
                               h->time_limit_minutes) == NULL) ||
      cJSON_AddBoolToObject(o, "timed_out", h->timed_out) == NULL ||
      cJSON_AddStringToObject(o, "submitted_at", h->submitted_at) == NULL) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

int homework_attempts_used(const trainee_history *h,
                           const char *assignment_id) {
  int n = 0;
  for (int i = 0; i < h->n; i++) {
    const cJSON *hw =
        cJSON_GetObjectItemCaseSensitive(h->v[i].rec.json, "homework");
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(hw, "assignment");
    if (cJSON_IsString(id) && strcmp(id->valuestring, assignment_id) == 0)
      n++;
  }
  return n;
}
