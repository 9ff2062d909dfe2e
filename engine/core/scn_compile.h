/*
 * scn_compile.h -- what the scenario compiler's two files share (not
 * public): the compiler's state, its messages, and the field readers built
 * on sbx_table.  scn_compile.c compiles the top level (identity, prospect,
 * meters, facts, the tests table) and is the entry, scn_load(); scn_graph.c
 * compiles the graph (nodes, choices, endings and their outcomes).
 *
 * Every error names file:line, the node/choice/ending and the field.
 */
#ifndef SCN_COMPILE_H
#define SCN_COMPILE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/scn.h"
#include "core/scn_lines.h"
#include "lua/sbx_table.h"

/* Longest id (node, choice, fact, meter, scenario). */
#define SCN_ID_MAX 64

#define SCN_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* A key of a keyed table (nodes = { id = {...} }) and its line. */
typedef struct scn_keyed {
  const char *id;
  int line;
} scn_keyed;

typedef struct compiler {
  bool shuffle; /* the scenario's default for nodes */
  lua_State *L;
  scn_scenario *s;
  scn_lines lines;
  rp_error *err;
  char where[200]; /* "node 'x'", "choice 'y' in node 'x'", ... */
  /* For nodes, endings and choices `where` is written only when a message
   * needs it (formatting it for each of 30,000 choices was 3% of a load):
   * while w_node is set, it describes w_node, or its choice number
   * w_choice (1-based), or, once read, the choice with id w_choice_id. */
  const scn_node *w_node;
  int w_choice;
  const char *w_choice_id;
  /* scn_keys' arrays in use (at most two at once): a memory error in a Lua
   * call longjmps past their owners' free(), so scn_load frees what a
   * failed compile left here. */
  scn_keyed *live[2];
} compiler;

/* A reader of the table at stack index t, for the thing `where` names,
 * written at `line`: its messages name the file, the line of the field
 * concerned (from the source index) and `where`. */
sbx_table scn_reader(compiler *c, int t, int line);

/* Fails with "chunk:line: where: message" (no line when line <= 0). */
rp_status scn_fail(compiler *c, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Fails with RP_ENOMEM: "chunk: out of memory compiling the scenario". */
rp_status scn_oom(compiler *c);

/* Points `where` at node (or ending), or at its choice idx + 1 (idx >= 0),
 * whose id is id (or NULL before it is read); NULL node: `where` is set
 * directly again. */
void scn_where_lazy(compiler *c, const scn_node *node, int idx, const char *id);

/* Whether s is an id: 1 to SCN_ID_MAX letters, digits, '_' or '-'. */
bool scn_valid_id(const char *s, size_t len);

/* The index of v among n names, or -1. */
int scn_pick(const char *v, const char *const *names, int n);

/* sbx_table_string, copied into the scenario's arena. */
rp_status scn_read_string(compiler *c, const sbx_table *r, const char *f,
                          bool need, const char **out);

/* Reads a field that is text or a function of the state: *out (in the
 * arena) or *fn (a registry reference), the other NULL / SCN_NOFN.  One
 * lookup: a choice's text is read 30,000 times in a large scenario. */
/* A choice's text: a string, a function, or a list of 1 to SCN_WORDINGS_MAX
 * non-empty strings (ch->texts, the wordings a session's seed picks from). */
rp_status scn_read_wordings(compiler *c, const sbx_table *r, scn_choice *ch);

rp_status scn_read_text(compiler *c, const sbx_table *r, const char *f,
                        bool need, const char **out, int *fn);

/* Collects the string keys of the table at t, in source order (the line of
 * `key =` after line `after`, then by name); each must be an id.  Lua's
 * own order is not stable across runs, and the debrief must be.  The
 * caller frees *out with scn_keys_release(). */
rp_status scn_keys(compiler *c, int t, int after, const char *what,
                   scn_keyed **out, int *n);
void scn_keys_release(compiler *c, scn_keyed *v);

/* Compiles nodes, endings and start (scn_graph.c) from the scenario's
 * table, read through top.  Stack: unchanged. */
rp_status scn_compile_graph(compiler *c, const sbx_table *top);

#endif
