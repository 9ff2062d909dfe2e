/*
 * scn_internal.h -- what the scenario module's files share (not public).
 */
#ifndef SCN_INTERNAL_H
#define SCN_INTERNAL_H

#include "core/scn.h"

/* Prepares the `s` view table authors' functions receive and the choice-id
 * index behind s.chose.  Called once by the compiler when the scenario has
 * functions.  Pushes nothing. */
rp_status scn_eval_setup(scn_scenario *s, rp_error *err);

/* Releases what scn_eval_setup() built (the Lua side dies with the state). */
void scn_eval_free(scn_scenario *s);

#endif
