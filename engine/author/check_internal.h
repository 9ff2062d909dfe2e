/*
 * check_internal.h -- what check.c and check_paths.c share (not public).
 */
#ifndef CHECK_INTERNAL_H
#define CHECK_INTERNAL_H

#include "author/check.h"

/* Appends a diagnostic; returns it, or NULL when out of memory, which
 * marks the report incomplete (check_run then fails with RP_ENOMEM: a
 * check must not pass for want of memory to report what it found). */
check_diag *check_add(check_report *r, check_level level, const char *code,
                      int line, const char *where, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* Sets a diagnostic's hint (what to do); d NULL: nothing (check_add
 * failed and said so).  Out of memory marks r incomplete. */
void check_hint(check_report *r, check_diag *d, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Sets a diagnostic's path to the shortest path to `state`, likewise. */
void check_witness(check_report *r, check_diag *d, const explore_graph *g,
                   int state);

/* Sets d->path to path (taking it); path NULL (out of memory) marks r
 * incomplete. */
void check_set_path(check_report *r, check_diag *d, char *path);

/* The path analysis: endings, score ranges, best and worst paths, balance
 * warnings, loops.  Fills r->endings and friends. */
rp_status check_paths(const scn_scenario *s, const explore_graph *g,
                      check_report *r, rp_error *err);

#endif
