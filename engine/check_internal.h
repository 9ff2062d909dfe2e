/*
 * check_internal.h -- what check.c and check_paths.c share (not public).
 */
#ifndef CHECK_INTERNAL_H
#define CHECK_INTERNAL_H

#include "check.h"

/* Appends a diagnostic; returns it (NULL when out of memory: the check
 * then reports less, never crashes). */
chk_diag *chk_add(chk_report *r, chk_level level, const char *code, int line,
                  const char *where, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* Sets a diagnostic's hint (what to do). */
void chk_hint(chk_diag *d, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Sets a diagnostic's path to the shortest path to `state`. */
void chk_witness(chk_diag *d, const exp_graph *g, int state);

/* The path analysis: endings, score ranges, best and worst paths, balance
 * warnings, loops.  Fills r->endings and friends. */
rp_status chk_paths(const scn_scenario *s, const exp_graph *g, chk_report *r,
                    rp_error *err);

#endif
