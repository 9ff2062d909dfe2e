/*
 * test_session.c -- the conversation state machine (sess.h) on a small
 * scenario with a hub of questions, conditions, functions and randomness.
 * HUB turns shuffling off so options keep the author's order; the seeded
 * order itself is tested on a scenario of its own at the end.
 */
#include "unit.h"

#include "core/sess.h"

/* clang-format off */
static const char HUB[] =
/*  1 */ "return scenario {\n"
/*  2 */ "  id = 'hub-call', title = 'Hub', module = 'discovery', difficulty = 'intermediate',\n"
/*  3 */ "  version = '2', brief = 'A call with a hub.', shuffle = false,\n"
/*  4 */ "  prospect = { name = 'Ada', role = 'CFO', company = 'Acme' },\n"
/*  5 */ "  state = { trust = { start = 50, min = 0, max = 100 }, patience = { start = 2, min = 0, max = 3 } },\n"
/*  6 */ "  facts = { pain = 'Invoices are late.', budget = 'Budget is approved.' },\n"
/*  7 */ "  start = 'opening',\n"
/*  8 */ "  nodes = {\n"
/*  9 */ "    opening = {\n"
/* 10 */ "      say = function(s)\n"
/* 11 */ "        local greet = { 'Hi.', 'Hello.', 'Hey.', 'Morning.', 'Yes?' }\n"
/* 12 */ "        return greet[math.random(#greet)] .. ' #' .. math.random(1000000)\n"
/* 13 */ "      end,\n"
/* 14 */ "      choices = {\n"
/* 15 */ "        { id = 'hello', text = 'Thanks for making time.', skills = { empathy = 1 },\n"
/* 16 */ "          next = 'hub' },\n"
/* 17 */ "      },\n"
/* 18 */ "    },\n"
/* 19 */ "    hub = {\n"
/* 20 */ "      say = function(s)\n"
/* 21 */ "        if s.facts.pain then return 'Trust is ' .. s.trust .. '; you know the pain.' end\n"
/* 22 */ "        return 'Trust is ' .. s.trust .. '.'\n"
/* 23 */ "      end,\n"
/* 24 */ "      choices = {\n"
/* 25 */ "        { id = 'ask_pain', text = 'What is hardest right now?', once = true,\n"
/* 26 */ "          skills = { listening = 2, empathy = 1 }, state = { trust = 15 },\n"
/* 27 */ "          reveal = { 'pain' }, reply = 'Invoices.', next = 'hub' },\n"
/* 28 */ "        { id = 'ask_budget', text = 'Is there budget?', once = true, requires = { 'pain' },\n"
/* 29 */ "          skills = { problem_solving = 2, listening = 1 }, state = { trust = 15 },\n"
/* 30 */ "          reveal = { 'budget' }, next = 'hub' },\n"
/* 31 */ "        { id = 'propose', text = 'Shall we try a pilot?', requires = { trust = 70 },\n"
/* 32 */ "          unavailable = 'She does not trust you enough yet.',\n"
/* 33 */ "          skills = { problem_solving = 3 },\n"
/* 34 */ "          next = function(s) if s.trust >= 80 then return 'won' end return 'stalled' end },\n"
/* 35 */ "        { id = 'chat', text = 'Nice weather.', when = function(s) return s.visits.hub <= 2 end,\n"
/* 36 */ "          state = { trust = 5, patience = 5 }, next = 'hub' },\n"
/* 37 */ "        { id = 'push', text = 'Sign today.', skills = { pushing = 3 },\n"
/* 38 */ "          state = { trust = -40, patience = -5 }, next = 'hub' },\n"
/* 39 */ "        { id = 'poke', text = 'Let me show you something.', next = 'broken' },\n"
/* 40 */ "      },\n"
/* 41 */ "    },\n"
/* 42 */ "    broken = {\n"
/* 43 */ "      say = function(s) local t = nil; return t.field end,\n"
/* 44 */ "      choices = { { id = 'out', text = 'Bye.', next = 'lost' } },\n"
/* 45 */ "    },\n"
/* 46 */ "  },\n"
/* 47 */ "  endings = {\n"
/* 48 */ "    won = { say = 'Pilot agreed.', outcome = { result = 'won', deal_value = 5000, days_to_close = 14 } },\n"
/* 49 */ "    stalled = { say = 'She will think about it.', outcome = { result = 'stalled' } },\n"
/* 50 */ "    lost = { say = 'Click.', outcome = { result = 'lost' } },\n"
/* 51 */ "  },\n"
/* 52 */ "}\n";
/* clang-format on */

/* Meter indexes and fact bits, looked up once the scenario is loaded
 * (declared on one line, they are ordered by name). */
static int TRUST, PATIENCE;
static uint64_t PAIN, BUDGET;
enum { OPENING = 0, HUB_NODE = 1, BROKEN = 2, WON = 3, STALLED = 4, LOST = 5 };
enum { ASK_PAIN, ASK_BUDGET, PROPOSE, CHAT, PUSH, POKE }; /* hub choices */

static scn_scenario *hub;

static int load_hub(void **state) {
  (void)state;
  rp_error err;
  hub = scn_load(UNIT_CHUNK, HUB, strlen(HUB), &err);
  if (hub == NULL) {
    fprintf(stderr, "HUB did not load: %s\n", err.msg);
    return -1;
  }
  TRUST = scn_meter_find(hub, "trust");
  PATIENCE = scn_meter_find(hub, "patience");
  PAIN = (uint64_t)1 << scn_fact_find(hub, "pain");
  BUDGET = (uint64_t)1 << scn_fact_find(hub, "budget");
  return TRUST >= 0 && PATIENCE >= 0 && PAIN != BUDGET ? 0 : -1;
}

static int free_hub(void **state) {
  (void)state;
  scn_free(hub);
  hub = NULL;
  return 0;
}

static sess_session *start(uint64_t seed) {
  rp_error err;
  sess_session *s = sess_new(hub, seed, &err);
  assert_non_null(s);
  assert_int_equal(sess_state(s), SESS_ACTIVE);
  return s;
}

static void choose(sess_session *s, const char *id) {
  rp_error err;
  rp_status st = sess_choose_id(s, id, 1.5, &err);
  if (st != RP_OK)
    fail_msg("choosing '%s' failed: %s", id, err.msg);
}

/* The option shown for choice index ci of the current node, or NULL. */
static const sess_option *option_for(const sess_session *s, int ci) {
  const sess_option *o;
  int n = sess_options(s, &o);
  for (int i = 0; i < n; i++)
    if (o[i].choice == ci)
      return &o[i];
  return NULL;
}

static const char *line_text(const sess_session *s, int i) {
  const sess_line *l;
  int n = sess_transcript(s, &l);
  assert_true(i < n);
  return l[i].text;
}

/* ---- starting ------------------------------------------------------------ */

static void
new_session_should_start_at_the_start_node_with_meter_starts(void **state) {
  (void)state;
  sess_session *s = start(1);
  assert_ptr_equal(sess_scenario(s), hub);
  assert_true(sess_seed(s) == 1);
  assert_null(sess_abort_reason(s));
  assert_int_equal(sess_node(s), OPENING);
  assert_int_equal(sess_turn(s), 0);
  assert_int_equal(sess_meters(s)[TRUST], 50);
  assert_int_equal(sess_meters(s)[PATIENCE], 2);
  assert_true(sess_facts(s) == 0);
  const sess_line *l;
  assert_int_equal(sess_transcript(s, &l), 1);
  assert_int_equal(l[0].who, SESS_PROSPECT);
  assert_int_equal(l[0].turn, 0);
  const sess_option *o;
  assert_int_equal(sess_options(s, &o), 1);
  assert_int_equal(sess_available(s), 1);
  assert_int_equal(o[0].number, 1);
  assert_true(o[0].available);
  assert_string_equal(o[0].text, "Thanks for making time.");
  const sess_decision *d;
  assert_int_equal(sess_decisions(s, &d), 0);
  assert_string_equal(sess_status_name(SESS_ACTIVE), "active");
  assert_string_equal(sess_status_name(SESS_ENDED), "completed");
  assert_string_equal(sess_status_name(SESS_QUIT), "quit");
  assert_string_equal(sess_status_name(SESS_ABORTED), "aborted");
  sess_free(s);
}

/* ---- options and conditions ---------------------------------------------- */

static void hub_should_offer_conditions_when_and_a_locked_option(void **state) {
  (void)state;
  sess_session *s = start(1);
  choose(s, "hello");
  assert_int_equal(sess_node(s), HUB_NODE);
  const sess_option *o;
  int n = sess_options(s, &o);
  /* ask_budget needs the pain fact and has no hint: hidden.  propose needs
   * trust 70 and has a hint: shown locked with number 0. */
  assert_int_equal(n, 5);
  assert_int_equal(sess_available(s), 4);
  static const int want_choice[] = {ASK_PAIN, PROPOSE, CHAT, PUSH, POKE};
  static const int want_number[] = {1, 0, 2, 3, 4};
  for (int i = 0; i < n; i++) {
    assert_int_equal(o[i].choice, want_choice[i]);
    assert_int_equal(o[i].number, want_number[i]);
    assert_int_equal(o[i].available, want_number[i] != 0);
  }
  assert_string_equal(o[1].text, "Shall we try a pilot?");
  assert_null(option_for(s, ASK_BUDGET));
  sess_free(s);
}

static void
requires_fact_once_and_when_should_change_what_is_offered(void **state) {
  (void)state;
  sess_session *s = start(1);
  choose(s, "hello");
  choose(s, "ask_pain");
  /* pain known: ask_budget offered; ask_pain was once-only: gone. */
  assert_null(option_for(s, ASK_PAIN));
  assert_non_null(option_for(s, ASK_BUDGET));
  assert_true(option_for(s, ASK_BUDGET)->available);
  assert_non_null(option_for(s, CHAT)); /* second visit: when is true */
  assert_int_equal(sess_meters(s)[TRUST], 65);
  assert_false(option_for(s, PROPOSE)->available); /* 65 < 70 */
  choose(s, "ask_budget");
  /* third visit: chat's when is false and it has no hint: hidden. */
  assert_null(option_for(s, CHAT));
  assert_null(option_for(s, ASK_BUDGET));
  assert_int_equal(sess_meters(s)[TRUST], 80);
  const sess_option *p = option_for(s, PROPOSE);
  assert_non_null(p);
  assert_true(p->available);
  assert_int_equal(p->number, 1);
  assert_int_equal(sess_available(s), 3);
  sess_free(s);
}

static void locked_option_should_not_be_choosable(void **state) {
  (void)state;
  sess_session *s = start(1);
  choose(s, "hello");
  rp_error err;
  assert_int_equal(sess_choose(s, 0, 1, &err), RP_EINPUT);
  assert_string_equal(err.msg,
                      "there is no choice 0; type a number from 1 to 4");
  assert_int_equal(sess_choose_id(s, "propose", 1, &err), RP_EINPUT);
  assert_string_equal(err.msg,
                      "choice 'propose' is not offered at node 'hub' (turn 2)");
  assert_int_equal(sess_choose_id(s, "ask_budget", 1, &err), RP_EINPUT);
  assert_int_equal(sess_turn(s), 1);
  sess_free(s);
}

/* ---- effects ------------------------------------------------------------- */

static void say_functions_should_see_meters_and_facts(void **state) {
  (void)state;
  sess_session *s = start(1);
  choose(s, "hello");
  assert_string_equal(line_text(s, 2), "Trust is 50.");
  choose(s, "ask_pain");
  assert_string_equal(line_text(s, 5), "Trust is 65; you know the pain.");
  sess_free(s);
}

static void meters_should_clamp_to_their_bounds(void **state) {
  (void)state;
  sess_session *s = start(1);
  choose(s, "hello");
  choose(s, "chat"); /* patience 2 + 5 -> max 3; trust 55 */
  assert_int_equal(sess_meters(s)[PATIENCE], 3);
  assert_int_equal(sess_meters(s)[TRUST], 55);
  choose(s, "push"); /* trust 15, patience 3 - 5 -> min 0 */
  assert_int_equal(sess_meters(s)[TRUST], 15);
  assert_int_equal(sess_meters(s)[PATIENCE], 0);
  choose(s, "push"); /* trust 15 - 40 -> min 0 */
  assert_int_equal(sess_meters(s)[TRUST], 0);
  assert_int_equal(sess_meters(s)[PATIENCE], 0);
  sess_free(s);
}

static void next_function_should_route_on_trust(void **state) {
  (void)state;
  sess_session *s = start(1);
  choose(s, "hello");
  choose(s, "ask_pain");
  choose(s, "ask_budget"); /* trust 80 */
  choose(s, "propose");
  assert_int_equal(sess_state(s), SESS_ENDED);
  assert_int_equal(sess_node(s), WON);
  sess_free(s);

  s = start(1);
  choose(s, "hello");
  choose(s, "chat");     /* 55 */
  choose(s, "ask_pain"); /* 70: propose unlocks, but 70 < 80 */
  choose(s, "propose");
  assert_int_equal(sess_state(s), SESS_ENDED);
  assert_int_equal(sess_node(s), STALLED);
  sess_free(s);
}

static void
winning_path_should_reveal_facts_and_write_the_transcript(void **state) {
  (void)state;
  sess_session *s = start(1);
  choose(s, "hello");
  choose(s, "ask_pain");
  assert_true(sess_facts(s) == PAIN);
  choose(s, "ask_budget");
  assert_true(sess_facts(s) == (PAIN | BUDGET));
  choose(s, "propose");
  assert_int_equal(sess_turn(s), 4);
  const sess_option *o;
  assert_int_equal(sess_options(s, &o), 0); /* an ending offers nothing */
  assert_int_equal(sess_available(s), 0);

  static const struct {
    sess_speaker who;
    int turn;
    const char *text; /* NULL: random */
  } want[] = {
      {SESS_PROSPECT, 0, NULL},
      {SESS_TRAINEE, 1, "Thanks for making time."},
      {SESS_PROSPECT, 1, "Trust is 50."},
      {SESS_TRAINEE, 2, "What is hardest right now?"},
      {SESS_REACTION, 2, "Invoices."},
      {SESS_PROSPECT, 2, "Trust is 65; you know the pain."},
      {SESS_TRAINEE, 3, "Is there budget?"},
      {SESS_PROSPECT, 3, "Trust is 80; you know the pain."},
      {SESS_TRAINEE, 4, "Shall we try a pilot?"},
      {SESS_NARRATION, 4, "Pilot agreed."},
  };
  const sess_line *l;
  int n = sess_transcript(s, &l);
  assert_int_equal(n, (int)UNIT_COUNT(want));
  for (int i = 0; i < n; i++) {
    assert_int_equal(l[i].who, want[i].who);
    assert_int_equal(l[i].turn, want[i].turn);
    if (want[i].text != NULL)
      assert_string_equal(l[i].text, want[i].text);
  }
  rp_error err;
  assert_int_equal(sess_choose(s, 1, 1, &err), RP_EINPUT);
  assert_string_equal(err.msg, "the conversation is over");
  sess_free(s);
}

/* ---- decisions ----------------------------------------------------------- */

static void decisions_should_record_value_min_max_and_best(void **state) {
  (void)state;
  sess_session *s = start(1);
  choose(s, "hello");
  choose(s, "chat");
  choose(s, "ask_pain");
  const sess_decision *d;
  assert_int_equal(sess_decisions(s, &d), 3);

  /* 1: the only option */
  assert_int_equal(d[0].turn, 1);
  assert_int_equal(d[0].node, OPENING);
  assert_int_equal(d[0].choice, 0);
  assert_int_equal(d[0].n_offered, 1);
  assert_int_equal(d[0].value, 1);
  assert_int_equal(d[0].value_min, 1);
  assert_int_equal(d[0].value_max, 1);
  assert_int_equal(d[0].best, 0);
  assert_true(d[0].seconds == 1.5);

  /* 2: chat (value 0) among ask_pain (3), chat, push, poke; locked propose
   * is not counted as offered. */
  assert_int_equal(d[1].node, HUB_NODE);
  assert_int_equal(d[1].choice, CHAT);
  assert_int_equal(d[1].n_offered, 4);
  assert_int_equal(d[1].value, 0);
  assert_int_equal(d[1].value_min, 0);
  assert_int_equal(d[1].value_max, 3);
  assert_int_equal(d[1].best, ASK_PAIN);
  assert_string_equal(d[1].text, "Nice weather.");
  assert_string_equal(d[1].best_text, "What is hardest right now?");
  static const int smin[] = {0, 0, 0, 0}, smax[] = {1, 2, 0, 3};
  for (int k = 0; k < SCN_SKILL_COUNT; k++) {
    assert_int_equal(d[1].skill[k], 0);
    assert_int_equal(d[1].skill_min[k], smin[k]);
    assert_int_equal(d[1].skill_max[k], smax[k]);
  }
  assert_true(d[1].revealed == 0);

  /* 3: the best option, which reveals pain */
  assert_int_equal(d[2].choice, ASK_PAIN);
  assert_int_equal(d[2].best, ASK_PAIN);
  assert_int_equal(d[2].value, 3);
  assert_int_equal(d[2].skill[SCN_LISTENING], 2);
  assert_int_equal(d[2].skill[SCN_EMPATHY], 1);
  assert_true(d[2].revealed == PAIN);
  assert_string_equal(d[2].best_text, d[2].text);
  sess_free(s);
}

static void negative_seconds_should_be_recorded_as_zero(void **state) {
  (void)state;
  sess_session *s = start(1);
  rp_error err;
  assert_int_equal(sess_choose(s, 1, -4.0, &err), RP_OK);
  const sess_decision *d;
  assert_int_equal(sess_decisions(s, &d), 1);
  assert_true(d[0].seconds == 0.0);
  sess_free(s);
}

/* ---- bad input leaves the session unchanged ------------------------------ */

static void
invalid_choice_should_return_einput_and_change_nothing(void **state) {
  (void)state;
  sess_session *s = start(1);
  choose(s, "hello");
  const sess_line *l;
  int lines = sess_transcript(s, &l);
  int trust = sess_meters(s)[TRUST];
  const sess_option *o;
  int n = sess_options(s, &o);
  static const int bad[] = {0, -1, 5, 99};
  rp_error err;
  for (size_t i = 0; i < UNIT_COUNT(bad); i++) {
    assert_int_equal(sess_choose(s, bad[i], 1, &err), RP_EINPUT);
    assert_int_equal(err.code, RP_EINPUT);
  }
  assert_int_equal(sess_choose(s, 5, 1, &err), RP_EINPUT);
  assert_string_equal(err.msg,
                      "there is no choice 5; type a number from 1 to 4");
  assert_int_equal(sess_choose_id(s, "nonsense", 1, &err), RP_EINPUT);
  assert_string_equal(
      err.msg, "choice 'nonsense' is not offered at node 'hub' (turn 2)");
  assert_int_equal(sess_state(s), SESS_ACTIVE);
  assert_int_equal(sess_turn(s), 1);
  assert_int_equal(sess_node(s), HUB_NODE);
  assert_int_equal(sess_transcript(s, &l), lines);
  assert_int_equal(sess_options(s, &o), n);
  assert_int_equal(sess_meters(s)[TRUST], trust);
  const sess_decision *d;
  assert_int_equal(sess_decisions(s, &d), 1);

  /* With one option the hint says so. */
  sess_session *t = start(1);
  assert_int_equal(sess_choose(t, 2, 1, &err), RP_EINPUT);
  assert_string_equal(err.msg, "there is no choice 2; type 1");
  sess_free(t);
  sess_free(s);
}

/* ---- run-time errors in the author's functions --------------------------- */

static void error_in_say_should_abort_naming_file_line_and_node(void **state) {
  (void)state;
  sess_session *s = start(1);
  choose(s, "hello");
  rp_error err;
  assert_int_equal(sess_choose_id(s, "poke", 2, &err), RP_ERUNTIME);
  assert_int_equal(sess_state(s), SESS_ABORTED);
  const char *why = sess_abort_reason(s);
  assert_non_null(why);
  assert_string_equal(why, "test.lua:43: attempt to index a nil value (local "
                           "'t') (in say of node 'broken')");
  assert_string_equal(err.msg, why);
  /* Everything played so far is kept, including the fatal decision. */
  const sess_decision *d;
  assert_int_equal(sess_decisions(s, &d), 2);
  assert_int_equal(d[1].choice, POKE);
  assert_int_equal(sess_turn(s), 2);
  const sess_option *o;
  assert_int_equal(sess_options(s, &o), 0);
  assert_int_equal(sess_choose(s, 1, 1, &err), RP_EINPUT);
  assert_string_equal(err.msg, "the conversation is over");
  sess_free(s);
}

/* A scenario with functions that fail in other ways. */
static scn_scenario *load_faulty(const char *say, const char *choice_extra) {
  char src[2048];
  snprintf(
      src, sizeof src,
      "return scenario {\n"
      "  id = 'f', title = 'F', module = 'm', difficulty = 'beginner',\n"
      "  version = '1', brief = 'b',\n"
      "  prospect = { name = 'N', role = 'R', company = 'C' },\n"
      "  start = 'a',\n"
      "  nodes = { a = { say = %s,\n"
      "    choices = { { id = 'x', text = 'x', next = 'e' %s } } } },\n"
      "  endings = { e = { say = 'bye', outcome = { result = 'won' } } },\n"
      "}\n",
      say, choice_extra);
  return unit_load_ok(src);
}

static void
error_entering_the_start_node_should_return_an_aborted_session(void **state) {
  (void)state;
  scn_scenario *f = load_faulty("function(s) error('no greeting') end", "");
  rp_error err;
  sess_session *s = sess_new(f, 1, &err);
  assert_non_null(s);
  assert_int_equal(sess_state(s), SESS_ABORTED);
  assert_string_equal(sess_abort_reason(s),
                      "test.lua:6: no greeting (in say of node 'a')");
  sess_free(s);
  scn_free(f);
}

static void say_returning_no_string_should_abort_saying_so(void **state) {
  (void)state;
  scn_scenario *f = load_faulty("function(s) return 42 end", "");
  rp_error err;
  sess_session *s = sess_new(f, 1, &err);
  assert_int_equal(sess_state(s), SESS_ABORTED);
  assert_string_equal(sess_abort_reason(s),
                      "test.lua:6: say of node 'a' returned a number; it "
                      "must return a string");
  sess_free(s);
  scn_free(f);
}

static void endless_loop_in_say_should_abort_with_the_budget(void **state) {
  (void)state;
  scn_scenario *f = load_faulty("function(s) while true do end end", "");
  rp_error err;
  sess_session *s = sess_new(f, 1, &err);
  assert_int_equal(sess_state(s), SESS_ABORTED);
  assert_string_equal(sess_abort_reason(s),
                      "test.lua:6: instruction budget exceeded (the scenario "
                      "ran too long: an endless loop?) (in say of node 'a')");
  sess_free(s);
  scn_free(f);
}

/* The bound on the text functions return is on what one session keeps: a
 * restart frees the transcript, so a trainee (or the benchmark, which
 * restarts one session for every playthrough) may restart any number of
 * times.  Before this, the 129th restart of a 512 KiB greeting aborted. */
static void restart_should_count_the_text_bound_again(void **state) {
  (void)state;
  scn_scenario *f = load_faulty("function(s) return ('x'):rep(524288) end", "");
  rp_error err;
  sess_session *s = sess_new(f, 1, &err);
  assert_non_null(s);
  for (int i = 0; i < 200; i++) {
    assert_int_equal(sess_state(s), SESS_ACTIVE);
    assert_int_equal(sess_choose(s, 1, 1, &err), RP_OK);
    assert_int_equal(sess_state(s), SESS_ENDED);
    assert_int_equal(sess_restart(s, &err), RP_OK);
  }
  assert_int_equal(sess_state(s), SESS_ACTIVE);
  assert_null(sess_abort_reason(s));
  sess_free(s);
  scn_free(f);
}

static void session_view_should_be_read_only_and_strict(void **state) {
  (void)state;
  scn_scenario *f = load_faulty("function(s) s.trust = 100 return 'x' end", "");
  rp_error err;
  sess_session *s = sess_new(f, 1, &err);
  assert_int_equal(sess_state(s), SESS_ABORTED);
  assert_string_equal(sess_abort_reason(s),
                      "test.lua:6: the session view is read-only (functions "
                      "describe the conversation; choices change it) (in say "
                      "of node 'a')");
  sess_free(s);
  scn_free(f);

  f = load_faulty("function(s) return 'x' .. s.trsut end", "");
  s = sess_new(f, 1, &err);
  assert_int_equal(sess_state(s), SESS_ABORTED);
  assert_string_equal(sess_abort_reason(s),
                      "test.lua:6: s.trsut: no meter or field named 'trsut' "
                      "(fields: turn, facts, visits, chose, and the meters) "
                      "(in say of node 'a')");
  sess_free(s);
  scn_free(f);

  f = load_faulty("function(s) return 'x' .. tostring(s.facts.nope) end", "");
  s = sess_new(f, 1, &err);
  assert_string_equal(sess_abort_reason(s),
                      "test.lua:6: s.facts.nope: no fact named 'nope' (in say "
                      "of node 'a')");
  sess_free(s);
  scn_free(f);
}

static void view_should_expose_turn_visits_and_chose(void **state) {
  (void)state;
  scn_scenario *f = load_faulty(
      "function(s) return s.turn .. ',' .. s.visits.a .. ',' .. "
      "tostring(s.chose.x) .. ',' .. s.trust end",
      ", reply = function(s) return s.turn .. ',' .. tostring(s.chose.x) end");
  rp_error err;
  sess_session *s = sess_new(f, 1, &err);
  assert_int_equal(sess_state(s), SESS_ACTIVE);
  assert_string_equal(line_text(s, 0), "0,1,false,50");
  assert_int_equal(sess_choose(s, 1, 1, &err), RP_OK);
  /* the reply sees the decision made */
  assert_string_equal(line_text(s, 2), "1,true");
  sess_free(s);
  scn_free(f);
}

static void next_naming_a_missing_node_should_abort(void **state) {
  (void)state;
  scn_scenario *f =
      load_faulty("'hi'", ", next = function(s) return 'nowhere' end");
  rp_error err;
  sess_session *s = sess_new(f, 1, &err);
  assert_int_equal(sess_choose(s, 1, 1, &err), RP_ERUNTIME);
  assert_int_equal(sess_state(s), SESS_ABORTED);
  assert_string_equal(sess_abort_reason(s),
                      "test.lua:7: next of choice 'x' in node 'a' returned "
                      "'nowhere', which is not a node or ending");
  sess_free(s);
  scn_free(f);
}

static void node_where_every_condition_fails_should_abort(void **state) {
  (void)state;
  scn_scenario *f =
      load_faulty("'hi'", ", when = function(s) return false end");
  rp_error err;
  sess_session *s = sess_new(f, 1, &err);
  assert_int_equal(sess_state(s), SESS_ABORTED);
  assert_string_equal(sess_abort_reason(s),
                      "test.lua:6: node 'a': no choice is available here "
                      "(every condition failed); the conversation cannot go "
                      "on");
  sess_free(s);
  scn_free(f);
}

/* ---- randomness ---------------------------------------------------------- */

static void same_seed_should_give_the_same_random_text(void **state) {
  (void)state;
  sess_session *a = start(2024), *b = start(2024);
  assert_string_equal(line_text(a, 0), line_text(b, 0));
  assert_contains(line_text(a, 0), " #");
  sess_free(a);
  sess_free(b);
}

static void
different_seeds_should_be_able_to_give_different_text(void **state) {
  (void)state;
  sess_session *a = start(2024);
  int differ = 0;
  for (uint64_t seed = 1; seed <= 10; seed++) {
    sess_session *b = start(seed);
    differ += strcmp(line_text(a, 0), line_text(b, 0)) != 0;
    sess_free(b);
  }
  assert_true(differ >= 9); /* a number in 1..1000000 is in the text */
  sess_free(a);
}

/* ---- undo, restart, quit ------------------------------------------------- */

typedef struct snapshot {
  int node, turn, n_opts, n_avail, n_lines, n_dec;
  int meters[SCN_MAX_METERS];
  uint64_t facts;
  sess_status status;
  char opts[8][128];
  int opt_choice[8], opt_number[8];
  char lines[32][128];
} snapshot;

static void take_snapshot(const sess_session *s, snapshot *sn) {
  memset(sn, 0, sizeof *sn);
  sn->node = sess_node(s);
  sn->turn = sess_turn(s);
  sn->status = sess_state(s);
  sn->facts = sess_facts(s);
  memcpy(sn->meters, sess_meters(s), sizeof sn->meters[0] * hub->n_meters);
  const sess_option *o;
  sn->n_opts = sess_options(s, &o);
  sn->n_avail = sess_available(s);
  for (int i = 0; i < sn->n_opts && i < 8; i++) {
    snprintf(sn->opts[i], sizeof sn->opts[i], "%s", o[i].text);
    sn->opt_choice[i] = o[i].choice;
    sn->opt_number[i] = o[i].number;
  }
  const sess_line *l;
  sn->n_lines = sess_transcript(s, &l);
  for (int i = 0; i < sn->n_lines && i < 32; i++)
    snprintf(sn->lines[i], sizeof sn->lines[i], "%d:%d:%s", (int)l[i].who,
             l[i].turn, l[i].text);
  const sess_decision *d;
  sn->n_dec = sess_decisions(s, &d);
}

static void
undo_should_return_to_the_exact_state_before_the_last_choice(void **state) {
  (void)state;
  sess_session *s = start(77);
  choose(s, "hello");
  choose(s, "ask_pain");
  snapshot before, after;
  take_snapshot(s, &before);
  choose(s, "push");
  assert_int_equal(sess_meters(s)[TRUST], 25);
  rp_error err;
  assert_int_equal(sess_undo(s, &err), RP_OK);
  take_snapshot(s, &after);
  assert_memory_equal(&before, &after, sizeof before);

  /* Undo all the way, then there is nothing left to undo. */
  assert_int_equal(sess_undo(s, &err), RP_OK);
  assert_int_equal(sess_undo(s, &err), RP_OK);
  assert_int_equal(sess_turn(s), 0);
  assert_non_null(option_for(s, 0));
  assert_int_equal(sess_undo(s, &err), RP_EINPUT);
  assert_string_equal(err.msg, "nothing to undo: no choice made yet");
  sess_free(s);
}

static void
undo_should_offer_a_once_choice_again_and_keep_random_text(void **state) {
  (void)state;
  sess_session *s = start(5);
  char first[128];
  snprintf(first, sizeof first, "%s", line_text(s, 0));
  choose(s, "hello");
  choose(s, "ask_pain");
  assert_null(option_for(s, ASK_PAIN));
  rp_error err;
  assert_int_equal(sess_undo(s, &err), RP_OK);
  assert_non_null(option_for(s, ASK_PAIN));
  assert_true(sess_facts(s) == 0);
  assert_int_equal(sess_meters(s)[TRUST], 50);
  assert_string_equal(line_text(s, 0), first); /* replayed from the seed */
  sess_free(s);
}

static void undo_should_bring_an_ended_or_aborted_session_back(void **state) {
  (void)state;
  sess_session *s = start(3);
  choose(s, "hello");
  rp_error err;
  assert_int_equal(sess_choose_id(s, "poke", 1, &err), RP_ERUNTIME);
  assert_int_equal(sess_undo(s, &err), RP_OK);
  assert_int_equal(sess_state(s), SESS_ACTIVE);
  assert_null(sess_abort_reason(s));
  assert_int_equal(sess_node(s), HUB_NODE);
  assert_int_equal(sess_turn(s), 1);
  sess_free(s);
}

static void restart_should_start_over_with_the_same_seed(void **state) {
  (void)state;
  sess_session *s = start(11);
  snapshot fresh, again;
  take_snapshot(s, &fresh);
  choose(s, "hello");
  choose(s, "ask_pain");
  choose(s, "ask_budget");
  choose(s, "propose");
  assert_int_equal(sess_state(s), SESS_ENDED);
  rp_error err;
  assert_int_equal(sess_restart(s, &err), RP_OK);
  take_snapshot(s, &again);
  assert_memory_equal(&fresh, &again, sizeof fresh);
  assert_true(sess_seed(s) == 11);
  sess_free(s);
}

static void quit_should_end_an_active_session_only(void **state) {
  (void)state;
  sess_session *s = start(1);
  choose(s, "hello");
  sess_quit(s);
  assert_int_equal(sess_state(s), SESS_QUIT);
  const sess_option *o;
  assert_int_equal(sess_options(s, &o), 0);
  rp_error err;
  assert_int_equal(sess_choose(s, 1, 1, &err), RP_EINPUT);
  assert_string_equal(err.msg, "the conversation is over");
  const sess_decision *d;
  assert_int_equal(sess_decisions(s, &d), 1); /* kept */
  sess_free(s);

  s = start(1);
  choose(s, "hello");
  choose(s, "ask_pain");
  choose(s, "ask_budget");
  choose(s, "propose");
  sess_quit(s); /* already ended: stays ended */
  assert_int_equal(sess_state(s), SESS_ENDED);
  sess_free(s);
}

/* ---- shuffled options ---------------------------------------------------- */

/* Six options of distinct value; shuffling is the default. */
static const char SIX[] =
    "local function six(next)\n"
    "  local list = {}\n"
    "  for i = 1, 6 do\n"
    "    list[i] = { id = 'c' .. i, text = 'option ' .. i, next = next,\n"
    "                skills = { listening = i } }\n"
    "  end\n"
    "  list[4].requires = { trust = 90 }\n"
    "  list[4].unavailable = 'Not yet.'\n"
    "  return list\n"
    "end\n"
    "return scenario {\n"
    "  id = 'six', title = 'Six', module = 'm', difficulty = 'beginner',\n"
    "  version = '1', brief = 'b',\n"
    "  prospect = { name = 'N', role = 'R', company = 'C' },\n"
    "  start = 'a',\n"
    "  nodes = { a = { say = 'Pick.', choices = six('b') },\n"
    "            b = { say = 'Again.', shuffle = false, choices = six('e') } "
    "},\n"
    "  endings = { e = { say = 'Bye.', outcome = { result = 'won' } } },\n"
    "}\n";

/* The shown order as a string of choice numbers ("352146"). */
static void shown_order(const sess_session *s, char out[16]) {
  const sess_option *o;
  int n = sess_options(s, &o);
  for (int i = 0; i < n; i++)
    out[i] = (char)('1' + o[i].choice);
  out[n] = '\0';
}

static void
options_should_be_shuffled_by_the_seed_and_numbered_as_shown(void **state) {
  (void)state;
  scn_scenario *six = unit_load_ok(SIX);
  assert_true(six->nodes[0].shuffle);
  assert_false(six->nodes[1].shuffle);
  rp_error err;
  char first[16], again[16], other[16];
  sess_session *a = sess_new(six, 1, &err), *b = sess_new(six, 1, &err);
  shown_order(a, first);
  shown_order(b, again);
  assert_string_equal(first, again); /* same seed, same order */
  assert_int_equal(strlen(first), 6);

  /* Numbers run 1..5 down the shown list, skipping the locked option. */
  const sess_option *o;
  int n = sess_options(a, &o), k = 0;
  for (int i = 0; i < n; i++) {
    if (o[i].choice == 3) {
      assert_false(o[i].available);
      assert_int_equal(o[i].number, 0);
    } else {
      assert_true(o[i].available);
      assert_int_equal(o[i].number, ++k);
    }
  }
  assert_int_equal(k, 5);

  /* Choosing by number takes the option shown with that number. */
  int pick = -1;
  for (int i = 0; i < n; i++)
    if (o[i].number == 2)
      pick = o[i].choice;
  assert_int_equal(sess_choose(a, 2, 1, &err), RP_OK);
  const sess_decision *d;
  assert_int_equal(sess_decisions(a, &d), 1);
  assert_int_equal(d[0].choice, pick);
  /* The best option is the same whatever the order. */
  assert_int_equal(d[0].best, 5);
  assert_int_equal(d[0].value_max, 6);

  /* Node b keeps the author's order. */
  shown_order(a, other);
  assert_string_equal(other, "123456");

  /* Some other seed shows another order. */
  int differ = 0;
  for (uint64_t seed = 2; seed <= 21; seed++) {
    sess_session *c = sess_new(six, seed, &err);
    shown_order(c, other);
    differ += strcmp(other, first) != 0;
    sess_free(c);
  }
  assert_true(differ > 0);
  sess_free(a);
  sess_free(b);
  scn_free(six);
}

static void undo_should_restore_the_same_shuffled_order(void **state) {
  (void)state;
  scn_scenario *six = unit_load_ok(SIX);
  rp_error err;
  sess_session *s = sess_new(six, 5, &err);
  char before[16], after[16];
  shown_order(s, before);
  assert_int_equal(sess_choose(s, 1, 1, &err), RP_OK);
  assert_int_equal(sess_undo(s, &err), RP_OK);
  shown_order(s, after);
  assert_string_equal(before, after);
  sess_free(s);
  scn_free(six);
}

/* The `s` view is a userdata: rawset() cannot plant a field in it, so no
 * call can change what later calls, or other sessions, see. */
static void
a_functions_rawset_on_the_view_should_not_leak_into_later_calls(void **state) {
  (void)state;
  scn_scenario *f =
      load_faulty("function(s) local ok = pcall(rawset, s, 'trust', 999) "
                  "return tostring(ok) .. ' ' .. tostring(s.trust) end",
                  "");
  rp_error err;
  sess_session *a = sess_new(f, 1, &err);
  sess_session *b = sess_new(f, 1, &err); /* a new session: trust is 50 */
  char seen_a[32], seen_b[32];
  snprintf(seen_a, sizeof seen_a, "%s", line_text(a, 0));
  snprintf(seen_b, sizeof seen_b, "%s", line_text(b, 0));
  sess_free(a);
  sess_free(b);
  scn_free(f); /* before asserting, so a failure leaks nothing */
  assert_string_equal(seen_a, "false 50");
  assert_string_equal(seen_b, "false 50");
}

int main(void) {
  unit_filters_from_env();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(
          new_session_should_start_at_the_start_node_with_meter_starts),
      cmocka_unit_test(hub_should_offer_conditions_when_and_a_locked_option),
      cmocka_unit_test(
          requires_fact_once_and_when_should_change_what_is_offered),
      cmocka_unit_test(locked_option_should_not_be_choosable),
      cmocka_unit_test(say_functions_should_see_meters_and_facts),
      cmocka_unit_test(meters_should_clamp_to_their_bounds),
      cmocka_unit_test(next_function_should_route_on_trust),
      cmocka_unit_test(
          winning_path_should_reveal_facts_and_write_the_transcript),
      cmocka_unit_test(decisions_should_record_value_min_max_and_best),
      cmocka_unit_test(negative_seconds_should_be_recorded_as_zero),
      cmocka_unit_test(invalid_choice_should_return_einput_and_change_nothing),
      cmocka_unit_test(error_in_say_should_abort_naming_file_line_and_node),
      cmocka_unit_test(
          error_entering_the_start_node_should_return_an_aborted_session),
      cmocka_unit_test(say_returning_no_string_should_abort_saying_so),
      cmocka_unit_test(endless_loop_in_say_should_abort_with_the_budget),
      cmocka_unit_test(restart_should_count_the_text_bound_again),
      cmocka_unit_test(session_view_should_be_read_only_and_strict),
      cmocka_unit_test(view_should_expose_turn_visits_and_chose),
      cmocka_unit_test(next_naming_a_missing_node_should_abort),
      cmocka_unit_test(node_where_every_condition_fails_should_abort),
      cmocka_unit_test(same_seed_should_give_the_same_random_text),
      cmocka_unit_test(different_seeds_should_be_able_to_give_different_text),
      cmocka_unit_test(
          undo_should_return_to_the_exact_state_before_the_last_choice),
      cmocka_unit_test(
          undo_should_offer_a_once_choice_again_and_keep_random_text),
      cmocka_unit_test(undo_should_bring_an_ended_or_aborted_session_back),
      cmocka_unit_test(restart_should_start_over_with_the_same_seed),
      cmocka_unit_test(quit_should_end_an_active_session_only),
      cmocka_unit_test(
          options_should_be_shuffled_by_the_seed_and_numbered_as_shown),
      cmocka_unit_test(undo_should_restore_the_same_shuffled_order),
      cmocka_unit_test(
          a_functions_rawset_on_the_view_should_not_leak_into_later_calls),
  };
  return cmocka_run_group_tests(tests, load_hub, free_hub);
}
