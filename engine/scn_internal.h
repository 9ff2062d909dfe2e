/*
 * scn_internal.h -- what the scenario module's files share (not public).
 */
#ifndef SCN_INTERNAL_H
#define SCN_INTERNAL_H

#include "scn.h"

/* Prepares the `s` view table authors' functions receive and the choice-id
 * index behind s.chose.  Called once by the compiler when the scenario has
 * functions.  Pushes nothing. */
rp_status scn_eval_setup(scn_scenario *s, rp_error *err);

/* Releases what scn_eval_setup() built (the Lua side dies with the state). */
void scn_eval_free(scn_scenario *s);

/* The closest of n candidate words to w within edit distance 2, or NULL:
 * the "did you mean" of every unknown-name message. */
const char *scn_suggest(const char *w, const char *const *cands, int n);

#endif
