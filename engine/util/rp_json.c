/* rp_json.c -- one JSON document from untrusted bytes (rp_json.h). */
#include "util/rp_json.h"

static int line_at(const char *text, size_t at) {
  int line = 1;
  for (size_t i = 0; i < at; i++)
    line += text[i] == '\n';
  return line;
}

cJSON *rp_json_parse(const char *name, const char *text, size_t len,
                     rp_error *err) {
  const char *end = NULL;
  cJSON *o = cJSON_ParseWithLengthOpts(text, len, &end, 0);
  size_t at = end != NULL && end >= text && end <= text + len
                  ? (size_t)(end - text)
                  : 0;
  if (o == NULL) {
    rp_fail(err, RP_EINPUT, "%s:%d: not valid JSON (near byte %zu)", name,
            line_at(text, at), at);
    return NULL;
  }
  for (size_t i = at; i < len; i++) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
      continue;
    cJSON_Delete(o);
    rp_fail(err, RP_EINPUT,
            "%s:%d: not valid JSON (text after the end of the document, "
            "at byte %zu)",
            name, line_at(text, i), i);
    return NULL;
  }
  return o;
}
