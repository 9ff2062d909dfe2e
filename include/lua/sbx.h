/*
 * sbx.h -- the Lua sandbox that scenario files run in.
 *
 * Scenarios are untrusted code: an instructor's file may come from a stranger.
 * A sandbox is one lua_State with
 *   - only the libraries a scenario needs (base without load/dofile/
 *     loadfile/require/collectgarbage, string without dump, table, math with
 *     a seeded random, utf8), reached through an allow-listed _ENV;
 *   - strict globals: reading or writing an undeclared global is an error
 *     naming it (it catches authors' typos);
 *   - a memory cap (a custom lua_Alloc) and an instruction budget per call
 *     (a count hook that keeps firing once spent, so pcall cannot swallow it);
 *   - work done in C charged to the budget, because C functions run without
 *     the hook: the pattern functions count their steps (sbx_match.c),
 *     table functions are charged per element, allocations per byte;
 *   - strings of at most SBX_STRING_LIMIT bytes (one instruction comparing
 *     two strings costs their length), and a time limit per call as a
 *     backstop for instructions that are each expensive.
 * Every call into scenario code goes through sbx_call(), which adds a
 * traceback-free "file:line: message" error the front end can print as is.
 * Uses: Lua 5.4 C API, rp_rng.
 */
#ifndef SBX_H
#define SBX_H

#include <lua.h>
#include <stddef.h>
#include <stdint.h>

#include "util/rp_error.h"

/* Memory one scenario's Lua state may hold: generous for a 100,000-node
 * graph (about 60 MiB as Lua tables), small enough that a memory bomb stops
 * long before it hurts the machine. */
#ifndef SBX_MEMORY_LIMIT
#define SBX_MEMORY_LIMIT ((size_t)256 * 1024 * 1024)
#endif

/* VM instructions the scenario file may run while it loads (building a large
 * table literal costs a few instructions per field). */
#ifndef SBX_LOAD_BUDGET
#define SBX_LOAD_BUDGET 200000000L
#endif

/* VM instructions one call of an author's function (say, when, next, ...)
 * may run during play: far above any honest use, far below a hang. */
#ifndef SBX_CALL_BUDGET
#define SBX_CALL_BUDGET 5000000L
#endif

/* VM instructions all the calls of one sandbox may run together: a check
 * calls the author's functions once or more per state, and each call
 * within its budget times two million states would take hours.  The
 * calls after it fail at once. */
#ifndef SBX_TOTAL_BUDGET
#define SBX_TOTAL_BUDGET 2000000000L
#endif

/* Longest string a scenario may build (string.rep, .., table.concat, ...);
 * a pattern function searches at most a sixteenth of it. */
#ifndef SBX_STRING_LIMIT
#define SBX_STRING_LIMIT ((size_t)1 << 20)
#endif

/* CPU seconds one load or call may take whatever its instruction count: a
 * backstop for instructions that each cost much (comparing long strings),
 * far above what the budgets take (about a second for SBX_LOAD_BUDGET). */
#ifndef SBX_TIME_LIMIT
#define SBX_TIME_LIMIT 10
#endif

typedef struct sbx sbx;

/* Creates a sandbox.  Returns NULL and fills err when out of memory.  The
 * caller releases it with sbx_free(). */
sbx *sbx_new(rp_error *err);
void sbx_free(sbx *s);

/* The sandbox's Lua state, for the scenario compiler to read tables from. */
lua_State *sbx_state(sbx *s);

/* Compiles and runs a text chunk (never bytecode) in the sandbox's
 * environment with SBX_LOAD_BUDGET instructions.  On success pushes the
 * chunk's first result and returns RP_OK; on failure pushes nothing and
 * fills err with "chunkname:line: message". */
rp_status sbx_run_chunk(sbx *s, const char *chunkname, const char *src,
                        size_t len, rp_error *err);

/* Calls the function below nargs arguments on the stack, in protected mode
 * with SBX_CALL_BUDGET instructions, leaving nresults results.  On failure
 * the function and arguments are popped, nothing is pushed, and err holds
 * "file:line: message" (or a budget/memory message naming the limit). */
rp_status sbx_call(sbx *s, int nargs, int nresults, rp_error *err);

/* Points math.random at *state (a session's generator); NULL detaches it,
 * and math.random then raises an error: randomness exists only in play. */
void sbx_bind_rng(sbx *s, uint64_t *state);

/* Charges n instructions of work done in C on the scenario's behalf after a
 * call (copying a function's result out) to the total budget: returning a
 * megabyte string costs the call almost nothing, the copy does. */
void sbx_charge_total(sbx *s, long n);

/* Bytes the Lua state holds now. */
size_t sbx_memory(const sbx *s);

#endif
