/*
 * cli_cues.h -- the cue analysis of `rapport check`, for the front end:
 * the curriculum the cue model learns from, and the `cues` section of the
 * report in text and JSON (author/check_cues.h does the analysis).
 */
#ifndef CLI_CUES_H
#define CLI_CUES_H

#include <cjson/cJSON.h>

#include "author/check_cues.h"
#include "util/rp_buf.h"
#include "util/term.h"

/* The decisions of every scenario of the curriculum (or, with no
 * curriculum, of every scenario on the search path), for training the cue
 * model.  A scenario that does not load is left out (`rapport check` of it
 * says why).  The caller frees the sets with cli_cues_train_free(). */
rp_status cli_cues_train(check_cue_set ***sets, int *n, rp_error *err);
void cli_cues_train_free(check_cue_set **sets, int n);

/* Appends the text section: one row per wording player, the cue model's
 * accuracy against chance. */
void cli_cues_print(rp_buf *b, const term_style *st, const scn_scenario *s,
                    const check_cues *c, double pass_mark);

/* The section as JSON; NULL when out of memory. */
cJSON *cli_cues_json(const scn_scenario *s, const check_cues *c,
                     double pass_mark);

#endif
