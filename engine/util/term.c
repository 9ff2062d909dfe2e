/* term.c -- colour sequences, the sanitiser, wrapping and UTF-8 widths, into
 * buffers (no I/O: the terminal itself is probed by cli/cli_term.c). */
#include "util/term.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Our style sequences: a mark per style, sealed with the process's key
 * (term.h).  A mark is ESC _ "rp" KEY CODE ESC \ (an APC string that a
 * terminal would ignore), the same length for every style. */
enum { BOLD, DIM, GREEN, RED, YELLOW, CYAN, RESET, STYLES };
static const char *const ANSI[STYLES] = {"\033[1m",  "\033[2m",  "\033[32m",
                                         "\033[31m", "\033[33m", "\033[36m",
                                         "\033[0m"};
#define MARK_HEAD 4 /* ESC _ r p */
#define MARK_KEY 16 /* hex digits */
#define MARK_LEN (MARK_HEAD + MARK_KEY + 1 + 2)
static char marks[STYLES][MARK_LEN + 1];
static bool sealed;

void term_seal(uint64_t key) {
  if (sealed)
    return;
  for (int i = 0; i < STYLES; i++)
    snprintf(marks[i], sizeof marks[i], "\033_rp%016llx%c\033\\",
             (unsigned long long)key, 'a' + i);
  sealed = true;
}

#define SEQ(name, i)                                                           \
  const char *name(const term_style *st) {                                     \
    return st->color && sealed ? marks[i] : "";                                \
  }
SEQ(term_bold, BOLD)
SEQ(term_dim, DIM)
SEQ(term_green, GREEN)
SEQ(term_red, RED)
SEQ(term_yellow, YELLOW)
SEQ(term_cyan, CYAN)
SEQ(term_reset, RESET)

/* The style whose sealed mark starts the n bytes at s, or -1. */
static int mark_at(const char *s, size_t n) {
  if (!sealed || n < MARK_LEN ||
      memcmp(s, marks[0], MARK_HEAD + MARK_KEY) != 0 ||
      memcmp(s + MARK_LEN - 2, "\033\\", 2) != 0)
    return -1;
  int i = s[MARK_HEAD + MARK_KEY] - 'a';
  return i >= 0 && i < STYLES ? i : -1;
}

static int columns_n(const char *s, size_t n) {
  int c = 0;
  for (size_t i = 0; i < n; i++)
    c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

int term_columns(const char *s) { return columns_n(s, strlen(s)); }

void term_wrap(rp_buf *b, const char *text, int width, int indent, int first) {
  int col = first;
  bool at_start = true; /* no word on this line yet */
  for (const char *p = text; *p;) {
    if (*p == '\n' || *p == ' ') {
      if (*p == '\n') {
        rp_buf_puts(b, "\n");
        rp_buf_printf(b, "%*s", indent, "");
        col = indent;
        at_start = true;
      }
      p++;
      continue;
    }
    size_t n = strcspn(p, " \n");
    int w = columns_n(p, n);
    if (!at_start && col + 1 + w > width) {
      rp_buf_puts(b, "\n");
      rp_buf_printf(b, "%*s", indent, "");
      col = indent;
      at_start = true;
    }
    if (!at_start) {
      rp_buf_puts(b, " ");
      col++;
    }
    rp_buf_add(b, p, n);
    col += w;
    at_start = false;
    p += n;
  }
}

/* The length of the UTF-8 sequence at s (at most len bytes) with its code
 * point in *cp, or 0 when it is not valid UTF-8 (overlong forms,
 * surrogates, beyond U+10FFFF, truncated). */
static size_t utf8_next(const unsigned char *s, size_t len, unsigned *cp) {
  unsigned c = s[0];
  size_t n;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    n = 1;
    *cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 2;
    *cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 3;
    *cp = c & 0x07;
  } else {
    return 0;
  }
  for (size_t k = 1; k <= n; k++) {
    if (k >= len || (s[k] & 0xC0) != 0x80)
      return 0;
    *cp = (*cp << 6) | (s[k] & 0x3F);
  }
  if ((n == 1 && *cp < 0x80) || (n == 2 && *cp < 0x800) ||
      (n == 3 && *cp < 0x10000) || *cp > 0x10FFFF ||
      (*cp >= 0xD800 && *cp <= 0xDFFF))
    return 0;
  return n + 1;
}

bool term_utf8_valid(const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  unsigned cp;
  for (size_t i = 0, n; i < len; i += n)
    if ((n = utf8_next(s + i, len - i, &cp)) == 0)
      return false;
  return true;
}

void term_clean_to(const char *str, size_t len, unsigned flags, term_sink *sink,
                   void *ctx) {
  const unsigned char *s = (const unsigned char *)str;
  bool line = flags & TERM_CLEAN_LINE;
  size_t run = 0; /* where the bytes not yet sent begin */
  size_t i = 0;
  while (i < len) {
    unsigned c = s[i], cp = c;
    size_t n = 1;
    int style = -1;
    bool safe;
    if (c >= 0x20 && c < 0x7f)
      safe = true;
    else if (c == '\n' || c == '\t')
      safe = !line;
    else if (c == '\r')
      safe = !line && i + 1 < len && s[i + 1] == '\n';
    else if (c == 0x1b && (flags & TERM_CLEAN_STYLE) &&
             (style = mark_at(str + i, len - i)) >= 0) {
      safe = false;
      n = MARK_LEN;
    } else if (c >= 0x80) {
      n = utf8_next(s + i, len - i, &cp);
      safe = n > 0 && cp >= 0xA0; /* C1 controls are U+0080-U+009F */
      if (n == 0) {
        n = 1;
        cp = 0xFFFD;
      }
    } else {
      safe = false; /* C0 controls and DEL */
    }
    if (safe) {
      i += n;
      continue;
    }
    if (i > run)
      sink(ctx, str + run, i - run);
    if (style >= 0) {
      sink(ctx, ANSI[style], strlen(ANSI[style]));
    } else if (flags & TERM_CLEAN_JSON) {
      char u[8];
      snprintf(u, sizeof u, "\\u%04x", cp);
      sink(ctx, u, 6);
    } else {
      sink(ctx, "?", 1);
    }
    i += n;
    run = i;
  }
  if (len > run)
    sink(ctx, str + run, len - run);
}

/* In place: what is sent never overtakes what is read (a run ends where
 * reading is, a replacement is never longer than what it replaces). */
static void to_self(void *ctx, const char *s, size_t n) {
  char **dst = ctx;
  memmove(*dst, s, n);
  *dst += n;
}

size_t term_clean_str(char *s, unsigned flags) {
  char *dst = s;
  term_clean_to(s, strlen(s), flags & ~(unsigned)TERM_CLEAN_JSON, to_self,
                &dst);
  *dst = '\0';
  return (size_t)(dst - s);
}

void term_bar(rp_buf *b, const term_style *st, double value, int cells) {
  if (value < 0)
    value = 0;
  if (value > 100)
    value = 100;
  int full = (int)(value * cells / 100.0 + 0.5);
  for (int i = 0; i < cells; i++)
    rp_buf_puts(b, i < full ? (st->unicode ? "\xe2\x96\x88" : "#")
                            : (st->unicode ? "\xe2\x96\x91" : "."));
}
