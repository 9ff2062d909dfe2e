/*
 * rp_json_read.c -- a document's fields by type (rp_json.h).
 *
 * One set of checks and one form of message for every file rapport reads,
 * so that a record, an assignment and the curriculum say the same thing
 * about the same mistake.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/rp_json.h"

rp_status rp_json_fail(const rp_json_reader *r, const char *key,
                       const char *fmt, ...) {
  char what[RP_ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof what, fmt, ap);
  va_end(ap);
  return rp_fail(r->err, RP_EINPUT, "%s: field '%s%s' %s", r->name, r->where,
                 key, what);
}

/* o[key], or NULL when absent (and, when null_absent, when null); with
 * *st set to the error when it was required. */
static const cJSON *field(const rp_json_reader *r, const cJSON *o,
                          const char *key, rp_json_need need, bool null_absent,
                          rp_status *st) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  *st = RP_OK;
  if (v != NULL && !(null_absent && cJSON_IsNull(v)))
    return v;
  if (need != RP_JSON_OPTIONAL)
    *st = rp_json_fail(r, key, "is missing");
  return NULL;
}

rp_status rp_json_string(const rp_json_reader *r, const cJSON *o,
                         const char *key, rp_json_need need, size_t max,
                         char **out) {
  rp_status st;
  const cJSON *v = field(r, o, key, need, true, &st);
  *out = NULL;
  if (v == NULL)
    return st;
  if (!cJSON_IsString(v))
    return rp_json_fail(r, key, "must be a string");
  size_t n = strlen(v->valuestring);
  if (n > max)
    return rp_json_fail(r, key, "is longer than %zu characters", max);
  if (need == RP_JSON_NONEMPTY && n == 0)
    return rp_json_fail(r, key, "is empty");
  *out = strdup(v->valuestring);
  return *out != NULL ? RP_OK : rp_fail(r->err, RP_ENOMEM, "out of memory");
}

rp_status rp_json_int(const rp_json_reader *r, const cJSON *o, const char *key,
                      rp_json_need need, int lo, int hi, int *out) {
  rp_status st;
  const cJSON *v = field(r, o, key, need, true, &st);
  if (v == NULL)
    return st;
  if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) ||
      v->valuedouble != floor(v->valuedouble) || v->valuedouble < lo ||
      v->valuedouble > hi)
    return rp_json_fail(r, key, "must be a whole number from %d to %d", lo, hi);
  *out = (int)v->valuedouble;
  return RP_OK;
}

rp_status rp_json_number(const rp_json_reader *r, const cJSON *o,
                         const char *key, rp_json_need need, double lo,
                         double hi, double *out) {
  rp_status st;
  const cJSON *v = field(r, o, key, need, false, &st);
  if (v == NULL)
    return st;
  if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble))
    return rp_json_fail(r, key, "must be a number");
  if (v->valuedouble < lo || v->valuedouble > hi)
    return rp_json_fail(r, key, "must be from %g to %g", lo, hi);
  *out = v->valuedouble;
  return RP_OK;
}

rp_status rp_json_bool(const rp_json_reader *r, const cJSON *o, const char *key,
                       rp_json_need need, bool *out) {
  rp_status st;
  const cJSON *v = field(r, o, key, need, false, &st);
  if (v == NULL)
    return st;
  if (!cJSON_IsBool(v))
    return rp_json_fail(r, key, "must be true or false");
  *out = cJSON_IsTrue(v);
  return RP_OK;
}

rp_status rp_json_object(const rp_json_reader *r, const cJSON *o,
                         const char *key, rp_json_need need,
                         const cJSON **out) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  *out = NULL;
  if (v == NULL && need == RP_JSON_OPTIONAL)
    return RP_OK;
  if (!cJSON_IsObject(v))
    return rp_json_fail(r, key, "must be an object");
  *out = v;
  return RP_OK;
}

rp_status rp_json_array(const rp_json_reader *r, const cJSON *o,
                        const char *key, rp_json_need need, int max,
                        const cJSON **out) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  *out = NULL;
  if (v == NULL && need == RP_JSON_OPTIONAL)
    return RP_OK;
  bool nonempty = need == RP_JSON_NONEMPTY;
  if (!cJSON_IsArray(v) || (nonempty && cJSON_GetArraySize(v) == 0))
    return rp_json_fail(
        r, key, nonempty ? "must be a non-empty list" : "must be a list");
  if (cJSON_GetArraySize(v) > max)
    return rp_json_fail(r, key, "has too many entries");
  *out = v;
  return RP_OK;
}

rp_status rp_json_only_known(const rp_json_reader *r, const cJSON *o,
                             const char *const *known) {
  const cJSON *it;
  cJSON_ArrayForEach(it, o) {
    bool found = false;
    for (int i = 0; known[i] != NULL && !found; i++)
      found = it->string != NULL && strcmp(it->string, known[i]) == 0;
    if (found)
      continue;
    const char *key = it->string != NULL ? it->string : "?";
    if (r->docs == NULL)
      return rp_fail(r->err, RP_EINPUT, "%s: unknown field '%s%.60s'", r->name,
                     r->where, key);
    return rp_fail(r->err, RP_EINPUT,
                   "%s: unknown field '%s%.60s' (the fields are described "
                   "in %s)",
                   r->name, r->where, key, r->docs);
  }
  return RP_OK;
}
