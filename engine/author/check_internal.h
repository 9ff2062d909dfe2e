/*
 * check_internal.h -- what check.c and check_paths.c share (not public).
 */
#ifndef CHECK_INTERNAL_H
#define CHECK_INTERNAL_H

#include "author/check.h"

/* Appends a diagnostic; returns it (NULL when out of memory: the check
 * then reports less, never crashes). */
check_diag *check_add(check_report *r, check_level level, const char *code,
                      int line, const char *where, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* Sets a diagnostic's hint (what to do). */
void check_hint(check_diag *d, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Sets a diagnostic's path to the shortest path to `state`. */
void check_witness(check_diag *d, const explore_graph *g, int state);

/* The path analysis: endings, score ranges, best and worst paths, balance
 * warnings, loops.  Fills r->endings and friends. */
rp_status check_paths(const scn_scenario *s, const explore_graph *g,
                      check_report *r, rp_error *err);

#endif
