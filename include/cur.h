/*
 * cur.h -- the curriculum: the academy's modules, in order, and the
 * scenarios that train each one.
 *
 * The manifest is scenarios/curriculum.json (format "rapport.curriculum",
 * documented in docs/curriculum.md): a baseline assessment and an ordered
 * list of modules, each with a title, what it trains, the skill it builds
 * and its scenarios in the order to play them.  `rapport list` groups by
 * it, `rapport modules` explains it, and the baseline's debrief uses it to
 * say which module to take first.  No I/O: cur_parse() takes the file's
 * bytes.  Ownership: cur_parse() fills a cur_curriculum released by
 * cur_free().
 */
#ifndef CUR_H
#define CUR_H

#include "rp_error.h"
#include "scn.h"

#define CUR_FILE "curriculum.json"

typedef struct cur_module {
  char *id, *title, *trains;
  int skill; /* scn_skill it builds, or -1 */
  char **scenarios;
  int n_scenarios;
} cur_module;

typedef struct cur_curriculum {
  char *baseline; /* scenario id of the baseline assessment, or NULL */
  cur_module *modules;
  int n_modules;
} cur_curriculum;

rp_status cur_parse(const char *name, const char *text, size_t len,
                    cur_curriculum *out, rp_error *err);
void cur_free(cur_curriculum *c);

/* The module with this id, or NULL. */
const cur_module *cur_module_find(const cur_curriculum *c, const char *id);

/* The first module that builds skill k (for pushing: the one that teaches
 * not to push), or NULL. */
const cur_module *cur_module_for_skill(const cur_curriculum *c, scn_skill k);

/* Position of a module id in curriculum order; n_modules when unknown. */
int cur_module_rank(const cur_curriculum *c, const char *id);

#endif
