/*
 * curriculum.h -- the curriculum: the academy's modules, in order, and the
 * scenarios that train each one.
 *
 * The manifest is scenarios/curriculum.json (format "rapport.curriculum",
 * documented in docs/curriculum.md): a baseline assessment and an ordered
 * list of modules, each with a title, what it trains, the skill it builds
 * and its scenarios in the order to play them.  `rapport list` groups by
 * it, `rapport modules` explains it, and the baseline's debrief uses it to
 * say which module to take first.  No I/O: curriculum_parse() takes the file's
 * bytes.  Ownership: curriculum_parse() fills a curriculum_curriculum released
 * by curriculum_free().
 */
#ifndef CURRICULUM_H
#define CURRICULUM_H

#include "core/scn.h"
#include "util/rp_error.h"

#define CURRICULUM_FILE "curriculum.json"

typedef struct curriculum_module {
  char *id, *title, *trains;
  int skill; /* scn_skill it builds, or -1 */
  char **scenarios;
  int n_scenarios;
} curriculum_module;

typedef struct curriculum_curriculum {
  char *baseline; /* scenario id of the baseline assessment, or NULL */
  curriculum_module *modules;
  int n_modules;
} curriculum_curriculum;

rp_status curriculum_parse(const char *name, const char *text, size_t len,
                           curriculum_curriculum *out, rp_error *err);
void curriculum_free(curriculum_curriculum *c);

/* The module with this id, or NULL. */
const curriculum_module *curriculum_module_find(const curriculum_curriculum *c,
                                                const char *id);

/* The first module that builds skill k (for pushing: the one that teaches
 * not to push), or NULL. */
const curriculum_module *
curriculum_module_for_skill(const curriculum_curriculum *c, scn_skill k);

#endif
