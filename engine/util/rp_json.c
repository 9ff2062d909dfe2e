/*
 * rp_json.c -- one JSON document from untrusted bytes (rp_json.h).
 *
 * cJSON returns NULL both for text that is not JSON and for an allocation
 * that failed.  Telling them apart matters: a grader must not mark a valid
 * submission malformed because memory ran out.  So when a parse fails the
 * text is checked again with a syntax check that allocates nothing
 * (is_value); when that accepts it, the failure was memory.
 */
#include "util/rp_json.h"

#include <string.h>

static int line_at(const char *text, size_t at) {
  int line = 1;
  for (size_t i = 0; i < at; i++)
    line += text[i] == '\n';
  return line;
}

/* ---- the check that allocates nothing ------------------------------------
 * It accepts strict JSON (RFC 8259) less what cJSON 1.7 refuses in it:
 * a lone UTF-16 surrogate escape, a number of 64 characters or more (cJSON
 * reads at most 63), nesting CJSON_NESTING_LIMIT deep.  Where the two
 * differ it must be the stricter: a yes turns a failed parse into "out of
 * memory", a wrong no only keeps "not valid JSON".  It reads the first
 * value only, as cJSON does; what follows is rp_json_parse's to judge. */

typedef struct scan {
  const unsigned char *p, *end;
} scan;

static void skip_space(scan *s) {
  while (s->p < s->end &&
         (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static bool digits(scan *s) {
  const unsigned char *from = s->p;
  while (s->p < s->end && is_digit(*s->p))
    s->p++;
  return s->p > from;
}

static bool is_number(scan *s) {
  const unsigned char *from = s->p;
  if (s->p < s->end && *s->p == '-')
    s->p++;
  if (s->p < s->end && *s->p == '0')
    s->p++;
  else if (s->p >= s->end || *s->p < '1' || *s->p > '9' || !digits(s))
    return false;
  if (s->p < s->end && *s->p == '.') {
    s->p++;
    if (!digits(s))
      return false;
  }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E')) {
    s->p++;
    if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
      s->p++;
    if (!digits(s))
      return false;
  }
  return s->p - from < 64;
}

/* Reads the four hex digits of a \u escape into *u. */
static bool hex4(scan *s, unsigned *u) {
  if (s->end - s->p < 4)
    return false;
  *u = 0;
  for (int i = 0; i < 4; i++) {
    unsigned char c = *s->p++;
    unsigned d = is_digit(c)              ? (unsigned)(c - '0')
                 : (c >= 'a' && c <= 'f') ? (unsigned)(c - 'a' + 10)
                 : (c >= 'A' && c <= 'F') ? (unsigned)(c - 'A' + 10)
                                          : 16u;
    if (d == 16)
      return false;
    *u = *u << 4 | d;
  }
  return true;
}

static bool is_string(scan *s) {
  s->p++; /* the opening quote */
  while (s->p < s->end) {
    unsigned char c = *s->p++;
    if (c == '"')
      return true;
    if (c < 0x20)
      return false;
    if (c != '\\')
      continue;
    if (s->p >= s->end)
      return false;
    c = *s->p++;
    if (c == 'u') {
      unsigned u, low;
      if (!hex4(s, &u) || (u >= 0xDC00 && u <= 0xDFFF))
        return false;
      if (u < 0xD800 || u > 0xDBFF)
        continue;
      /* a high surrogate: its low half must follow */
      if (s->end - s->p < 2 || s->p[0] != '\\' || s->p[1] != 'u')
        return false;
      s->p += 2;
      if (!hex4(s, &low) || low < 0xDC00 || low > 0xDFFF)
        return false;
    } else if (c == 0 || strchr("\"\\/bfnrt", c) == NULL) {
      return false;
    }
  }
  return false;
}

static bool is_literal(scan *s, const char *word) {
  size_t n = strlen(word);
  if ((size_t)(s->end - s->p) < n || memcmp(s->p, word, n) != 0)
    return false;
  s->p += n;
  return true;
}

/* One value at s->p (white space before it skipped), depth containers deep. */
static bool is_value(scan *s, int depth) {
  skip_space(s);
  if (s->p >= s->end)
    return false;
  unsigned char open = *s->p;
  if (open == '"')
    return is_string(s);
  if (open == '-' || is_digit(open))
    return is_number(s);
  if (open != '[' && open != '{')
    return is_literal(s, "true") || is_literal(s, "false") ||
           is_literal(s, "null");
  if (depth >= CJSON_NESTING_LIMIT)
    return false;
  unsigned char close = open == '[' ? ']' : '}';
  s->p++;
  skip_space(s);
  if (s->p < s->end && *s->p == close) {
    s->p++;
    return true;
  }
  for (;;) {
    if (open == '{') {
      skip_space(s);
      if (s->p >= s->end || *s->p != '"' || !is_string(s))
        return false;
      skip_space(s);
      if (s->p >= s->end || *s->p++ != ':')
        return false;
    }
    if (!is_value(s, depth + 1))
      return false;
    skip_space(s);
    if (s->p >= s->end)
      return false;
    unsigned char c = *s->p++;
    if (c == close)
      return true;
    if (c != ',')
      return false;
  }
}

rp_status rp_json_parse(const char *name, const char *text, size_t len,
                        cJSON **out, rp_error *err) {
  const char *end = NULL;
  *out = cJSON_ParseWithLengthOpts(text, len, &end, 0);
  size_t at = end != NULL && end >= text && end <= text + len
                  ? (size_t)(end - text)
                  : 0;
  if (*out == NULL) {
    if (len > 0) {
      scan s = {(const unsigned char *)text, (const unsigned char *)text + len};
      if (is_value(&s, 0))
        return rp_fail(err, RP_ENOMEM, "%s: out of memory", name);
    }
    return rp_fail(err, RP_EINPUT, "%s:%d: not valid JSON (near byte %zu)",
                   name, line_at(text, at), at);
  }
  for (size_t i = at; i < len; i++) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
      continue;
    cJSON_Delete(*out);
    *out = NULL;
    return rp_fail(err, RP_EINPUT,
                   "%s:%d: not valid JSON (text after the end of the "
                   "document, at byte %zu)",
                   name, line_at(text, i), i);
  }
  return RP_OK;
}
