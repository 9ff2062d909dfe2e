/* main.c -- rapport's entry point. */
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_term.h"
#include "repl.h"

int main(int argc, char **argv) {
  /* For the terminal's character set only (block characters, wrapping);
   * number formatting stays in the C locale so records are the same
   * everywhere. */
  setlocale(LC_CTYPE, "");
  /* A file size limit (ulimit -f) reached makes write() fail with EFBIG,
   * reported like a full disk, instead of killing rapport mid-save. */
  signal(SIGXFSZ, SIG_IGN);
  int rc = cli_main(argc, argv);
  /* Output that could not be written (a full disk, /dev/full) is an error,
   * said once; a closed pipe is no news to whoever closed it. */
  errno = 0;
  if (fflush(stdout) != 0 || ferror(stdout) || cli_term_lost()) {
    if (errno != EPIPE)
      cli_printf(stderr, "rapport: could not write the output%s%s\n",
                 errno != 0 ? ": " : "", errno != 0 ? strerror(errno) : "");
    if (rc == CLI_OK)
      rc = CLI_FAIL;
  }
  /* Stopped by SIGHUP or SIGTERM once the session was saved: end as the
   * signal asked, so that the parent sees it. */
  int sig = repl_signal_caught();
  if (sig != 0) {
    fflush(stderr);
    signal(sig, SIG_DFL);
    raise(sig);
  }
  return rc;
}
