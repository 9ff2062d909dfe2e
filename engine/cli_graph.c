/* cli_graph.c -- `rapport graph` (being written). */
#include "cli.h"

int cli_graph(int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error("graph: not yet available");
  return CLI_FAIL;
}
