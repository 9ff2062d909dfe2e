/*
 * rp_json.c -- one JSON document from untrusted bytes (rp_json.h).
 *
 * The parser is rapport's own, building cJSON's tree: cJSON's parser
 * writes a static error position on every call, so two grading threads
 * parsing at once race on it (ThreadSanitizer sees it:
 * tests/e2e/tsan_grade.sh).  This one keeps its state on the caller's stack
 * and touches nothing shared but cJSON's allocation hooks, which it only
 * reads.  It accepts strict JSON (RFC 8259) within cJSON 1.7's limits (a
 * number is under 64 characters, containers nest at most
 * CJSON_NESTING_LIMIT deep, a \u escape is never a lone surrogate) and
 * builds the tree cJSON builds for it; where it fails, it names the byte
 * cJSON names, so messages did not change when it replaced cJSON's.
 *
 * Parsing fails both on text that is not JSON and on an allocation that
 * failed.  Telling them apart matters: a grader must not mark a valid
 * submission malformed because memory ran out.  So when an allocation
 * fails the text is checked again with a syntax check that allocates
 * nothing (is_value); when that accepts it, the failure was memory.
 */
#include "util/rp_json.h"

#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int line_at(const char *text, size_t at) {
  int line = 1;
  for (size_t i = 0; i < at; i++)
    line += text[i] == '\n';
  return line;
}

/* ---- the check that allocates nothing ------------------------------------
 * It accepts what the parser below accepts (given memory): strict JSON
 * (RFC 8259) less a lone UTF-16 surrogate escape, a number of 64
 * characters or more, nesting CJSON_NESTING_LIMIT deep.  Where the two
 * differ it must be the stricter: a yes turns a failed parse into "out of
 * memory", a wrong no only keeps "not valid JSON".  It reads the first
 * value only, as the parser does; what follows is rp_json_parse's to
 * judge. */

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

/* ---- the parser ------------------------------------------------------------
 * Recursive descent over [0, len), building cJSON nodes with cJSON_malloc
 * (so cJSON_Delete frees them, and cJSON_InitHooks applies).  It reads
 * what cJSON 1.7.15 reads, the way cJSON reads it, so that on text cJSON
 * refuses p->at ends where cJSON reports the error (its quirks included: a
 * key that does not start with a quote fails one byte past it).  What
 * cJSON lets through that strict JSON does not (control characters as
 * white space or inside strings, "01" and "1." as numbers, a bad hex digit
 * in \u as zero, a byte order mark) is noted in p->loose, the first such
 * byte, and refused once the document has parsed.  p->nomem says whether
 * an allocation failed. */

#define STRICT SIZE_MAX /* p->loose: nothing loose seen */

typedef struct parser {
  const unsigned char *t;
  size_t len, at;
  size_t loose; /* the first byte strict JSON refuses, or STRICT */
  int depth;
  bool nomem;
} parser;

static void loose(parser *p, size_t at) {
  if (p->loose == STRICT)
    p->loose = at;
}

/* cJSON's skip: every byte up to 32 (strictly, four of them are white
 * space), up to the last byte, never past it. */
static void p_skip(parser *p) {
  if (p->at >= p->len)
    return;
  for (; p->at < p->len && p->t[p->at] <= ' '; p->at++)
    if (p->t[p->at] != ' ' && p->t[p->at] != '\t' && p->t[p->at] != '\n' &&
        p->t[p->at] != '\r')
      loose(p, p->at);
  if (p->at == p->len)
    p->at--;
}

static cJSON *p_node(parser *p) {
  cJSON *n = cJSON_malloc(sizeof *n);
  if (n == NULL) {
    p->nomem = true;
    return NULL;
  }
  memset(n, 0, sizeof *n);
  return n;
}

/* The four hex digits at q, as cJSON reads them: 0 when one is not a hex
 * digit (noted as loose at `at`). */
static unsigned hex_at(parser *p, const unsigned char *q, size_t at) {
  unsigned u = 0;
  for (int i = 0; i < 4; i++) {
    unsigned char c = q[i];
    unsigned d = is_digit(c)              ? (unsigned)(c - '0')
                 : (c >= 'a' && c <= 'f') ? (unsigned)(c - 'a' + 10)
                 : (c >= 'A' && c <= 'F') ? (unsigned)(c - 'A' + 10)
                                          : 16u;
    if (d == 16) {
      loose(p, at);
      return 0;
    }
    u = u << 4 | d;
  }
  return u;
}

static unsigned char *put_utf8(unsigned char *o, unsigned long cp) {
  if (cp < 0x80) {
    *o++ = (unsigned char)cp;
  } else if (cp < 0x800) {
    *o++ = (unsigned char)(0xC0 | cp >> 6);
    *o++ = (unsigned char)(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *o++ = (unsigned char)(0xE0 | cp >> 12);
    *o++ = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    *o++ = (unsigned char)(0x80 | (cp & 0x3F));
  } else {
    *o++ = (unsigned char)(0xF0 | cp >> 18);
    *o++ = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    *o++ = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    *o++ = (unsigned char)(0x80 | (cp & 0x3F));
  }
  return o;
}

/* The string whose opening quote is at p->at, unescaped into a new buffer
 * (cJSON_malloc'd, the caller's) or NULL.  A \u0000 ends the C string
 * there, as in cJSON. */
static char *p_string(parser *p) {
  const unsigned char *t = p->t;
  size_t from = p->at + 1, end = from, skipped = 0;
  if (p->at >= p->len || t[p->at] != '"') {
    p->at = from;
    return NULL;
  }
  /* Most strings hold no escape and no control character: run to the
   * closing quote, then copy; else go escape by escape. */
  while (end < p->len && t[end] != '"' && t[end] != '\\' && t[end] >= 0x20)
    end++;
  bool plain = end < p->len && t[end] == '"';
  if (!plain)
    for (; end < p->len && t[end] != '"'; end++)
      if (t[end] == '\\') {
        if (end + 1 >= p->len) {
          p->at = from;
          return NULL;
        }
        skipped++;
        end++;
      }
  if (end >= p->len) {
    p->at = from;
    return NULL;
  }
  unsigned char *out = cJSON_malloc(end - p->at - skipped + 1);
  if (out == NULL) {
    p->nomem = true;
    p->at = from;
    return NULL;
  }
  static const char esc[] = "bfnrt\"\\/", to[] = "\b\f\n\r\t\"\\/";
  unsigned char *o = out;
  size_t i = from;
  if (plain) { /* the bytes as they are */
    memcpy(o, t + from, end - from);
    o += end - from;
    i = end;
  }
  while (i < end) {
    if (t[i] != '\\') {
      if (t[i] < 0x20)
        loose(p, i);
      *o++ = t[i++];
      continue;
    }
    unsigned char c = t[i + 1];
    const char *simple = c != '\0' ? strchr(esc, c) : NULL;
    if (simple != NULL) {
      *o++ = (unsigned char)to[simple - esc];
      i += 2;
      continue;
    }
    bool bad = c != 'u' || end - i < 6;
    unsigned long cp = bad ? 0 : hex_at(p, t + i + 2, i);
    size_t n = 6;
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
      bad = true; /* a lone low surrogate */
    } else if (!bad && cp >= 0xD800 && cp <= 0xDBFF) {
      /* a high surrogate: its low half must follow */
      bad = end - i < 12 || t[i + 6] != '\\' || t[i + 7] != 'u';
      unsigned low = bad ? 0 : hex_at(p, t + i + 8, i);
      bad = bad || low < 0xDC00 || low > 0xDFFF;
      cp = 0x10000 + ((cp & 0x3FF) << 10 | (low & 0x3FF));
      n = 12;
    }
    if (bad) {
      cJSON_free(out);
      p->at = i;
      return NULL;
    }
    o = put_utf8(o, cp);
    i += n;
  }
  *o = '\0';
  p->at = end + 1;
  return (char *)out;
}

/* The value strtod gives for the m characters at s, without strtod, when
 * that is exact arithmetic: at most 15 digits with an optional sign and
 * point and no exponent, so that the digits are an integer below 2^53 and
 * the point divides by a power of ten below 10^22, both exact doubles, and
 * IEEE division rounds the quotient correctly, as strtod does (Clinger's
 * fast path).  Grading reads hundreds of numbers per submission; most are
 * such.  *end is where strtod would stop: after the digits. */
static bool exact_decimal(const char *s, size_t m, double *out, char **end) {
  static const double tens[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  size_t i = s[0] == '-';
  uint64_t v = 0;
  int digits = 0, after = -1;
  for (; i < m; i++) {
    if (is_digit((unsigned char)s[i])) {
      v = v * 10 + (uint64_t)(s[i] - '0');
      digits++;
      if (after >= 0)
        after++;
    } else if (s[i] == '.' && after < 0 && digits > 0 && i + 1 < m &&
               is_digit((unsigned char)s[i + 1])) {
      after = 0;
    } else {
      break; /* an exponent, a sign, a second point: strtod's work */
    }
  }
  if (digits == 0 || digits > 15 || (i < m && s[i] != '\0'))
    return false;
  double d = (double)v;
  if (after > 0)
    d /= tens[after];
  *out = s[0] == '-' ? -d : d;
  *end = (char *)s + i;
  return true;
}

/* A number at p->at, read as cJSON reads it: strtod over a copy of at
 * most 63 of the characters a number may hold, valueint saturated. */
static bool p_number(parser *p, cJSON *n) {
  char buf[64];
  size_t m = 0;
  for (; m < 63 && p->at + m < p->len; m++) {
    unsigned char c = p->t[p->at + m];
    if (!is_digit(c) && c != '+' && c != '-' && c != 'e' && c != 'E' &&
        c != '.')
      break;
  }
  memcpy(buf, p->t + p->at, m);
  buf[m] = '\0';
  char *e;
  double d;
  if (!exact_decimal(buf, m, &d, &e))
    d = strtod(buf, &e);
  char *dot = strchr(buf, '.');
  if (dot != NULL && e == dot) {
    /* A locale whose decimal point is not '.': cJSON writes the locale's
     * point into its copy.  (rapport never sets LC_NUMERIC; a program
     * using this library might.) */
    *dot = localeconv()->decimal_point[0];
    d = strtod(buf, &e);
  }
  size_t k = (size_t)(e - buf);
  if (k == 0)
    return false;
  /* strict JSON reads the same characters, or the text is loose */
  scan s = {p->t + p->at, p->t + p->len};
  if (!is_number(&s) || (size_t)(s.p - (p->t + p->at)) != k)
    loose(p, p->at);
  n->type = cJSON_Number;
  n->valuedouble = d;
  n->valueint = d >= INT_MAX           ? INT_MAX
                : d <= (double)INT_MIN ? INT_MIN
                                       : (int)d;
  p->at += k;
  return true;
}

static bool p_value(parser *p, cJSON *n);

/* An array or object at p->at, its children linked as cJSON links them
 * (the first child's prev is the last). */
static bool p_container(parser *p, cJSON *n) {
  bool object = p->t[p->at] == '{';
  unsigned char close = object ? '}' : ']';
  if (p->depth >= CJSON_NESTING_LIMIT)
    return false;
  p->depth++;
  n->type = object ? cJSON_Object : cJSON_Array;
  p->at++;
  p_skip(p);
  if (p->at < p->len && p->t[p->at] == close)
    goto done;
  if (p->at >= p->len) {
    p->at--;
    return false;
  }
  for (cJSON *last = NULL;;) {
    cJSON *c = p_node(p);
    if (c == NULL)
      return false;
    if (last == NULL)
      n->child = c;
    else {
      last->next = c;
      c->prev = last;
    }
    last = c;
    n->child->prev = last;
    p_skip(p);
    if (object) {
      if ((c->string = p_string(p)) == NULL)
        return false;
      p_skip(p);
      if (p->at >= p->len || p->t[p->at] != ':')
        return false;
      p->at++;
      p_skip(p);
    }
    if (!p_value(p, c))
      return false;
    p_skip(p);
    if (p->at >= p->len || p->t[p->at] != ',')
      break;
    p->at++;
  }
  if (p->at >= p->len || p->t[p->at] != close)
    return false;
done:
  p->depth--;
  p->at++;
  return true;
}

static bool literal(parser *p, const char *word, size_t n) {
  if (p->len - p->at < n || memcmp(p->t + p->at, word, n) != 0)
    return false;
  p->at += n;
  return true;
}

static bool p_value(parser *p, cJSON *n) {
  if (p->at >= p->len)
    return false;
  unsigned char c = p->t[p->at];
  if (literal(p, "null", 4))
    n->type = cJSON_NULL;
  else if (literal(p, "false", 5))
    n->type = cJSON_False;
  else if (literal(p, "true", 4)) {
    n->type = cJSON_True;
    n->valueint = 1;
  } else if (c == '"') {
    n->type = cJSON_String;
    return (n->valuestring = p_string(p)) != NULL;
  } else if (c == '-' || is_digit(c))
    return p_number(p, n);
  else if (c == '[' || c == '{')
    return p_container(p, n);
  else
    return false;
  return true;
}

rp_status rp_json_parse(const char *name, const char *text, size_t len,
                        cJSON **out, rp_error *err) {
  parser p = {(const unsigned char *)text, len, 0, STRICT, 0, false};
  *out = NULL;
  bool parsed = false;
  cJSON *root = len > 0 ? p_node(&p) : NULL;
  if (root != NULL) {
    /* cJSON skips a byte order mark (given five bytes); JSON has none */
    if (len > 4 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
      loose(&p, 0);
      p.at = 3;
    }
    p_skip(&p);
    parsed = p_value(&p, root);
    if (parsed && p.loose == STRICT)
      *out = root;
    else
      cJSON_Delete(root);
  }
  /* where cJSON would stop, or, for what cJSON would take but JSON does
   * not, the first byte that is not JSON */
  size_t at = parsed ? p.loose : p.at < len ? p.at : len > 0 ? len - 1 : 0;
  if (*out == NULL) {
    if (p.nomem) {
      scan s = {(const unsigned char *)text, (const unsigned char *)text + len};
      if (is_value(&s, 0))
        return rp_fail(err, RP_ENOMEM, "%s: out of memory", name);
    }
    return rp_fail(err, RP_EINPUT, "%s:%d: not valid JSON (near byte %zu)",
                   name, line_at(text, at), at);
  }
  for (size_t i = p.at; i < len; i++) {
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
