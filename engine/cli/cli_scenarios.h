/*
 * cli_scenarios.h -- the scenarios on the search path as a list, grouped
 * under the curriculum's headings (a module's title, the baseline's own, or
 * the scenario's module field), for `rapport list` and the menu of a bare
 * `rapport` (cli_menu(), declared in cli.h).
 */
#ifndef CLI_SCENARIOS_H
#define CLI_SCENARIOS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "academy/curriculum.h"
#include "io/catalog.h"

/* Scans the search path into *l and reads the curriculum into *c, sorted in
 * curriculum order; false (with the error printed) when the scan fails, and
 * then nothing needs freeing.  A broken manifest is printed and the list goes
 * on without it (c is then empty).  On true the caller frees both. */
bool cli_scenarios_scan(catalog_list *l, curriculum_curriculum *c);

/* Prints the files the scan skipped, one error each. */
void cli_scenarios_problems(const catalog_list *l);

/* The heading e is listed under, into buf (n bytes). */
void cli_scenarios_heading(const catalog_entry *e,
                           const curriculum_curriculum *c, char *buf, size_t n);

/* Prints the list to out under its headings, numbered from 1 when numbered
 * (the menu's picks). */
void cli_scenarios_print(const catalog_list *l, const curriculum_curriculum *c,
                         FILE *out, bool numbered);

#endif
