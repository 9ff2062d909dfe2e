/* cli_new.c -- `rapport new` (being written). */
#include "cli.h"

int cli_new(int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error("new: not yet available");
  return CLI_FAIL;
}
