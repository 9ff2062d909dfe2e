/*
 * rp_json_print.c -- a cJSON tree as text, byte for byte as cJSON_Print
 * (cJSON 1.7.15, formatted) writes it (rp_json.h).
 *
 * Why not cJSON_Print: its number printer calls localeconv(), which glibc
 * answers by rewriting one static struct, so printing on several threads
 * at once is a data race; and it cannot start at a depth, which is what
 * lets rapport grade render each submission of the gradebook on the
 * thread that graded it and splice the parts.  Being the same bytes is
 * tested against cJSON_Print itself (tests/unit/test_json.c).
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/rp_json.h"

static void tabs(rp_buf *b, int n) {
  static const char t[] = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";
  for (; n > 0; n -= 16)
    rp_buf_add(b, t, n < 16 ? (size_t)n : 16);
}

/* cJSON's escapes: the quote, the backslash, \b \f \n \r \t, \u00XX for
 * the other control characters; every other byte as it is. */
static void string(rp_buf *b, const char *s) {
  if (s == NULL) {
    rp_buf_add(b, "\"\"", 2);
    return;
  }
  rp_buf_add(b, "\"", 1);
  const char *run = s;
  for (const unsigned char *p = (const unsigned char *)s;; p++) {
    unsigned char c = *p;
    if (c > 31 && c != '"' && c != '\\')
      continue;
    rp_buf_add(b, run, (size_t)((const char *)p - run));
    run = (const char *)p + 1;
    if (c == '\0')
      break;
    char esc[8];
    switch (c) {
    case '"': memcpy(esc, "\\\"", 3); break;
    case '\\': memcpy(esc, "\\\\", 3); break;
    case '\b': memcpy(esc, "\\b", 3); break;
    case '\f': memcpy(esc, "\\f", 3); break;
    case '\n': memcpy(esc, "\\n", 3); break;
    case '\r': memcpy(esc, "\\r", 3); break;
    case '\t': memcpy(esc, "\\t", 3); break;
    default: snprintf(esc, sizeof esc, "\\u%04x", c); break;
    }
    rp_buf_puts(b, esc);
  }
  rp_buf_add(b, "\"", 1);
}

/* %1.15g when it reads back as the same number (within cJSON's epsilon),
 * else %1.17g; null for NaN and the infinities.  The decimal point is the
 * C locale's: rapport never sets LC_NUMERIC. */
static void number(rp_buf *b, double d) {
  if (isnan(d) || isinf(d)) {
    rp_buf_add(b, "null", 4);
    return;
  }
  char s[32];
  int n;
  /* A whole number below 10^15 is what %1.15g writes of it, and reads
   * back exactly (-0 is not: %g writes its sign). */
  if (d > -1e15 && d < 1e15 && d == (double)(long long)d &&
      !(d == 0 && signbit(d))) {
    n = snprintf(s, sizeof s, "%lld", (long long)d);
    rp_buf_add(b, s, (size_t)n);
    return;
  }
  n = snprintf(s, sizeof s, "%1.15g", d);
  double back = strtod(s, NULL);
  double most = fabs(back) > fabs(d) ? fabs(back) : fabs(d);
  if (!(fabs(back - d) <= most * DBL_EPSILON))
    n = snprintf(s, sizeof s, "%1.17g", d);
  rp_buf_add(b, s, (size_t)n);
}

bool rp_json_print(rp_buf *b, const cJSON *item, int depth) {
  if (item == NULL)
    return false;
  switch (item->type & 0xFF) {
  case cJSON_NULL: rp_buf_add(b, "null", 4); return true;
  case cJSON_False: rp_buf_add(b, "false", 5); return true;
  case cJSON_True: rp_buf_add(b, "true", 4); return true;
  case cJSON_Number: number(b, item->valuedouble); return true;
  case cJSON_Raw:
    if (item->valuestring == NULL)
      return false;
    rp_buf_puts(b, item->valuestring);
    return true;
  case cJSON_String: string(b, item->valuestring); return true;
  case cJSON_Array:
    rp_buf_add(b, "[", 1);
    for (const cJSON *c = item->child; c != NULL; c = c->next) {
      if (!rp_json_print(b, c, depth + 1))
        return false;
      if (c->next != NULL)
        rp_buf_add(b, ", ", 2);
    }
    rp_buf_add(b, "]", 1);
    return true;
  case cJSON_Object:
    rp_buf_add(b, "{\n", 2);
    for (const cJSON *c = item->child; c != NULL; c = c->next) {
      tabs(b, depth + 1);
      string(b, c->string);
      rp_buf_add(b, ":\t", 2);
      if (!rp_json_print(b, c, depth + 1))
        return false;
      rp_buf_add(b, c->next != NULL ? ",\n" : "\n", c->next != NULL ? 2 : 1);
    }
    tabs(b, depth);
    rp_buf_add(b, "}", 1);
    return true;
  default: return false;
  }
}
