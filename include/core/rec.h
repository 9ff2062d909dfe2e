/*
 * rec.h -- session records: the JSON a finished session is saved as, read
 * back, and replayed.
 *
 * A record (format "rapport.session", version REC_FORMAT_VERSION, documented
 * in docs/record.md) holds who played what (scenario id, version and SHA-256,
 * seed, trainee, times), every decision with the evidence it was scored on,
 * the outcome and the scores.  Progress tracking and graded homework read it;
 * replay re-runs its seed and choices through the engine and compares, so a
 * record's own numbers are never trusted.
 *
 * This module builds and parses JSON text with cJSON; it does no file I/O.
 * Ownership: rec_build() returns a cJSON tree the caller deletes with
 * cJSON_Delete(); rec_format() returns a string the caller frees with free();
 * rec_parse() fills a rec_record the caller releases with rec_free().
 */
#ifndef REC_H
#define REC_H

#include <cjson/cJSON.h>
#include <stdint.h>
#include <time.h>

#include "core/score.h"
#include "core/sess.h"
#include "util/rp_error.h"

#define REC_FORMAT "rapport.session"
#define REC_FORMAT_VERSION 1

/* Seeds are JSON numbers: keep them exact in every JSON reader. */
#define REC_SEED_MAX 9007199254740991ULL /* 2^53 - 1 */

/* A seed as a JSON integer with every digit ("seed": 9007199254740991):
 * a cJSON number would print only 15 significant digits.  Use it for every
 * seed in JSON output.  NULL when out of memory; the caller owns the item
 * (cJSON_Delete, or adding it to an object). */
cJSON *rec_seed_json(uint64_t seed);

/* Largest record rec_parse() accepts, and most decisions in one. */
#define REC_MAX_BYTES ((size_t)16 << 20)
#define REC_MAX_DECISIONS 100000

typedef struct rec_meta {
  const char *trainee;
  const char *mode; /* "practice", "graded", "author" */
  time_t started, ended;
} rec_meta;

/* Builds the record of a session and its scores. */
cJSON *rec_build(const sess_session *s, const score_report *r,
                 const rec_meta *meta);

/* The record as pretty-printed JSON text ending in a newline. */
char *rec_format(const sess_session *s, const score_report *r,
                 const rec_meta *meta);

typedef struct rec_decision {
  char *node, *choice;
  double seconds;
  int wording; /* which of the choice's wordings was shown, or -1 (one) */
} rec_decision;

typedef struct rec_record {
  char *scenario_id, *scenario_version, *scenario_sha256;
  char *scenario_path;   /* where it was played from, or NULL */
  char *scenario_module; /* or NULL */
  char *trainee, *mode, *status;
  char *started_at, *ended_at;
  char *ending; /* NULL when the session did not reach one */
  uint64_t seed;
  rec_decision *decisions;
  int n_decisions;
  /* the scores as stored: checked, never trusted */
  double relationship_quality, transactional_pushing, overall;
  double skills[SCN_SKILL_COUNT];
  cJSON *json; /* the whole document, for readers that need more */
} rec_record;

/* Parses and validates a record from len bytes of JSON; name (a file name)
 * prefixes every error: "x.json: field 'seed' must be a whole number". */
rp_status rec_parse(const char *name, const char *text, size_t len,
                    rec_record *out, rp_error *err);
void rec_free(rec_record *r);

/* Replays a record: plays its seed and choices on scn (whose SHA-256 must
 * match), then compares status, ending and scores with the stored ones.
 * On RP_OK *out is the replayed session (the caller frees it with sess_free)
 * and *report its scores.  A difference returns RP_EINPUT with err naming it;
 * *out is then still set when the replay itself ran (else NULL). */
rp_status rec_replay(const scn_scenario *scn, const rec_record *rec,
                     sess_session **out, score_report *report, rp_error *err);

#endif
