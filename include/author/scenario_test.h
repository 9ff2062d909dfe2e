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
 * scenario_test_compile() validates the table against the scenario (every id,
 * fact, meter and score name must exist; errors name file:line and the test)
 * and scenario_test_run() plays each test through a real session.  No I/O: the
 * caller passes the file's source (for line numbers) and prints the results.
 * Ownership: scenario_test_compile() fills a scenario_test_suite released by
 * scenario_test_free().
 */
#ifndef SCENARIO_TEST_H
#define SCENARIO_TEST_H

#include <stdbool.h>
#include <stdint.h>

#include "core/scn.h"
#include "util/rp_buf.h"
#include "util/rp_error.h"

/* What a min/max bound can name: a score, or a meter (SCENARIO_TEST_METER +
 * index). */
enum {
  SCENARIO_TEST_OVERALL,
  SCENARIO_TEST_RELATIONSHIP,
  SCENARIO_TEST_PUSHING_AXIS,
  SCENARIO_TEST_SKILL, /* + scn_skill */
  SCENARIO_TEST_METER = SCENARIO_TEST_SKILL + SCN_SKILL_COUNT
};

typedef struct scenario_test_bound {
  int what;
  double value;
  bool is_max;
} scenario_test_bound;

typedef struct scenario_test_case {
  char *name;
  int line;
  uint64_t seed;
  char **path;
  int n_path;
  int ending; /* node index, or -1 */
  int result; /* scn_result, or -1 */
  scenario_test_bound *bounds;
  int n_bounds;
  uint64_t facts;
  char **offered, **not_offered;
  int n_offered, n_not_offered;
} scenario_test_case;

typedef struct scenario_test_suite {
  scenario_test_case *v;
  int n;
} scenario_test_suite;

/* Compiles scn's tests (none when it has no `tests` field).  src/len are the
 * scenario file's bytes, for line numbers. */
rp_status scenario_test_compile(const scn_scenario *scn, const char *src,
                                size_t len, scenario_test_suite *out,
                                rp_error *err);
void scenario_test_free(scenario_test_suite *t);

/* Runs one test; returns whether it passed.  On failure, appends to why the
 * expectation and what happened (one item per line, indented). */
bool scenario_test_run(const scn_scenario *scn, const scenario_test_case *t,
                       rp_buf *why);

#endif
