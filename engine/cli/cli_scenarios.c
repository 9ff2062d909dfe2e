/*
 * cli_scenarios.c -- the scenarios on the search path as a list, under the
 * curriculum's headings: printed by `rapport list` (cli_play.c) and offered
 * by the menu a bare `rapport` shows.  See cli_scenarios.h.
 */
#include "cli_scenarios.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/readline.h>

#include "cli.h"
#include "cli_term.h"

/* The heading a scenario is listed under: its module's title from the
 * curriculum (numbered in curriculum order), the baseline's own, or its
 * module field. */
void cli_scenarios_heading(const catalog_entry *e,
                           const curriculum_curriculum *c, char *buf,
                           size_t n) {
  if (c->baseline != NULL && strcmp(e->id, c->baseline) == 0) {
    snprintf(buf, n, "Baseline assessment");
    return;
  }
  for (int m = 0; m < c->n_modules; m++)
    for (int i = 0; i < c->modules[m].n_scenarios; i++)
      if (strcmp(c->modules[m].scenarios[i], e->id) == 0) {
        snprintf(buf, n, "Module %d: %s", m + 1, c->modules[m].title);
        return;
      }
  snprintf(buf, n, "%s", e->module);
}

void cli_scenarios_print(const catalog_list *l, const curriculum_curriculum *c,
                         FILE *out, bool numbered) {
  term_style st = cli_term_style(out);
  char last[160] = "", head[160];
  for (int i = 0; i < l->n; i++) {
    const catalog_entry *e = &l->v[i];
    cli_scenarios_heading(e, c, head, sizeof head);
    if (strcmp(head, last) != 0) {
      snprintf(last, sizeof last, "%s", head);
      cli_printf(out, "%s%s%s\n", term_bold(&st), head, term_reset(&st));
    }
    if (numbered)
      cli_printf(out, "  %2d) ", i + 1);
    else
      cli_puts(out, "  ");
    cli_printf(out, "%-22s %-46s %-12s", e->id, e->title, e->difficulty);
    if (e->minutes > 0)
      cli_printf(out, " %3d min", e->minutes);
    cli_puts(out, "\n");
  }
}

/* Scans the search path and sorts in curriculum order; false (with the
 * error printed) when the scan fails.  A broken manifest is reported and
 * the list goes on without it. */
bool cli_scenarios_scan(catalog_list *l, curriculum_curriculum *c) {
  rp_error err;
  if (catalog_scan(l, &err) != RP_OK) {
    cli_error("%s", err.msg);
    return false;
  }
  if (catalog_curriculum(c, &err) != RP_OK) {
    cli_error("%s", err.msg);
    memset(c, 0, sizeof *c);
  }
  catalog_sort(l, c);
  return true;
}

void cli_scenarios_problems(const catalog_list *l) {
  for (int i = 0; i < l->n_problems; i++)
    cli_error("skipped %s", l->problems[i]);
}

/* ---- bare `rapport`: pick from a menu ------------------------------------ */

int cli_menu(void) {
  catalog_list l;
  curriculum_curriculum cur;
  if (!cli_scenarios_scan(&l, &cur))
    return CLI_FAIL;
  cli_scenarios_problems(&l);
  if (l.n == 0) {
    catalog_list_free(&l);
    curriculum_free(&cur);
    cli_error("no scenarios found; try 'rapport help'");
    return CLI_FAIL;
  }
  int def = 0;
  for (int i = 0; i < l.n; i++)
    if (strcmp(l.v[i].id, CATALOG_DEFAULT) == 0)
      def = i;
  cli_printf(stdout, "Scenarios:\n");
  cli_scenarios_print(&l, &cur, stdout, true);
  curriculum_free(&cur);
  char prompt[160];
  snprintf(prompt, sizeof prompt,
           "\nPick a number or id (Enter starts %s; rapport --help for "
           "more): ",
           l.v[def].id);
  term_clean_str(prompt, 0); /* readline prints it, not our writer */
  char *line = NULL;
  if (isatty(STDIN_FILENO)) {
    rl_outstream = stdout;
    line = readline(prompt);
  } else {
    cli_puts(stdout, prompt);
    fflush(stdout);
    size_t cap = 0;
    if (getline(&line, &cap, stdin) < 0) {
      free(line);
      line = NULL;
    }
  }
  if (line == NULL) {
    catalog_list_free(&l);
    cli_puts(stdout, "\n");
    return CLI_OK;
  }
  line[strcspn(line, "\r\n")] = '\0';
  int pick = -1;
  long long n;
  if (line[0] == '\0')
    pick = def;
  else if (cli_parse_int(line, 1, l.n, &n))
    pick = (int)n - 1;
  else
    for (int i = 0; i < l.n; i++)
      if (strcmp(l.v[i].id, line) == 0)
        pick = i;
  int rc = CLI_FAIL;
  if (pick < 0) {
    cli_error("'%s' is not in the list", line);
  } else {
    char *argv[] = {"play", l.v[pick].path, NULL};
    rc = cli_play(2, argv);
  }
  free(line);
  catalog_list_free(&l);
  return rc;
}
