/*
 * tst.h -- a scenario's own tests (`rapport test`).
 *
 * A scenario may carry `tests = { {...}, ... }`: each test is a path of
 * choice ids from the start with expectations about where it leads:
 *
 *   { name = "the trusted advisor wins big", seed = 1,
 *     path = { "ask_agenda", "cost_of_it", ... },
 *     ending = "won_big",                 -- or result = "won"
 *     min = { overall = 90, trust = 70 }, -- scores and final meters
 *     max = { transactional_pushing = 10 },
 *     facts = { "pain", "budget" },       -- uncovered by the end
 *     offered = { "summarize" },          -- offered after the path
 *     not_offered = { "pitch" } }         -- "this choice is not offered here"
 *
 * tst_compile() validates the table against the scenario (every id, fact,
 * meter and score name must exist; errors name file:line and the test) and
 * tst_run() plays each test through a real session.  No I/O: the caller
 * passes the file's source (for line numbers) and prints the results.
 * Ownership: tst_compile() fills a tst_suite released by tst_free().
 */
#ifndef TST_H
#define TST_H

#include <stdbool.h>
#include <stdint.h>

#include "rp_buf.h"
#include "rp_error.h"
#include "scn.h"

/* What a min/max bound can name: a score, or a meter (TST_METER + index). */
enum {
  TST_OVERALL,
  TST_RELATIONSHIP,
  TST_PUSHING_AXIS,
  TST_SKILL, /* + scn_skill */
  TST_METER = TST_SKILL + SCN_SKILL_COUNT
};

typedef struct tst_bound {
  int what;
  double value;
  bool is_max;
} tst_bound;

typedef struct tst_case {
  char *name;
  int line;
  uint64_t seed;
  char **path;
  int n_path;
  int ending; /* node index, or -1 */
  int result; /* scn_result, or -1 */
  tst_bound *bounds;
  int n_bounds;
  uint64_t facts;
  char **offered, **not_offered;
  int n_offered, n_not_offered;
} tst_case;

typedef struct tst_suite {
  tst_case *v;
  int n;
} tst_suite;

/* Compiles scn's tests (none when it has no `tests` field).  src/len are the
 * scenario file's bytes, for line numbers. */
rp_status tst_compile(const scn_scenario *scn, const char *src, size_t len,
                      tst_suite *out, rp_error *err);
void tst_free(tst_suite *t);

/* Runs one test; returns whether it passed.  On failure, appends to why the
 * expectation and what happened (one item per line, indented). */
bool tst_run(const scn_scenario *scn, const tst_case *t, rp_buf *why);

#endif
