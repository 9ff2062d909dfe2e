/*
 * report_text.c -- the report page's text: HTML escaping and the forms its
 * numbers and dates take.  See report_text.h.
 */
#include "report_text.h"

#include <stdio.h>
#include <string.h>

/* Control characters, which HTML does not allow, become U+FFFD. */
void report_esc(rp_buf *b, const char *s) {
  if (s == NULL)
    return;
  const char *run = s;
  for (const char *p = s;; p++) {
    unsigned char c = (unsigned char)*p;
    const char *rep = NULL;
    switch (c) {
    case '&': rep = "&amp;"; break;
    case '<': rep = "&lt;"; break;
    case '>': rep = "&gt;"; break;
    case '"': rep = "&quot;"; break;
    case '\'': rep = "&#39;"; break;
    default:
      if ((c < 0x20 && c != '\0' && c != '\t' && c != '\n') || c == 0x7f)
        rep = "&#xFFFD;";
    }
    if (rep == NULL && c != '\0')
      continue;
    rp_buf_add(b, run, (size_t)(p - run));
    if (c == '\0')
      break;
    rp_buf_puts(b, rep);
    run = p + 1;
  }
}

void report_esc_n(rp_buf *b, const char *s, size_t n) {
  char t[64];
  if (n >= sizeof t)
    n = sizeof t - 1;
  memcpy(t, s, n);
  t[n] = '\0';
  report_esc(b, t);
}

void report_num(rp_buf *b, double v) {
  char t[32];
  snprintf(t, sizeof t, "%.1f", v);
  size_t n = strlen(t);
  if (n > 2 && strcmp(t + n - 2, ".0") == 0)
    t[n - 2] = '\0';
  rp_buf_puts(b, t);
}

void report_when(rp_buf *b, const char *iso, bool with_time) {
  if (iso == NULL || strlen(iso) < 16 || iso[10] != 'T') {
    report_esc(b, iso);
    return;
  }
  char t[17];
  memcpy(t, iso, 16);
  t[10] = ' ';
  t[with_time ? 16 : 10] = '\0';
  report_esc(b, t);
}
