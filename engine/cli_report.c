/* cli_report.c -- `rapport report --html` (being written). */
#include "cli.h"

int cli_report(int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error("report: not yet available");
  return CLI_FAIL;
}
