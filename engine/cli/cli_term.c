/* cli_term.c -- probe the terminal behind a stream for a term_style. */
#include "cli_term.h"

#include <langinfo.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli_opts.h"

term_style cli_term_style(FILE *f) {
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
