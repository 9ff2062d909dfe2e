/* cli_term.c -- probe the terminal behind a stream for a term_style, and the
 * front end's one writer (cli_term.h). */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* getentropy */
#endif
#include "cli_term.h"

#include <langinfo.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "cli_opts.h"

/* A key nobody outside this process can know: from the kernel, else (no
 * getentropy) from the clock, the process id and where the stack is. */
static uint64_t secret_key(void) {
  uint64_t k = 0;
  if (getentropy(&k, sizeof k) == 0 && k != 0)
    return k;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  k = (uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15u ^ (uint64_t)ts.tv_sec ^
      (uint64_t)getpid() << 32 ^ (uint64_t)(uintptr_t)&ts;
  return k;
}

term_style cli_term_style(FILE *f) {
  static bool sealed;
  if (!sealed) {
    term_seal(secret_key());
    sealed = true;
  }
  term_style st = {false, false, 80};
  int fd = fileno(f);
  bool tty = fd >= 0 && isatty(fd);
  const char *term = getenv("TERM");
  const char *no_color = getenv("NO_COLOR");
  st.color = tty && (no_color == NULL || no_color[0] == '\0') &&
             !(term != NULL && strcmp(term, "dumb") == 0);
  if (tty) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
      st.width = ws.ws_col;
  }
  long long cols;
  if (!tty && cli_parse_int(getenv("COLUMNS"), 20, INT_MAX, &cols))
    st.width = (int)cols;
  if (st.width > 100)
    st.width = 100; /* long lines read badly, even on wide screens */
  const char *cs = nl_langinfo(CODESET);
  st.unicode = cs != NULL && strcmp(cs, "UTF-8") == 0;
  return st;
}

/* ---- the writer: the only code of the front end that calls stdio -------- */

static bool lost;

bool cli_term_lost(void) { return lost; }

static void to_file(void *ctx, const char *s, size_t n) {
  fwrite(s, 1, n, ctx);
}

static int clean(FILE *f, const char *s, size_t n, unsigned flags) {
  term_clean_to(s, n, flags, to_file, f);
  return ferror(f) ? EOF : 0;
}

int cli_write(FILE *f, const char *s, size_t n) {
  return clean(f, s, n, TERM_CLEAN_STYLE);
}

int cli_puts(FILE *f, const char *s) { return cli_write(f, s, strlen(s)); }

int cli_put_json(FILE *f, const char *json) {
  return clean(f, json, strlen(json), TERM_CLEAN_JSON);
}

int cli_put_json_n(FILE *f, const char *json, size_t n) {
  return clean(f, json, n, TERM_CLEAN_JSON);
}

int cli_vprintf(FILE *f, const char *fmt, va_list ap) {
  char small[1024];
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  int rc = EOF;
  if (n < 0) {
    lost = true;
  } else if ((size_t)n < sizeof small) {
    rc = cli_write(f, small, (size_t)n);
  } else {
    char *big = malloc((size_t)n + 1);
    if (big == NULL) {
      lost = true;
    } else {
      vsnprintf(big, (size_t)n + 1, fmt, again);
      rc = cli_write(f, big, (size_t)n);
      free(big);
    }
  }
  va_end(again);
  return rc;
}

int cli_printf(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int rc = cli_vprintf(f, fmt, ap);
  va_end(ap);
  return rc;
}
