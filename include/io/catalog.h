/*
 * catalog.h -- finding scenarios: the search path and the list of what is
 * installed.
 *
 * A scenario is named by id (looked up as ID.lua in ./scenarios, then each
 * $RAPPORT_PATH entry, then the installed share directory) or by a path to a
 * .lua file.  The first file on the path with a given id wins, so a local
 * copy shadows an installed one.
 * Ownership: every function that returns memory says how to free it.
 */
#ifndef CATALOG_H
#define CATALOG_H

#include "academy/curriculum.h"
#include "util/rp_error.h"

/* The default scenario: what `make play` and Enter at the menu start. */
#define CATALOG_DEFAULT "discovery-call"

typedef struct catalog_entry {
  char *path, *id, *title, *module, *difficulty;
  int minutes;
} catalog_entry;

typedef struct catalog_list {
  catalog_entry *v;
  int n;
  char **problems; /* files that did not load, as messages */
  int n_problems;
} catalog_list;

/* The directories searched, in order; NULL-terminated.  The caller frees it
 * with catalog_path_free(). */
char **catalog_search_path(void);
void catalog_path_free(char **dirs);

/* Resolves a scenario name to a file path (the caller frees it). */
rp_status catalog_resolve(const char *name, char **path, rp_error *err);

/* Loads every scenario on the search path, sorted by module then id; files
 * that fail to load are listed in problems.  Release with catalog_list_free().
 */
rp_status catalog_scan(catalog_list *out, rp_error *err);
void catalog_list_free(catalog_list *l);

/* Loads the curriculum manifest (curriculum.json in the first search-path
 * directory that has one).  No manifest is not an error: *out is then
 * empty.  A broken one is (its path and what is wrong).  Release with
 * curriculum_free(). */
rp_status catalog_curriculum(curriculum_curriculum *out, rp_error *err);

/* Sorts a scan in curriculum order: modules as listed (the baseline first),
 * scenarios in each module's order, then anything else by module and id. */
void catalog_sort(catalog_list *l, const curriculum_curriculum *c);

#endif
