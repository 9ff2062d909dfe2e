/*
 * scn_lines.h -- where things are in a scenario's source text (internal).
 *
 * Lua does not tell where a table constructor's fields were written, but an
 * author needs "file:line" on every error.  This index scans the source once,
 * lexing just enough to skip comments and strings, and records the line of
 * every `key =` and every `id = "value"` or `name = "value"`.  The compiler
 * asks "the first `opening =` key at or after line 12" and gets it in O(log n).
 */
#ifndef SCN_LINES_H
#define SCN_LINES_H

#include <stddef.h>

#include "rp_arena.h"
#include "rp_strmap.h"

typedef struct scn_lines {
  rp_strmap keys; /* name -> index into lists */
  rp_strmap ids;  /* id value -> index into lists */
  rp_strmap top;  /* keys at brace depth 1: the scenario's own fields */
  int **lists;    /* [count, capacity, ascending line numbers...] */
  int n_lists, cap_lists;
  rp_arena *mem; /* borrowed: names live in the scenario's arena */
} scn_lines;

/* Indexes src.  Returns 0, or -1 when out of memory.  Free with
 * scn_lines_free(). */
int scn_lines_build(scn_lines *ix, rp_arena *mem, const char *src, size_t len);
void scn_lines_free(scn_lines *ix);

/* Line of the first `name =` key at or after line `after`, or 0. */
int scn_lines_key(const scn_lines *ix, const char *name, int after);

/* Line of the scenario's own field `name =` (a key directly inside
 * `scenario { }`), else of the first such key anywhere, or 0. */
int scn_lines_top(const scn_lines *ix, const char *name);

/* Line of the first `id = "value"` (or `name = "value"`) at or after line
 * `after`, or 0. */
int scn_lines_id(const scn_lines *ix, const char *value, int after);

#endif
