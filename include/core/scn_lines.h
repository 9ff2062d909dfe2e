/*
 * scn_lines.h -- where things are in a scenario's source text (internal).
 *
 * Lua does not tell where a table constructor's fields were written, but an
 * author needs "file:line" on every error.  This index scans the source once,
 * lexing just enough to skip comments and strings, and records the line of
 * every `key =` and every `id = "value"` or `name = "value"`.  The compiler
 * asks "the first `opening =` key at or after line 12" and gets it in O(log n).
 *
 * Names are not copied: they point into the source, which must outlive the
 * index (scn_load and tst hold it for the whole compile).
 */
#ifndef SCN_LINES_H
#define SCN_LINES_H

#include <stddef.h>

#include "util/rp_arena.h"

/* One kind of name (keys, id values, top-level keys): its distinct names
 * in an open-addressing table, and every name's lines in one array. */
typedef struct scn_lmap {
  struct scn_lname *names; /* n_names of them, in order of first sight */
  int n_names, cap_names;
  int *table;    /* name index + 1, 0 = empty; cap_table is a power of 2 */
  int cap_table; /* grows at half full */
  int *lines;    /* name i's lines, ascending: lines[start .. start+count) */
  int *pending;  /* while scanning: name, line, name, line, ... */
  size_t n_pending, cap_pending;
} scn_lmap;

typedef struct scn_lines {
  scn_lmap keys; /* `name =` keys */
  scn_lmap ids;  /* `id = "value"` and `name = "value"` values */
  scn_lmap top;  /* keys at brace depth 1: the scenario's own fields */
} scn_lines;

/* Indexes src.  Returns 0, or -1 when out of memory.  Free with
 * scn_lines_free().  mem is not used (the names stay in src). */
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
