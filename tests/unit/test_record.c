/*
 * test_record.c -- session records (rec.h): build, format, parse, replay.
 */
#include "unit.h"

#include <cjson/cJSON.h>

#include "core/rec.h"
#include "core/score.h"
#include "core/sess.h"

static const char CALL[] =
    "return scenario {\n"
    "  id = 'rec-call', title = 'Record call', module = 'discovery',\n"
    "  difficulty = 'beginner', version = '3.1', brief = 'b',\n"
    "  prospect = { name = 'Ada', role = 'CFO', company = 'Acme' },\n"
    "  state = { trust = { start = 40 } },\n"
    "  facts = { pain = 'Late invoices.' },\n"
    "  start = 'opening',\n"
    "  nodes = {\n"
    "    opening = {\n"
    "      say = function(s) return 'Hello #' .. math.random(1000000) end,\n"
    "      choices = {\n"
    "        { id = 'ask', text = 'What is hard?', reveal = { 'pain' },\n"
    "          skills = { listening = 2 }, state = { trust = 20 }, next = "
    "'hub',\n"
    "          coach = 'Open question.' },\n"
    "        { id = 'pitch', text = 'Buy it.', skills = { pushing = 3 },\n"
    "          next = 'hub', coach = 'Too early.' },\n"
    "      },\n"
    "    },\n"
    "    hub = {\n"
    "      say = 'Go on.',\n"
    "      choices = {\n"
    "        { id = 'solve', text = 'We can fix that.', requires = { trust = "
    "60 },\n"
    "          skills = { problem_solving = 3 }, next = 'won' },\n"
    "        { id = 'close', text = 'Sign?', skills = { pushing = 2 }, next = "
    "'lost' },\n"
    "        { id = 'poke', text = 'Look.', next = 'broken' },\n"
    "      },\n"
    "    },\n"
    "    broken = {\n"
    "      say = function(s) error('broken node') end,\n"
    "      choices = { { id = 'x', text = 'x', next = 'lost' } },\n"
    "    },\n"
    "  },\n"
    "  endings = {\n"
    "    won = { say = 'Deal.', outcome = { result = 'won', deal_value = 9000, "
    "days_to_close = 30 } },\n"
    "    lost = { say = 'No.', outcome = { result = 'lost' } },\n"
    "  },\n"
    "}\n";

static scn_scenario *call;

static int load_call(void **state) {
  (void)state;
  rp_error err;
  call = scn_load("call.lua", CALL, strlen(CALL), &err);
  if (call == NULL)
    fprintf(stderr, "CALL did not load: %s\n", err.msg);
  return call != NULL ? 0 : -1;
}

static int free_call(void **state) {
  (void)state;
  scn_free(call);
  return 0;
}

static const rec_meta META = {"Pat Lee", "graded", 1714557600, 1714557780};

/* Plays ids with seed; returns the session (scored into *r). */
static sess_session *play(uint64_t seed, const char *const *ids, int n,
                          score_report *r) {
  rp_error err;
  sess_session *s = sess_new(call, seed, &err);
  assert_non_null(s);
  for (int i = 0; i < n; i++) {
    rp_status st = sess_choose_id(s, ids[i], 2.25 + i, &err);
    if (st != RP_OK && sess_state(s) != SESS_ABORTED)
      fail_msg("choosing %s failed: %s", ids[i], err.msg);
  }
  score_session(s, r);
  return s;
}

#define PLAY(seed, r, ...)                                                     \
  play(seed, (const char *const[]){__VA_ARGS__},                               \
       (int)(sizeof((const char *const[]){__VA_ARGS__}) / sizeof(char *)), r)

/* The formatted record of a won session (seed 42: ask, solve). */
static char *won_record(void) {
  score_report r;
  sess_session *s = PLAY(42, &r, "ask", "solve");
  assert_int_equal(sess_state(s), SESS_ENDED);
  char *text = rec_format(s, &r, &META);
  assert_non_null(text);
  sess_free(s);
  return text;
}

/* Applies edit to the parsed JSON of text and prints it again. */
static char *edited(const char *text, void (*edit)(cJSON *)) {
  cJSON *o = cJSON_Parse(text);
  assert_non_null(o);
  edit(o);
  char *out = cJSON_Print(o);
  cJSON_Delete(o);
  assert_non_null(out);
  return out;
}

/* Parses text (which must parse) and replays it on CALL. */
static rp_status replay_text(const char *text, rp_error *err) {
  rec_record rec;
  rp_error perr;
  if (rec_parse("r.json", text, strlen(text), &rec, &perr) != RP_OK)
    fail_msg("record did not parse: %s", perr.msg);
  sess_session *out = NULL;
  score_report rep;
  rp_status st = rec_replay(call, &rec, &out, &rep, err);
  sess_free(out);
  rec_free(&rec);
  return st;
}

static void expect_parse_error(const char *text, const char *msg) {
  rec_record rec;
  rp_error err;
  assert_int_equal(rec_parse("r.json", text, strlen(text), &rec, &err),
                   RP_EINPUT);
  assert_string_equal(err.msg, msg);
  assert_null(rec.json); /* released on failure */
}

/* ---- format and parse ---------------------------------------------------- */

static void formatted_record_should_parse_back_with_every_field(void **state) {
  (void)state;
  score_report r;
  sess_session *s = PLAY(42, &r, "ask", "solve");
  char *text = rec_format(s, &r, &META);
  assert_non_null(text);
  size_t len = strlen(text);
  assert_true(len > 2 && text[len - 1] == '\n' && text[len - 2] == '}');

  rec_record rec;
  rp_error err;
  assert_int_equal(rec_parse("r.json", text, len, &rec, &err), RP_OK);
  assert_string_equal(rec.scenario_id, "rec-call");
  assert_string_equal(rec.scenario_version, "3.1");
  assert_string_equal(rec.scenario_sha256, call->sha256);
  assert_string_equal(rec.trainee, "Pat Lee");
  assert_string_equal(rec.mode, "graded");
  assert_string_equal(rec.status, "completed");
  assert_string_equal(rec.started_at, "2024-05-01T10:00:00Z");
  assert_string_equal(rec.ended_at, "2024-05-01T10:03:00Z");
  assert_string_equal(rec.ending, "won");
  assert_true(rec.seed == 42);
  assert_int_equal(rec.n_decisions, 2);
  assert_string_equal(rec.decisions[0].node, "opening");
  assert_string_equal(rec.decisions[0].choice, "ask");
  assert_true(rec.decisions[0].seconds == 2.3); /* tenths */
  assert_string_equal(rec.decisions[1].node, "hub");
  assert_string_equal(rec.decisions[1].choice, "solve");
  assert_true(rec.decisions[1].seconds == 3.3);
  assert_true(rec.relationship_quality == r.relationship_quality);
  assert_true(rec.transactional_pushing == r.transactional_pushing);
  assert_true(rec.overall == r.overall);
  assert_true(rec.overall == 100.0);
  for (int k = 0; k < SCN_SKILL_COUNT; k++)
    assert_true(rec.skills[k] ==
                (r.skills[k].measured ? r.skills[k].score : -1));
  assert_true(rec.skills[SCN_EMPATHY] == -1); /* never offered: null */

  /* The rest of the document, for readers that need more. */
  const cJSON *j = rec.json;
  assert_string_equal(cJSON_GetObjectItem(j, "format")->valuestring,
                      "rapport.session");
  assert_int_equal(cJSON_GetObjectItem(j, "format_version")->valueint, 1);
  assert_non_null(cJSON_GetObjectItem(j, "engine_version"));
  assert_int_equal(cJSON_GetObjectItem(j, "duration_seconds")->valueint, 180);
  const cJSON *ending = cJSON_GetObjectItem(j, "ending");
  assert_string_equal(cJSON_GetObjectItem(ending, "result")->valuestring,
                      "won");
  assert_int_equal(cJSON_GetObjectItem(ending, "deal_value")->valueint, 9000);
  assert_int_equal(cJSON_GetObjectItem(ending, "days_to_close")->valueint, 30);
  assert_string_equal(cJSON_GetObjectItem(ending, "currency")->valuestring,
                      "USD");
  const cJSON *d0 = cJSON_GetArrayItem(cJSON_GetObjectItem(j, "decisions"), 0);
  assert_string_equal(cJSON_GetObjectItem(d0, "best")->valuestring, "ask");
  assert_int_equal(cJSON_GetObjectItem(d0, "offered")->valueint, 2);
  const cJSON *rev = cJSON_GetObjectItem(d0, "revealed");
  assert_int_equal(cJSON_GetArraySize(rev), 1);
  assert_string_equal(cJSON_GetArrayItem(rev, 0)->valuestring, "pain");
  const cJSON *meters = cJSON_GetObjectItem(j, "final_meters");
  assert_int_equal(cJSON_GetObjectItem(meters, "trust")->valueint, 60);
  const cJSON *facts = cJSON_GetObjectItem(j, "facts");
  assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(facts, "uncovered")),
                   1);
  assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(facts, "missed")), 0);
  rec_free(&rec);
  assert_null(rec.json);
  free(text);
  sess_free(s);
}

static void
record_of_a_pushy_session_should_name_the_better_option(void **state) {
  (void)state;
  score_report r;
  sess_session *s = PLAY(42, &r, "pitch", "close");
  char *text = rec_format(s, &r, &META);
  cJSON *j = cJSON_Parse(text);
  assert_non_null(j);
  const cJSON *hurt =
      cJSON_GetObjectItem(cJSON_GetObjectItem(j, "key_moments"), "hurt");
  assert_true(cJSON_GetArraySize(hurt) >= 1);
  const cJSON *m = cJSON_GetArrayItem(hurt, 0);
  assert_string_equal(cJSON_GetObjectItem(m, "choice")->valuestring, "pitch");
  assert_string_equal(cJSON_GetObjectItem(m, "better")->valuestring, "ask");
  assert_string_equal(cJSON_GetObjectItem(m, "better_text")->valuestring,
                      "What is hard?");
  assert_string_equal(cJSON_GetObjectItem(m, "better_coach")->valuestring,
                      "Open question.");
  assert_string_equal(cJSON_GetObjectItem(m, "coach")->valuestring,
                      "Too early.");
  const cJSON *ending = cJSON_GetObjectItem(j, "ending");
  assert_true(cJSON_IsNull(
      cJSON_GetObjectItem(ending, "days_to_close"))); /* lost: never */
  cJSON_Delete(j);
  free(text);
  sess_free(s);
}

static void same_seed_and_choices_should_give_identical_records(void **state) {
  (void)state;
  score_report r1, r2, r3;
  sess_session *a = PLAY(7, &r1, "ask", "solve");
  sess_session *b = PLAY(7, &r2, "ask", "solve");
  char *ta = rec_format(a, &r1, &META), *tb = rec_format(b, &r2, &META);
  assert_string_equal(ta, tb);
  /* another seed is another record */
  sess_session *c = PLAY(8, &r3, "ask", "solve");
  char *tc = rec_format(c, &r3, &META);
  assert_string_not_equal(ta, tc);
  free(ta);
  free(tb);
  free(tc);
  sess_free(a);
  sess_free(b);
  sess_free(c);
}

/* ---- replay -------------------------------------------------------------- */

static void untampered_record_should_replay_ok(void **state) {
  (void)state;
  char *text = won_record();
  rec_record rec;
  rp_error err;
  assert_int_equal(rec_parse("r.json", text, strlen(text), &rec, &err), RP_OK);
  sess_session *out = NULL;
  score_report rep;
  assert_int_equal(rec_replay(call, &rec, &out, &rep, &err), RP_OK);
  assert_non_null(out);
  assert_int_equal(sess_state(out), SESS_ENDED);
  assert_true(rep.overall == rec.overall);
  assert_int_equal(sess_turn(out), 2);
  sess_free(out);
  rec_free(&rec);
  free(text);
}

static void quit_and_aborted_records_should_replay_ok(void **state) {
  (void)state;
  score_report r;
  rp_error err;
  sess_session *s = PLAY(3, &r, "pitch");
  sess_quit(s);
  score_session(s, &r);
  char *text = rec_format(s, &r, &META);
  assert_int_equal(replay_text(text, &err), RP_OK);
  free(text);
  sess_free(s);

  s = PLAY(3, &r, "ask", "poke");
  assert_int_equal(sess_state(s), SESS_ABORTED);
  text = rec_format(s, &r, &META);
  assert_contains(text, "\"abort_reason\":");
  assert_contains(text, "broken node");
  assert_int_equal(replay_text(text, &err), RP_OK);
  free(text);
  sess_free(s);
}

static void set_overall_12(cJSON *o) {
  cJSON *sc = cJSON_GetObjectItem(o, "scores");
  cJSON_SetNumberValue(cJSON_GetObjectItem(sc, "overall"), 12);
}

static void set_listening_score(cJSON *o) {
  cJSON *sk = cJSON_GetObjectItem(cJSON_GetObjectItem(o, "scores"), "skills");
  cJSON_SetNumberValue(
      cJSON_GetObjectItem(cJSON_GetObjectItem(sk, "listening"), "score"), 99.9);
}

static void tampered_scores_should_fail_naming_the_score(void **state) {
  (void)state;
  char *text = won_record();
  char *bad = edited(text, set_overall_12);
  rp_error err;
  assert_int_equal(replay_text(bad, &err), RP_EINPUT);
  assert_string_equal(
      err.msg, "score 'overall': the record says 12.0, the replay 100.0");
  free(bad);
  bad = edited(text, set_listening_score);
  assert_int_equal(replay_text(bad, &err), RP_EINPUT);
  assert_string_equal(
      err.msg, "score 'listening': the record says 99.9, the replay 100.0");
  free(bad);
  free(text);
}

static void set_second_choice_close_to_solve(cJSON *o) {
  cJSON *d = cJSON_GetArrayItem(cJSON_GetObjectItem(o, "decisions"), 1);
  cJSON_SetValuestring(cJSON_GetObjectItem(d, "choice"), "solve");
}

static void impossible_choice_should_fail_naming_the_decision(void **state) {
  (void)state;
  /* pitch leaves trust at 40: solve needs 60 and is not offered. */
  score_report r;
  sess_session *s = PLAY(42, &r, "pitch", "close");
  char *text = rec_format(s, &r, &META);
  char *bad = edited(text, set_second_choice_close_to_solve);
  rp_error err;
  assert_int_equal(replay_text(bad, &err), RP_EINPUT);
  assert_string_equal(err.msg, "decision 2: choice 'solve' is not offered at "
                               "node 'hub' (turn 2)");
  free(bad);
  free(text);
  sess_free(s);
}

static void set_first_node_hub(cJSON *o) {
  cJSON *d = cJSON_GetArrayItem(cJSON_GetObjectItem(o, "decisions"), 0);
  cJSON_SetValuestring(cJSON_GetObjectItem(d, "node"), "hub");
}

static void drop_last_decision(cJSON *o) {
  cJSON_DeleteItemFromArray(cJSON_GetObjectItem(o, "decisions"), 1);
}

static void set_status_quit(cJSON *o) {
  cJSON_ReplaceItemInObject(o, "status", cJSON_CreateString("quit"));
}

static void add_decision_after_the_end(cJSON *o) {
  cJSON *d = cJSON_CreateObject();
  cJSON_AddStringToObject(d, "node", "won");
  cJSON_AddStringToObject(d, "choice", "again");
  cJSON_AddNumberToObject(d, "seconds", 1);
  cJSON_AddItemToArray(cJSON_GetObjectItem(o, "decisions"), d);
}

static void
replay_should_name_node_status_and_ending_differences(void **state) {
  (void)state;
  char *text = won_record();
  rp_error err;
  char *bad = edited(text, set_first_node_hub);
  assert_int_equal(replay_text(bad, &err), RP_EINPUT);
  assert_string_equal(err.msg, "decision 1: the record says node 'hub' but "
                               "the replay is at node 'opening'");
  free(bad);
  bad = edited(text, drop_last_decision);
  assert_int_equal(replay_text(bad, &err), RP_EINPUT);
  assert_string_equal(err.msg, "status: the record says 'completed', the "
                               "replay 'active'");
  free(bad);
  bad = edited(text, add_decision_after_the_end);
  assert_int_equal(replay_text(bad, &err), RP_EINPUT);
  assert_string_equal(err.msg, "decision 3: the conversation had already "
                               "ended (completed) before it");
  free(bad);
  bad = edited(text, set_status_quit);
  assert_int_equal(replay_text(bad, &err), RP_EINPUT);
  assert_string_equal(err.msg, "status: the record says 'quit', the replay "
                               "'completed'");
  free(bad);
  free(text);
}

static void set_sha_zero(cJSON *o) {
  cJSON_SetValuestring(
      cJSON_GetObjectItem(cJSON_GetObjectItem(o, "scenario"), "sha256"),
      "0000000000000000000000000000000000000000000000000000000000000000");
}

static void set_scenario_other(cJSON *o) {
  cJSON_SetValuestring(
      cJSON_GetObjectItem(cJSON_GetObjectItem(o, "scenario"), "id"), "other");
}

static void wrong_sha256_should_fail_as_a_different_version(void **state) {
  (void)state;
  char *text = won_record();
  char *bad = edited(text, set_sha_zero);
  rp_error err;
  rec_record rec;
  assert_int_equal(rec_parse("r.json", bad, strlen(bad), &rec, &err), RP_OK);
  sess_session *out = (sess_session *)(void *)&rec; /* must become NULL */
  score_report rep;
  assert_int_equal(rec_replay(call, &rec, &out, &rep, &err), RP_EINPUT);
  assert_null(out);
  char want[256];
  snprintf(want, sizeof want,
           "the record was played on a different version of scenario "
           "'rec-call' (version 3.1, sha256 000000000000...; this file is "
           "version 3.1, sha256 %.12s...)",
           call->sha256);
  assert_string_equal(err.msg, want);
  rec_free(&rec);
  free(bad);

  bad = edited(text, set_scenario_other);
  assert_int_equal(replay_text(bad, &err), RP_EINPUT);
  assert_string_equal(err.msg,
                      "the record is of scenario 'other', not 'rec-call'");
  free(bad);
  free(text);
}

/* ---- parse errors -------------------------------------------------------- */

static void malformed_json_should_name_the_line(void **state) {
  (void)state;
  const char *text = "{\n  \"format\": \"rapport.session\",\n  oops\n}\n";
  rec_record rec;
  rp_error err;
  assert_int_equal(rec_parse("r.json", text, strlen(text), &rec, &err),
                   RP_EINPUT);
  assert_string_equal(err.msg, "r.json:3: not valid JSON (near byte 36)");
  expect_parse_error("", "r.json:1: not valid JSON (near byte 0)");
}

static void set_format_other(cJSON *o) {
  cJSON_ReplaceItemInObject(o, "format", cJSON_CreateString("other.thing"));
}

static void set_format_version_2(cJSON *o) {
  cJSON_ReplaceItemInObject(o, "format_version", cJSON_CreateNumber(2));
}

static void drop_trainee(cJSON *o) { cJSON_DeleteItemFromObject(o, "trainee"); }

static void set_seed_fraction(cJSON *o) {
  cJSON_ReplaceItemInObject(o, "seed", cJSON_CreateNumber(1.5));
}

static void set_seed_huge(cJSON *o) {
  cJSON_ReplaceItemInObject(o, "seed", cJSON_CreateNumber(1e17));
}

static void set_decision_seconds_string(cJSON *o) {
  cJSON *d = cJSON_GetArrayItem(cJSON_GetObjectItem(o, "decisions"), 1);
  cJSON_ReplaceItemInObject(d, "seconds", cJSON_CreateString("3"));
}

static void set_rq_150(cJSON *o) {
  cJSON_ReplaceItemInObject(cJSON_GetObjectItem(o, "scores"),
                            "relationship_quality", cJSON_CreateNumber(150));
}

static void wrong_format_or_fields_should_fail_naming_them(void **state) {
  (void)state;
  char *text = won_record();
  static const struct {
    void (*edit)(cJSON *);
    const char *msg;
  } cases[] = {
      {set_format_other, "r.json: not a session record (field 'format' is not "
                         "\"rapport.session\")"},
      {set_format_version_2, "r.json: record format version 2 is not one this "
                             "rapport reads (it reads 1)"},
      {drop_trainee, "r.json: field 'trainee' is missing"},
      {set_seed_fraction, "r.json: field 'seed' must be a whole number"},
      {set_seed_huge, "r.json: field 'seed' must be from 0 to 9.0072e+15"},
      {set_decision_seconds_string,
       "r.json: field 'decisions[1].seconds' must be a number"},
      {set_rq_150,
       "r.json: field 'scores.relationship_quality' must be from 0 to 100"},
  };
  for (size_t i = 0; i < UNIT_COUNT(cases); i++) {
    char *bad = edited(text, cases[i].edit);
    expect_parse_error(bad, cases[i].msg);
    free(bad);
  }
  expect_parse_error("[1, 2]", "r.json: not a session record (the top level "
                               "is not a JSON object)");
  free(text);
}

/* ---- seeds: every digit --------------------------------------------------
 * A seed is up to 2^53 - 1, sixteen digits; cJSON prints numbers with 15
 * significant ones, which wrote 6326752385367239 as 6.32675238536724e+15
 * (6326752385367240).  A record writes the integer itself. */

static void seeds_should_be_written_with_every_digit(void **state) {
  (void)state;
  static const uint64_t seeds[] = {REC_SEED_MAX,        6326752385367239ULL,
                                   6326752385367240ULL, 4503599627370497ULL,
                                   1000000000000000ULL, 0};
  for (size_t i = 0; i < UNIT_COUNT(seeds); i++) {
    score_report r;
    sess_session *s = PLAY(seeds[i], &r, "ask", "solve");
    char *text = rec_format(s, &r, &META);
    sess_free(s);
    assert_non_null(text);
    char want[64];
    snprintf(want, sizeof want, "\n\t\"seed\":\t%llu,\n",
             (unsigned long long)seeds[i]);
    if (strstr(text, want) == NULL)
      fail_msg("seed %llu is not written as %s", (unsigned long long)seeds[i],
               want);
    rec_record rec;
    rp_error err;
    assert_int_equal(rec_parse("r.json", text, strlen(text), &rec, &err),
                     RP_OK);
    assert_true(rec.seed == seeds[i]);
    sess_session *out = NULL;
    score_report rep;
    assert_int_equal(rec_replay(call, &rec, &out, &rep, &err), RP_OK);
    assert_true(sess_seed(out) == seeds[i]);
    sess_free(out);
    rec_free(&rec);
    free(text);
  }
}

static void an_old_record_with_a_rounded_seed_should_still_parse(void **s) {
  (void)s;
  char *text = won_record();
  char *at = strstr(text, "\"seed\":\t42,");
  assert_non_null(at);
  size_t n = strlen(text) + 32;
  char *old = malloc(n);
  assert_non_null(old);
  snprintf(old, n, "%.*s\"seed\":\t6.32675238536724e+15,%s", (int)(at - text),
           text, at + strlen("\"seed\":\t42,"));
  rec_record rec;
  rp_error err;
  assert_int_equal(rec_parse("r.json", old, strlen(old), &rec, &err), RP_OK);
  assert_true(rec.seed == 6326752385367240ULL);
  rec_free(&rec);
  rp_error rerr;
  assert_int_equal(replay_text(old, &rerr), RP_OK); /* choices go by id */
  free(old);
  free(text);
}

int main(void) {
  unit_filters_from_env();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(formatted_record_should_parse_back_with_every_field),
      cmocka_unit_test(record_of_a_pushy_session_should_name_the_better_option),
      cmocka_unit_test(same_seed_and_choices_should_give_identical_records),
      cmocka_unit_test(untampered_record_should_replay_ok),
      cmocka_unit_test(quit_and_aborted_records_should_replay_ok),
      cmocka_unit_test(tampered_scores_should_fail_naming_the_score),
      cmocka_unit_test(impossible_choice_should_fail_naming_the_decision),
      cmocka_unit_test(replay_should_name_node_status_and_ending_differences),
      cmocka_unit_test(wrong_sha256_should_fail_as_a_different_version),
      cmocka_unit_test(malformed_json_should_name_the_line),
      cmocka_unit_test(wrong_format_or_fields_should_fail_naming_them),
      cmocka_unit_test(seeds_should_be_written_with_every_digit),
      cmocka_unit_test(an_old_record_with_a_rounded_seed_should_still_parse),
  };
  return cmocka_run_group_tests(tests, load_call, free_call);
}
