/*
 * homework.c -- assignment files and the homework part of submissions
 * (homework.h).
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

/* Where the fields are described: an unknown one is refused (a typo in a
 * hand-edited assignment, "pass_mrk", must not silently fall back to a
 * default) and its message sends the author there. */
#define HOMEWORK_DOCS "docs/homework.md"

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
  rp_json_reader r = {name, "", HOMEWORK_DOCS, err};
  rp_json_reader rs = {name, "scenario.", HOMEWORK_DOCS, err};
  if (len > HOMEWORK_MAX_BYTES)
    return rp_fail(err, RP_EINPUT, "%s: larger than %zu KiB; not an assignment",
                   name, HOMEWORK_MAX_BYTES >> 10);
  cJSON *o;
  rp_status st = rp_json_parse(name, text, len, &o, err);
  if (st != RP_OK)
    return st;
  const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(o, "format");
  if (!cJSON_IsObject(o) || !cJSON_IsString(fmt) ||
      strcmp(fmt->valuestring, HOMEWORK_FORMAT) != 0) {
    st = rp_fail(err, RP_EINPUT,
                 "%s: not an assignment (field 'format' is not \"%s\")", name,
                 HOMEWORK_FORMAT);
    goto done;
  }
  int version;
  if ((st = rp_json_int(&r, o, "format_version", RP_JSON_REQUIRED, 1, 1000000,
                        &version)))
    goto done;
  if (version != HOMEWORK_FORMAT_VERSION) {
    st = rp_fail(err, RP_EINPUT,
                 "%s: assignment format version %d is not one this rapport "
                 "reads (it reads %d)",
                 name, version, HOMEWORK_FORMAT_VERSION);
    goto done;
  }
  if ((st = rp_json_only_known(&r, o, assignment_fields)) ||
      (st = rp_json_string(&r, o, "id", RP_JSON_NONEMPTY, HOMEWORK_ID_MAX,
                           &a->id)))
    goto done;
  if (!homework_valid_id(a->id)) {
    st = rp_json_fail(&r, "id",
                      "must be letters, digits, '.', '_' or '-', not starting "
                      "with '.' or '-'");
    goto done;
  }
  if ((st = rp_json_string(&r, o, "title", RP_JSON_NONEMPTY, HOMEWORK_TEXT_MAX,
                           &a->title)) ||
      (st = rp_json_string(&r, o, "instructions", RP_JSON_OPTIONAL,
                           HOMEWORK_TEXT_MAX, &a->instructions)) ||
      (st = rp_json_string(&r, o, "created_at", RP_JSON_OPTIONAL, 64,
                           &a->created_at)))
    goto done;
  const cJSON *sc = cJSON_GetObjectItemCaseSensitive(o, "scenario");
  if (!cJSON_IsObject(sc)) {
    st =
        rp_json_fail(&r, "scenario", "must be an object {id, version, sha256}");
    goto done;
  }
  if ((st = rp_json_only_known(&rs, sc, scenario_fields)) ||
      (st = rp_json_string(&rs, sc, "id", RP_JSON_NONEMPTY, 128,
                           &a->scenario_id)) ||
      (st = rp_json_string(&rs, sc, "version", RP_JSON_NONEMPTY, 64,
                           &a->scenario_version)) ||
      (st = rp_json_string(&rs, sc, "sha256", RP_JSON_NONEMPTY, 64,
                           &a->scenario_sha256)) ||
      (st = rp_json_string(&rs, sc, "title", RP_JSON_OPTIONAL,
                           HOMEWORK_TEXT_MAX, &a->scenario_title)))
    goto done;
  if (!is_hex64(a->scenario_sha256)) {
    st = rp_json_fail(&rs, "sha256", "must be 64 lowercase hexadecimal digits");
    goto done;
  }
  /* One message for every wrong value, as the whole-number fields have
   * (rp_json_number names the type and the range apart). */
  const cJSON *pm = cJSON_GetObjectItemCaseSensitive(o, "pass_mark");
  if (pm == NULL) {
    st = rp_json_fail(&r, "pass_mark", "is missing");
    goto done;
  }
  if (!cJSON_IsNumber(pm) || !isfinite(pm->valuedouble) ||
      pm->valuedouble < 0 || pm->valuedouble > 100) {
    st = rp_json_fail(&r, "pass_mark", "must be a number from 0 to 100");
    goto done;
  }
  a->pass_mark = pm->valuedouble;
  if ((st = rp_json_string(&r, o, "due", RP_JSON_NONEMPTY, 64, &a->due)))
    goto done;
  if (!rp_time_parse(a->due, &a->due_at, NULL)) {
    st = rp_json_fail(&r, "due",
                      "must be a date-time with its time zone, like "
                      "\"2026-12-04T17:00:00+01:00\" or "
                      "\"2026-12-04T16:00:00Z\"");
    goto done;
  }
  if ((st = rp_json_int(&r, o, "max_attempts", RP_JSON_REQUIRED, 1,
                        HOMEWORK_MAX_ATTEMPTS, &a->max_attempts)) ||
      (st = rp_json_int(&r, o, "time_limit_minutes", RP_JSON_OPTIONAL, 0,
                        HOMEWORK_MAX_MINUTES, &a->time_limit_minutes)))
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
  rp_json_reader top = {name, "", HOMEWORK_DOCS, err};
  rp_json_reader r = {name, "homework.", HOMEWORK_DOCS, err};
  const cJSON *o;
  if (cJSON_GetObjectItemCaseSensitive(record, "homework") == NULL)
    return rp_fail(err, RP_EINPUT,
                   "%s: not a homework submission (no field 'homework'; a "
                   "practice record cannot be graded)",
                   name);
  rp_status st;
  if ((st = rp_json_object(&top, record, "homework", RP_JSON_REQUIRED, &o)))
    return st;
  if ((st = rp_json_only_known(&r, o, attempt_fields)) ||
      (st = rp_json_string(&r, o, "assignment", RP_JSON_NONEMPTY,
                           HOMEWORK_ID_MAX, &h->assignment)) ||
      (st = rp_json_int(&r, o, "attempt", RP_JSON_REQUIRED, 1, 1000000,
                        &h->attempt)) ||
      (st = rp_json_int(&r, o, "time_limit_minutes", RP_JSON_OPTIONAL, 0,
                        HOMEWORK_MAX_MINUTES, &h->time_limit_minutes)) ||
      (st = rp_json_string(&r, o, "submitted_at", RP_JSON_NONEMPTY, 64,
                           &h->submitted_at)))
    goto fail;
  if (!homework_valid_id(h->assignment)) {
    st = rp_json_fail(&r, "assignment", "is not a valid assignment id");
    goto fail;
  }
  if (!rp_time_parse(h->submitted_at, &h->submitted, NULL)) {
    st = rp_json_fail(&r, "submitted_at",
                      "must be a date-time with its time zone");
    goto fail;
  }
  if ((st = rp_json_bool(&r, o, "timed_out", RP_JSON_OPTIONAL, &h->timed_out)))
    goto fail;
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
