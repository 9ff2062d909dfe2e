/*
 * cli_test.c -- `rapport test`: run the tests scenarios carry.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "author/scenario_test.h"
#include "cli.h"
#include "cli_term.h"
#include "io/catalog.h"
#include "io/rp_fs.h"
#include "io/scn_file.h"

/* Runs one scenario's tests; adds to *passed and *failed. */
static void test_one(const char *name, int *passed, int *failed) {
  term_style st = cli_term_style(stdout);
  char *path = NULL, *src = NULL;
  size_t len = 0;
  rp_error err;
  scn_scenario *s = NULL;
  scenario_test_suite suite = {NULL, 0};
  if (catalog_resolve(name, &path, &err) != RP_OK ||
      rp_fs_read(path, SCN_FILE_MAX, &src, &len, &err) != RP_OK ||
      (s = scn_load(path, src, len, &err)) == NULL ||
      scenario_test_compile(s, src, len, &suite, &err) != RP_OK) {
    cli_printf(stdout, "%sFAIL%s %s\n    %s\n", term_red(&st), term_reset(&st),
               name, err.msg);
    (*failed)++;
    goto out;
  }
  if (suite.n == 0)
    cli_printf(
        stdout,
        "%s%s: no tests (add tests = { ... }; see docs/authoring.md)%s\n",
        term_yellow(&st), path, term_reset(&st));
  for (int i = 0; i < suite.n; i++) {
    const scenario_test_case *t = &suite.v[i];
    rp_buf why = RP_BUF_INIT;
    if (scenario_test_run(s, t, &why)) {
      cli_printf(stdout, "%sok%s   %s: %s\n", term_green(&st), term_reset(&st),
                 s->id, t->name);
      (*passed)++;
    } else {
      cli_printf(stdout,
                 "%sFAIL%s %s: %s\n    %s:%d\n    path: ", term_red(&st),
                 term_reset(&st), s->id, t->name, path, t->line);
      for (int k = 0; k < t->n_path; k++)
        cli_printf(stdout, "%s%s", k ? "," : "", t->path[k]);
      cli_printf(stdout, " (seed %llu)\n%s", (unsigned long long)t->seed,
                 rp_buf_str(&why));
      (*failed)++;
    }
    rp_buf_free(&why);
  }
out:
  scenario_test_free(&suite);
  scn_free(s);
  free(src);
  free(path);
}

int cli_test(int argc, char **argv) {
  int passed = 0, failed = 0, n;
  if (cli_parse("test", argc, argv, NULL, &n) != CLI_OK)
    return CLI_USAGE;
  if (n == 0)
    return cli_usage("test", "which scenario? (an id or a .lua file)");
  for (int i = 0; i < n; i++)
    test_one(argv[i], &passed, &failed);
  cli_printf(stdout, "%d passed, %d failed\n", passed, failed);
  return failed > 0 ? CLI_FAIL : CLI_OK;
}
