/* term.c -- colour sequences, wrapping and UTF-8 widths, into buffers (no I/O:
 * the terminal itself is probed by cli/cli_term.c). */
#include "util/term.h"

#include <stdlib.h>
#include <string.h>

#define SEQ(name, code)                                                        \
  const char *name(const term_style *st) { return st->color ? code : ""; }
SEQ(term_bold, "\033[1m")
SEQ(term_dim, "\033[2m")
SEQ(term_green, "\033[32m")
SEQ(term_red, "\033[31m")
SEQ(term_yellow, "\033[33m")
SEQ(term_cyan, "\033[36m")
SEQ(term_reset, "\033[0m")

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

bool term_utf8_valid(const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < len) {
    unsigned c = s[i];
    size_t n;
    unsigned cp;
    if (c < 0x80) {
      i++;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    for (size_t k = 1; k <= n; k++) {
      if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
        return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    /* overlong forms, surrogates, beyond U+10FFFF */
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) ||
        (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += n + 1;
  }
  return true;
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
