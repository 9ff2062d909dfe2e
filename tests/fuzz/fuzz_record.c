/*
 * fuzz_record.c -- session records (rec.h) from any bytes.
 *
 * rec_parse must refuse what is not a record with RP_EINPUT and a message
 * naming the file.  A record that parses and names the default scenario is
 * replayed on it; the harness puts in the scenario's real SHA-256 (the
 * fuzzer cannot forge a digest), so that the decisions are reached.  A
 * record that replays must give a session whose own record parses and
 * replays again.
 */
#include "fuzz.h"

#include <string.h>

#include "core/rec.h"
#include "core/score.h"
#include "io/scn_file.h"

static scn_scenario *scn; /* the default scenario, loaded once */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  scn = fuzz_default_scenario("fuzz_record");
  return 0;
}

/* The record of a replayed session must parse and replay the same. */
static void round_trip(const sess_session *s, const score_report *rep,
                       const rec_record *rec) {
  rec_meta meta = {rec->trainee, rec->mode, 0, 0};
  char *text = rec_format(s, rep, &meta);
  FUZZ_ASSERT(text != NULL, "rec_format returned NULL");
  rec_record again;
  rp_error err;
  rp_status st = rec_parse("again.json", text, strlen(text), &again, &err);
  FUZZ_ASSERT(st == RP_OK, "a built record does not parse: %s\n%s", err.msg,
              text);
  sess_session *s2 = NULL;
  score_report rep2;
  st = rec_replay(scn, &again, &s2, &rep2, &err);
  FUZZ_ASSERT(st == RP_OK, "the record of a replay does not replay: %s",
              err.msg);
  FUZZ_ASSERT(rep2.overall == rep->overall, "overall %g, then %g", rep->overall,
              rep2.overall);
  sess_free(s2);
  rec_free(&again);
  free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  rec_record rec;
  rp_error err;
  rp_status st = rec_parse("fuzz.json", (const char *)data, size, &rec, &err);
  if (st != RP_OK) {
    FUZZ_ASSERT(st == RP_EINPUT || st == RP_ENOMEM, "status %d: %s", st,
                err.msg);
    FUZZ_ASSERT(strncmp(err.msg, "fuzz.json", 9) == 0,
                "the message does not name the file: %s", err.msg);
    return 0;
  }
  if (strcmp(rec.scenario_id, scn->id) == 0) {
    free(rec.scenario_sha256);
    rec.scenario_sha256 = strdup(scn->sha256);
    FUZZ_ASSERT(rec.scenario_sha256 != NULL, "out of memory");
  }
  sess_session *s = NULL;
  score_report rep;
  st = rec_replay(scn, &rec, &s, &rep, &err);
  if (st == RP_OK)
    round_trip(s, &rep, &rec);
  else
    FUZZ_ASSERT(st == RP_EINPUT || st == RP_ENOMEM, "status %d: %s", st,
                err.msg);
  sess_free(s);
  rec_free(&rec);
  return 0;
}
