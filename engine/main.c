/* main.c -- rapport's entry point. */
#include <locale.h>
#include <stdlib.h>

#include "cli.h"

int main(int argc, char **argv) {
  /* For the terminal's character set only (block characters, wrapping);
   * number formatting stays in the C locale so records are the same
   * everywhere. */
  setlocale(LC_CTYPE, "");
  return cli_main(argc, argv);
}
