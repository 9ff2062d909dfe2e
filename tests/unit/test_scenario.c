/*
 * test_scenario.c -- the scenario compiler (scn.h): what a valid file
 * compiles to, and the exact message for each kind of mistake.
 *
 * Most error tests take BASE (below, with its line numbers) and change one
 * piece of it without changing the number of lines, so each expected
 * message's line can be read off the listing.
 */
#include "unit.h"

#include "util/rp_sha256.h"

/* clang-format off */
static const char BASE[] =
/*  1 */ "return scenario {\n"
/*  2 */ "  id = \"mini\", title = \"A minimal call\", module = \"listening\",\n"
/*  3 */ "  difficulty = \"beginner\", version = \"1.0\", minutes = 5,\n"
/*  4 */ "  brief = \"Sam agreed to a short call.\",\n"
/*  5 */ "  prospect = { name = \"Sam Lee\", role = \"Owner\", company = \"Lee Bakery\" },\n"
/*  6 */ "  state = { patience = { start = 3, min = 0, max = 5 } },\n"
/*  7 */ "  facts = {\n"
/*  8 */ "    pain = \"The oven breaks every week.\",\n"
/*  9 */ "    budget = \"There is money left this quarter.\",\n"
/* 10 */ "  },\n"
/* 11 */ "  start = \"opening\",\n"
/* 12 */ "  nodes = {\n"
/* 13 */ "    opening = {\n"
/* 14 */ "      say = \"Hi. What is this about?\",\n"
/* 15 */ "      choices = {\n"
/* 16 */ "        { id = \"ask\", text = \"What made you take the call?\",\n"
/* 17 */ "          skills = { listening = 2, empathy = 1 }, state = { trust = 10 },\n"
/* 18 */ "          reveal = { \"pain\" }, next = \"guarded\" },\n"
/* 19 */ "        { id = \"pitch\", text = \"Our ovens are the best.\",\n"
/* 20 */ "          skills = { pushing = 3 }, state = { trust = -10, patience = -1 },\n"
/* 21 */ "          next = \"guarded\" },\n"
/* 22 */ "      },\n"
/* 23 */ "    },\n"
/* 24 */ "    guarded = {\n"
/* 25 */ "      say = \"Go on.\",\n"
/* 26 */ "      choices = {\n"
/* 27 */ "        { id = \"budget\", text = \"Is there budget for a fix?\",\n"
/* 28 */ "          skills = { problem_solving = 3 }, requires = { \"pain\" },\n"
/* 29 */ "          reveal = { \"budget\" }, next = \"won\" },\n"
/* 30 */ "        { id = \"close\", text = \"Sign here.\", skills = { pushing = 2 },\n"
/* 31 */ "          next = \"lost\" },\n"
/* 32 */ "      },\n"
/* 33 */ "    },\n"
/* 34 */ "  },\n"
/* 35 */ "  endings = {\n"
/* 36 */ "    won = { say = \"Sam signs.\", outcome = { result = \"won\", deal_value = 1200, days_to_close = 7 } },\n"
/* 37 */ "    lost = { say = \"Sam hangs up.\", outcome = { result = \"lost\" } },\n"
/* 38 */ "  },\n"
/* 39 */ "}\n";
/* clang-format on */

/* BASE with the one occurrence of `from` replaced by `to`; free() it. */
static char *with(const char *base, const char *from, const char *to) {
  const char *at = strstr(base, from);
  if (at == NULL)
    fail_msg("'%s' is not in the scenario", from);
  if (strstr(at + 1, from) != NULL)
    fail_msg("'%s' occurs more than once in the scenario", from);
  size_t n = strlen(base) - strlen(from) + strlen(to);
  char *out = malloc(n + 1);
  assert_non_null(out);
  size_t head = (size_t)(at - base);
  memcpy(out, base, head);
  strcpy(out + head, to);
  strcat(out, at + strlen(from));
  return out;
}

/* Loading BASE with from -> to must fail with exactly msg. */
static void expect_error(const char *from, const char *to, const char *msg) {
  char *src = with(BASE, from, to);
  rp_error err;
  rp_status st = unit_load_fails(src, &err);
  free(src);
  assert_int_equal(st, RP_ESCENARIO);
  assert_string_equal(err.msg, msg);
}

/* ---- a valid scenario ---------------------------------------------------- */

static void base_scenario_should_compile_identity_and_prospect(void **state) {
  (void)state;
  scn_scenario *s = unit_load_ok(BASE);
  assert_string_equal(s->id, "mini");
  assert_string_equal(s->title, "A minimal call");
  assert_string_equal(s->module, "listening");
  assert_string_equal(s->difficulty, "beginner");
  assert_string_equal(s->version, "1.0");
  assert_string_equal(s->brief, "Sam agreed to a short call.");
  assert_string_equal(s->currency, "USD"); /* the default */
  assert_int_equal(s->minutes, 5);
  assert_string_equal(s->chunkname, "test.lua");
  assert_string_equal(s->prospect.name, "Sam Lee");
  assert_string_equal(s->prospect.role, "Owner");
  assert_string_equal(s->prospect.company, "Lee Bakery");
  assert_null(s->prospect.persona);
  char hex[65];
  rp_sha256_hex(BASE, strlen(BASE), hex);
  assert_string_equal(s->sha256, hex);
  /* Plain data: no functions, no tests, no Lua state kept. */
  assert_false(s->has_functions);
  assert_int_equal(s->fn_tests, SCN_NOFN);
  assert_null(s->sandbox);
  scn_free(s);
}

static void
base_scenario_should_compile_meters_with_implicit_trust(void **state) {
  (void)state;
  scn_scenario *s = unit_load_ok(BASE);
  assert_int_equal(s->n_meters, 2);
  assert_string_equal(s->meters[0].id, "patience");
  assert_string_equal(s->meters[0].label, "patience");
  assert_int_equal(s->meters[0].start, 3);
  assert_int_equal(s->meters[0].min, 0);
  assert_int_equal(s->meters[0].max, 5);
  assert_int_equal(s->meters[0].line, 6);
  /* trust was not declared: it is added with start 50 in 0..100 */
  assert_string_equal(s->meters[1].id, "trust");
  assert_int_equal(s->meters[1].start, 50);
  assert_int_equal(s->meters[1].min, 0);
  assert_int_equal(s->meters[1].max, 100);
  assert_int_equal(scn_meter_find(s, "trust"), 1);
  assert_int_equal(scn_meter_find(s, "patience"), 0);
  assert_int_equal(scn_meter_find(s, "mood"), -1);
  scn_free(s);
}

static void declared_trust_and_meter_defaults_should_be_kept(void **state) {
  (void)state;
  char *src =
      with(BASE, "state = { patience = { start = 3, min = 0, max = 5 } },",
           "state = { trust = { start = 30 }, mood = { start = -2, "
           "min = -5, label = 'Mood' } },");
  char *src2 = with(src, "patience = -1", "mood = -1");
  free(src);
  scn_scenario *s = unit_load_ok(src2);
  free(src2);
  assert_int_equal(s->n_meters, 2);
  /* same line: ordered by name */
  assert_string_equal(s->meters[0].id, "mood");
  assert_string_equal(s->meters[0].label, "Mood");
  assert_int_equal(s->meters[0].start, -2);
  assert_int_equal(s->meters[0].min, -5);
  assert_int_equal(s->meters[0].max, 100);
  assert_string_equal(s->meters[1].id, "trust");
  assert_int_equal(s->meters[1].start, 30);
  assert_int_equal(s->meters[1].min, 0);
  assert_int_equal(s->meters[1].max, 100);
  scn_free(s);
}

static void facts_should_be_in_source_order_not_name_order(void **state) {
  (void)state;
  scn_scenario *s = unit_load_ok(BASE);
  assert_int_equal(s->n_facts, 2);
  assert_string_equal(s->facts[0].id, "pain");
  assert_string_equal(s->facts[0].text, "The oven breaks every week.");
  assert_int_equal(s->facts[0].line, 8);
  assert_string_equal(s->facts[1].id, "budget");
  assert_string_equal(s->facts[1].text, "There is money left this quarter.");
  assert_int_equal(s->facts[1].line, 9);
  assert_int_equal(scn_fact_find(s, "budget"), 1);
  assert_int_equal(scn_fact_find(s, "pian"), -1);
  scn_scenario *again = unit_load_ok(BASE); /* and stable across loads */
  assert_string_equal(again->facts[0].id, "pain");
  scn_free(again);
  scn_free(s);
}

static void
nodes_and_endings_should_share_one_id_space_in_source_order(void **state) {
  (void)state;
  scn_scenario *s = unit_load_ok(BASE);
  assert_int_equal(s->n_nodes, 4);
  static const char *const ids[] = {"opening", "guarded", "won", "lost"};
  static const int lines[] = {13, 24, 36, 37};
  for (int i = 0; i < 4; i++) {
    assert_string_equal(s->nodes[i].id, ids[i]);
    assert_int_equal(s->nodes[i].line, lines[i]);
    assert_int_equal(s->nodes[i].is_ending, i >= 2);
    assert_int_equal(scn_node_find(s, ids[i]), i);
    assert_int_equal(s->nodes[i].fn_say, SCN_NOFN);
  }
  assert_int_equal(scn_node_find(s, "guardd"), -1);
  assert_int_equal(s->start, 0);
  assert_string_equal(s->nodes[0].say, "Hi. What is this about?");
  assert_string_equal(s->nodes[2].say, "Sam signs.");
  assert_int_equal(s->nodes[0].n_choices, 2);
  assert_int_equal(s->nodes[1].n_choices, 2);
  assert_int_equal(s->nodes[2].n_choices, 0);
  assert_int_equal(s->n_choices, 4);
  scn_free(s);
}

static void
choices_should_compile_skills_value_effects_and_conditions(void **state) {
  (void)state;
  scn_scenario *s = unit_load_ok(BASE);
  const scn_node *opening = &s->nodes[0], *guarded = &s->nodes[1];

  const scn_choice *ask = &opening->choices[0];
  assert_string_equal(ask->id, "ask");
  assert_string_equal(ask->text, "What made you take the call?");
  assert_null(ask->reply);
  assert_null(ask->coach);
  assert_null(ask->unavailable);
  assert_int_equal(ask->line, 16);
  assert_int_equal(ask->gid, 0);
  assert_int_equal(ask->skills[SCN_EMPATHY], 1);
  assert_int_equal(ask->skills[SCN_LISTENING], 2);
  assert_int_equal(ask->skills[SCN_PROBLEM_SOLVING], 0);
  assert_int_equal(ask->skills[SCN_PUSHING], 0);
  assert_int_equal(ask->value, 3);
  assert_int_equal(ask->next, 1);
  assert_true(ask->reveal == 1u); /* pain is fact 0 */
  assert_true(ask->needs == 0);
  assert_int_equal(ask->n_deltas, 1);
  assert_int_equal(ask->deltas[0].meter, 1); /* trust */
  assert_int_equal(ask->deltas[0].delta, 10);
  assert_true(ask->question); /* ends in '?' */
  assert_false(ask->once);
  assert_int_equal(ask->fn_text, SCN_NOFN);
  assert_int_equal(ask->fn_next, SCN_NOFN);
  assert_int_equal(ask->fn_when, SCN_NOFN);

  const scn_choice *pitch = &opening->choices[1];
  assert_int_equal(pitch->gid, 1);
  assert_int_equal(pitch->line, 19);
  assert_int_equal(pitch->skills[SCN_PUSHING], 3);
  assert_int_equal(pitch->value, 0); /* pushing is not relationship value */
  assert_false(pitch->question);
  /* deltas in meter order: patience (0) before trust (1) */
  assert_int_equal(pitch->n_deltas, 2);
  assert_int_equal(pitch->deltas[0].meter, 0);
  assert_int_equal(pitch->deltas[0].delta, -1);
  assert_int_equal(pitch->deltas[1].meter, 1);
  assert_int_equal(pitch->deltas[1].delta, -10);

  const scn_choice *budget = &guarded->choices[0];
  assert_int_equal(budget->gid, 2);
  assert_int_equal(budget->line, 27);
  assert_int_equal(budget->value, 3);
  assert_true(budget->needs == 1u);  /* requires pain */
  assert_true(budget->reveal == 2u); /* reveals budget */
  assert_int_equal(budget->n_bounds, 0);
  assert_int_equal(budget->next, 2); /* won */
  assert_int_equal(scn_choice_find(guarded, "close"), 1);
  assert_int_equal(scn_choice_find(guarded, "ask"), -1);
  scn_free(s);
}

static void endings_should_compile_their_outcome(void **state) {
  (void)state;
  scn_scenario *s = unit_load_ok(BASE);
  const scn_node *won = &s->nodes[2], *lost = &s->nodes[3];
  assert_int_equal(won->outcome.result, SCN_WON);
  assert_true(won->outcome.deal_value == 1200);
  assert_int_equal(won->outcome.days_to_close, 7);
  assert_int_equal(lost->outcome.result, SCN_LOST);
  assert_true(lost->outcome.deal_value == 0);        /* default */
  assert_int_equal(lost->outcome.days_to_close, -1); /* never closes */
  assert_string_equal(scn_result_name(SCN_WON), "won");
  assert_string_equal(scn_result_name(SCN_STALLED), "stalled");
  assert_string_equal(scn_result_name(SCN_LOST), "lost");
  assert_string_equal(scn_skill_name(SCN_PROBLEM_SOLVING), "problem_solving");
  assert_string_equal(scn_skill_name(SCN_PUSHING), "pushing");
  scn_free(s);
}

static void
optional_choice_fields_and_meter_bounds_should_compile(void **state) {
  (void)state;
  char *src =
      with(BASE,
           "{ id = \"close\", text = \"Sign here.\", skills = { pushing "
           "= 2 },\n          next = \"lost\" },",
           "{ id = \"close\", text = \"Sign here.\", reply = 'Hm.', "
           "coach = 'Too soon.', once = true, question = true, "
           "unavailable = 'Build trust first.',\n"
           "          requires = { 'budget', trust = 40, patience = { "
           "min = 1, max = 4 } }, next = 'lost' },");
  scn_scenario *s = unit_load_ok(src);
  free(src);
  const scn_choice *c = &s->nodes[1].choices[1];
  assert_string_equal(c->reply, "Hm.");
  assert_string_equal(c->coach, "Too soon.");
  assert_string_equal(c->unavailable, "Build trust first.");
  assert_true(c->once);
  assert_true(c->question); /* set explicitly, though no '?' */
  assert_true(c->needs == 2u);
  assert_int_equal(c->n_bounds, 2);
  assert_int_equal(c->bounds[0].meter, 0); /* patience */
  assert_int_equal(c->bounds[0].min, 1);
  assert_int_equal(c->bounds[0].max, 4);
  assert_int_equal(c->bounds[1].meter, 1); /* trust: at least 40 */
  assert_int_equal(c->bounds[1].min, 40);
  assert_true(c->bounds[1].max >= 100);
  scn_free(s);
}

static void
question_flag_should_default_from_a_final_question_mark(void **state) {
  (void)state;
  char *src = with(BASE, "text = \"Our ovens are the best.\"",
                   "text = 'Shall we talk about \"price?\" '");
  scn_scenario *s = unit_load_ok(src);
  free(src);
  assert_true(s->nodes[0].choices[1].question); /* quotes, spaces ignored */
  scn_free(s);
  src = with(BASE, "{ id = \"ask\", text = \"What made you take the call?\",",
             "{ id = \"ask\", text = \"What made you take the call?\", "
             "question = false,");
  s = unit_load_ok(src);
  free(src);
  assert_false(s->nodes[0].choices[0].question);
  scn_free(s);
}

static void
functions_should_compile_to_references_and_keep_the_sandbox(void **state) {
  (void)state;
  char *src = with(BASE, "      say = \"Go on.\",\n",
                   "      say = function(s) return 'trust ' .. s.trust end,\n");
  char *src2 = with(src, "next = \"won\" },",
                    "next = function(s) return 'won' end, when = function(s) "
                    "return true end, text = function(s) return 'x' end },");
  free(src);
  /* the text field is now given twice: drop the string one */
  char *src3 = with(src2,
                    "{ id = \"budget\", text = \"Is there budget for a "
                    "fix?\",",
                    "{ id = \"budget\",");
  free(src2);
  scn_scenario *s = unit_load_ok(src3);
  free(src3);
  assert_true(s->has_functions);
  assert_non_null(s->sandbox);
  assert_int_not_equal(s->nodes[1].fn_say, SCN_NOFN);
  assert_null(s->nodes[1].say);
  const scn_choice *b = &s->nodes[1].choices[0];
  assert_int_not_equal(b->fn_next, SCN_NOFN);
  assert_int_not_equal(b->fn_when, SCN_NOFN);
  assert_int_not_equal(b->fn_text, SCN_NOFN);
  assert_int_equal(b->next, -1); /* decided at run time */
  assert_null(b->text);
  assert_false(b->question); /* unknown text: not a question by default */
  scn_free(s);
}

static void tests_table_should_be_kept_for_rapport_test(void **state) {
  (void)state;
  char *src =
      with(BASE, "  start = \"opening\",\n",
           "  start = \"opening\", tests = { { choose = { 'ask' } } },\n");
  scn_scenario *s = unit_load_ok(src);
  free(src);
  assert_int_not_equal(s->fn_tests, SCN_NOFN);
  assert_non_null(s->sandbox); /* the tests table lives in the Lua state */
  assert_false(s->has_functions);
  scn_free(s);
}

static void docs_example_should_compile(void **state) {
  (void)state;
  /* The complete small example from docs/authoring.md. */
  static const char src[] =
      "return scenario {\n"
      "  id = \"coffee-intro\", title = \"A first call with a caf\xc3\xa9 "
      "owner\",\n"
      "  module = \"listening\", difficulty = \"beginner\", version = "
      "\"1.0\", minutes = 3,\n"
      "  brief = \"Mo runs two caf\xc3\xa9s and agreed to a short call about "
      "card terminals.\",\n"
      "  prospect = { name = \"Mo Haddad\", role = \"Owner\", company = "
      "\"Haddad Coffee\",\n"
      "               persona = \"Busy, friendly, allergic to sales talk.\" "
      "},\n"
      "  state = { trust = { start = 30, min = 0, max = 100 } },\n"
      "  facts = { pain = \"The terminals drop out at the lunch rush and "
      "queues walk out.\" },\n"
      "  start = \"opening\",\n"
      "  nodes = {\n"
      "    opening = {\n"
      "      say = \"Hi, I've got five minutes before the lunch rush. Go.\",\n"
      "      choices = {\n"
      "        { id = \"ask\", text = \"What made you take the call today?\",\n"
      "          skills = { listening = 2 }, state = { trust = 10 }, reveal = "
      "{ \"pain\" },\n"
      "          reply = \"Mo sighs. 'The terminals drop out at lunch. People "
      "walk out.'\",\n"
      "          next = \"pain\", coach = \"An open question lets Mo name the "
      "problem.\" },\n"
      "        { id = \"pitch\", text = \"Our terminals are the fastest on the "
      "market.\",\n"
      "          skills = { pushing = 3 }, state = { trust = -10 }, next = "
      "\"lost\",\n"
      "          coach = \"A pitch before you know the problem: transactional "
      "pushing.\" },\n"
      "      },\n"
      "    },\n"
      "    pain = {\n"
      "      say = function(s)\n"
      "        if s.trust >= 40 then return \"So, can you help?\" end\n"
      "        return \"Anyway. What do you want to sell me?\"\n"
      "      end,\n"
      "      choices = {\n"
      "        { id = \"cost\", text = \"How many customers do you lose on a "
      "bad day?\",\n"
      "          skills = { problem_solving = 3, listening = 1 }, requires = { "
      "\"pain\" },\n"
      "          next = \"won\", coach = \"An implication question sizes the "
      "problem.\" },\n"
      "        { id = \"close\", text = \"Shall I send the contract?\", skills "
      "= { pushing = 2 },\n"
      "          next = \"lost\", coach = \"Closing before the value is "
      "clear.\" },\n"
      "      },\n"
      "    },\n"
      "  },\n"
      "  endings = {\n"
      "    won = { say = \"Mo books a trial for both shops.\",\n"
      "            outcome = { result = \"won\", deal_value = 4800, "
      "days_to_close = 7 } },\n"
      "    lost = { say = \"Mo has to go. He doesn't call back.\",\n"
      "             outcome = { result = \"lost\" } },\n"
      "  },\n"
      "}\n";
  scn_scenario *s = unit_load_ok(src);
  assert_int_equal(s->n_meters, 1);
  assert_int_equal(s->meters[0].start, 30);
  assert_int_equal(s->n_nodes, 4);
  assert_string_equal(s->nodes[1].id, "pain"); /* node, not the fact */
  assert_int_equal(s->nodes[1].line, 23);
  assert_string_equal(s->prospect.persona,
                      "Busy, friendly, allergic to sales talk.");
  assert_true(s->has_functions);
  scn_free(s);
}

static void shuffle_should_default_to_true_and_be_overridable(void **state) {
  (void)state;
  scn_scenario *s = unit_load_ok(BASE);
  for (int i = 0; i < s->n_nodes; i++)
    if (!s->nodes[i].is_ending)
      assert_true(s->nodes[i].shuffle);
  scn_free(s);

  char *src = with(BASE, "minutes = 5,", "minutes = 5, shuffle = false,");
  char *src2 =
      with(src, "say = \"Go on.\",", "say = \"Go on.\", shuffle = true,");
  free(src);
  s = unit_load_ok(src2);
  free(src2);
  assert_false(s->nodes[0].shuffle); /* the scenario's default */
  assert_true(s->nodes[1].shuffle);  /* the node's own */
  scn_free(s);

  expect_error("say = \"Go on.\",", "say = \"Go on.\", shuffle = 'no',",
               "test.lua:25: node 'guarded': field 'shuffle' must be true or "
               "false, not a string");
}

static void
choice_rules_should_check_conditions_and_clamp_effects(void **state) {
  (void)state;
  char *src = with(BASE, "requires = { \"pain\" }",
                   "requires = { \"pain\", trust = { min = 40, max = 60 } }");
  scn_scenario *s = unit_load_ok(src);
  free(src);
  const scn_choice *budget = &s->nodes[1].choices[0];
  const scn_choice *pitch = &s->nodes[0].choices[1];
  int meters[SCN_MAX_METERS] = {3, 50}; /* patience, trust */
  uint64_t pain = 1, none = 0;
  assert_true(scn_choice_passes(budget, meters, pain));
  assert_false(scn_choice_passes(budget, meters, none)); /* fact missing */
  meters[1] = 39;
  assert_false(scn_choice_passes(budget, meters, pain)); /* below min */
  meters[1] = 61;
  assert_false(scn_choice_passes(budget, meters, pain)); /* above max */
  meters[1] = 60;
  assert_true(scn_choice_passes(budget, meters, pain)); /* bounds inclusive */
  assert_true(scn_choice_passes(pitch, meters, none));  /* no conditions */

  /* pitch: trust -10, patience -1, kept within 0..5 and 0..100 */
  meters[0] = 0;
  meters[1] = 5;
  uint64_t facts = 0;
  scn_choice_apply(s, pitch, meters, &facts);
  assert_int_equal(meters[0], 0);
  assert_int_equal(meters[1], 0);
  assert_true(facts == 0);
  scn_choice_apply(s, budget, meters, &facts); /* reveals budget */
  assert_true(facts == 2u);
  scn_choice_apply(s, &s->nodes[0].choices[0], meters, &facts); /* ask */
  assert_int_equal(meters[1], 10);
  assert_true(facts == 3u);
  scn_free(s);
}

/* ---- errors: choices ----------------------------------------------------- */

static void next_to_a_missing_node_should_fail_naming_file_line_node_and_choice(
    void **state) {
  (void)state;
  expect_error("\n          next = \"guarded\" }",
               "\n          next = \"guardd\" }",
               "test.lua:21: choice 'pitch' in node 'opening': next node "
               "'guardd' does not exist (did you mean 'guarded'?)");
  expect_error("\n          next = \"guarded\" }",
               "\n          next = \"elsewhere\" }",
               "test.lua:21: choice 'pitch' in node 'opening': next node "
               "'elsewhere' does not exist");
}

static void unknown_field_should_fail_suggesting_the_closest(void **state) {
  (void)state;
  expect_error("\n          next = \"guarded\" }",
               "\n          nxet = \"guarded\" }",
               "test.lua:21: choice 'pitch' in node 'opening': unknown field "
               "'nxet' (did you mean 'next'?)");
  expect_error("say = \"Go on.\",", "say = \"Go on.\", sya = 1,",
               "test.lua:25: node 'guarded': unknown field 'sya' (did you "
               "mean 'say'?)");
  expect_error("brief =", "breif =",
               "test.lua:4: unknown field 'breif' (did you mean 'brief'?)");
  expect_error("say = \"Sam signs.\",", "say = \"Sam signs.\", next = \"x\",",
               "test.lua:36: ending 'won': unknown field 'next'");
}

static void missing_or_mistyped_next_should_fail(void **state) {
  (void)state;
  expect_error("\n          next = \"lost\" }", "\n          coach = \"x\" }",
               "test.lua:30: choice 'close' in node 'guarded': missing field "
               "'next' (the node or ending this choice leads to)");
  expect_error("\n          next = \"lost\" }", "\n          next = 7 }",
               "test.lua:31: choice 'close' in node 'guarded': field 'next' "
               "must be a node id or a function, not a number");
}

static void unknown_skill_should_fail_naming_the_skill(void **state) {
  (void)state;
  expect_error("skills = { pushing = 3 }", "skills = { pusing = 3 }",
               "test.lua:20: choice 'pitch' in node 'opening': field "
               "'skills': unknown skill 'pusing' (did you mean 'pushing'?)");
  expect_error("skills = { pushing = 3 }", "skills = { charm = 3 }",
               "test.lua:20: choice 'pitch' in node 'opening': field "
               "'skills': unknown skill 'charm' (the skills are empathy, "
               "listening, problem_solving, pushing)");
  expect_error("skills = { pushing = 3 }", "skills = { pushing = 101 }",
               "test.lua:20: choice 'pitch' in node 'opening': field "
               "'skills': pushing must be a whole number from -100 to 100");
  expect_error("skills = { pushing = 3 }", "skills = { pushing = 1.5 }",
               "test.lua:20: choice 'pitch' in node 'opening': field "
               "'skills': pushing must be a whole number from -100 to 100");
}

static void unknown_fact_in_reveal_should_fail(void **state) {
  (void)state;
  expect_error("reveal = { \"pain\" }", "reveal = { \"pian\" }",
               "test.lua:18: choice 'ask' in node 'opening': field 'reveal': "
               "unknown fact 'pian' (did you mean 'pain'?)");
  expect_error("reveal = { \"pain\" }", "reveal = { pain = true }",
               "test.lua:18: choice 'ask' in node 'opening': field 'reveal' "
               "must be a list of fact ids, like { \"pain\", \"budget\" }");
}

static void unknown_fact_or_meter_in_requires_should_fail(void **state) {
  (void)state;
  expect_error("requires = { \"pain\" }", "requires = { \"money\" }",
               "test.lua:28: choice 'budget' in node 'guarded': field "
               "'requires': unknown fact 'money' (declare it in 'facts')");
  expect_error("requires = { \"pain\" }", "requires = { \"pain\", trst = 40 }",
               "test.lua:28: choice 'budget' in node 'guarded': field "
               "'requires': unknown meter 'trst' (did you mean 'trust'?)");
  expect_error("requires = { \"pain\" }",
               "requires = { \"pain\", trust = \"high\" }",
               "test.lua:28: choice 'budget' in node 'guarded': field "
               "'requires': trust must be a minimum (a whole number) or { min "
               "= N, max = N }");
}

static void unknown_meter_in_state_should_fail(void **state) {
  (void)state;
  expect_error("state = { trust = 10 }", "state = { trsut = 10 }",
               "test.lua:17: choice 'ask' in node 'opening': field 'state': "
               "unknown meter 'trsut' (did you mean 'trust'?)");
  expect_error("state = { trust = 10 }", "state = { mood = 10 }",
               "test.lua:17: choice 'ask' in node 'opening': field 'state': "
               "unknown meter 'mood' (declare it in 'state')");
  expect_error("state = { trust = 10 }", "state = { trust = 0.5 }",
               "test.lua:17: choice 'ask' in node 'opening': field 'state': "
               "the change to trust must be a whole number");
}

static void duplicate_choice_id_should_fail_naming_both_lines(void **state) {
  (void)state;
  expect_error("{ id = \"pitch\"", "{ id = \"ask\"",
               "test.lua:19: choice 2 in node 'opening': two choices have the "
               "id 'ask' (line 16); ids must be unique within a node");
}

static void same_choice_id_in_two_nodes_should_be_allowed(void **state) {
  (void)state;
  char *src = with(BASE, "{ id = \"close\"", "{ id = \"ask\"");
  scn_scenario *s = unit_load_ok(src);
  free(src);
  assert_string_equal(s->nodes[1].choices[1].id, "ask");
  assert_int_equal(s->nodes[1].choices[1].line, 30);
  scn_free(s);
}

static void missing_or_mistyped_text_should_fail(void **state) {
  (void)state;
  expect_error("text = \"Sign here.\", ", "",
               "test.lua:30: choice 'close' in node 'guarded': missing field "
               "'text'");
  expect_error("text = \"Sign here.\", ", "text = 42, ",
               "test.lua:30: choice 'close' in node 'guarded': field 'text' "
               "must be a string, a list of strings or a function, not a "
               "number");
}

static void mistyped_choice_flags_should_fail(void **state) {
  (void)state;
  expect_error("next = \"lost\" }", "next = \"lost\", once = \"yes\" }",
               "test.lua:31: choice 'close' in node 'guarded': field 'once' "
               "must be true or false, not a string");
  expect_error("next = \"lost\" }", "next = \"lost\", when = true }",
               "test.lua:31: choice 'close' in node 'guarded': field 'when' "
               "must be a function, not a boolean");
  expect_error("next = \"lost\" }", "next = \"lost\", unavailable = 3 }",
               "test.lua:31: choice 'close' in node 'guarded': field "
               "'unavailable' must be a string, not a number");
}

static void bad_choice_id_should_fail(void **state) {
  (void)state;
  expect_error("{ id = \"close\"", "{ id = \"clo se\"",
               "test.lua:27: choice 2 in node 'guarded': choice id 'clo se' "
               "must be 1 to 64 letters, digits, '_' or '-'");
}

/* ---- errors: nodes, endings, start --------------------------------------- */

static void empty_choices_should_fail_suggesting_an_ending(void **state) {
  (void)state;
  expect_error("      choices = {\n"
               "        { id = \"budget\", text = \"Is there budget for a "
               "fix?\",\n"
               "          skills = { problem_solving = 3 }, requires = { "
               "\"pain\" },\n"
               "          reveal = { \"budget\" }, next = \"won\" },\n"
               "        { id = \"close\", text = \"Sign here.\", skills = { "
               "pushing = 2 },\n"
               "          next = \"lost\" },\n"
               "      },",
               "      choices = {\n      },\n      --\n      --\n      --\n"
               "      --\n      --",
               "test.lua:26: node 'guarded': field 'choices' is empty: a node "
               "needs at least one choice (or make it an ending)");
}

static void choices_that_are_not_a_list_should_fail(void **state) {
  (void)state;
  expect_error("      choices = {\n        { id = \"budget\"",
               "      choices = { x = 1,\n        { id = \"budget\"",
               "test.lua:26: node 'guarded': field 'choices' must be a list { "
               "{...}, {...} }");
  expect_error("      choices = {\n        { id = \"budget\"",
               "      choices = { \"oops\",\n        { id = \"budget\"",
               "test.lua:26: node 'guarded': choice 1 must be a table, not a "
               "string");
}

static void missing_say_should_fail_naming_the_node(void **state) {
  (void)state;
  expect_error("say = \"Go on.\",", "",
               "test.lua:24: node 'guarded': missing field 'say'");
}

static void
ending_result_other_than_won_stalled_lost_should_fail(void **state) {
  (void)state;
  expect_error("result = \"lost\"", "result = \"lose\"",
               "test.lua:37: ending 'lost': outcome result 'lose' must be "
               "won, stalled or lost");
  expect_error("say = \"Sam hangs up.\", outcome = { result = \"lost\" } }",
               "say = \"Sam hangs up.\" }",
               "test.lua:37: ending 'lost': missing field 'outcome'");
  expect_error("deal_value = 1200", "deal_value = -5",
               "test.lua:36: ending 'won': field 'deal_value' is -5; it must "
               "be from 0 to 1000000000000000");
  expect_error("days_to_close = 7", "days_to_close = -1",
               "test.lua:36: ending 'won': field 'days_to_close' is -1; it "
               "must be from 0 to 36500");
}

static void ending_with_the_id_of_a_node_should_fail(void **state) {
  (void)state;
  expect_error("lost = { say", "opening = { say",
               "test.lua:37: ending 'opening' has the same id as a node (line "
               "13); ids must be unique");
}

static void empty_endings_should_fail(void **state) {
  (void)state;
  expect_error(
      "    won = { say = \"Sam signs.\", outcome = { result = \"won\", "
      "deal_value = 1200, days_to_close = 7 } },\n"
      "    lost = { say = \"Sam hangs up.\", outcome = { result = "
      "\"lost\" } },",
      "--\n--",
      "test.lua:35: 'endings' is empty: a scenario needs at least one "
      "ending");
}

/* Regression test, fixed (scn_compile.c, compile_graph): the line of `start` is
 * looked up as the first `start =` key anywhere in the file
 * (scn_lines_key(&c->lines, "start", 1)), which is a meter's
 * `start = 3` whenever `state` comes before `start` -- as in BASE and in
 * the docs/authoring.md example.  These messages say line 6 (the meter)
 * where the author wrote `start` on line 11. */
static void
start_pointing_at_an_ending_should_fail_at_the_start_line(void **state) {
  (void)state;
  expect_error("start = \"opening\"", "start = \"won\"",
               "test.lua:11: start 'won' is an ending; start at a node");
}

/* Regression test, fixed: the same wrong line as the test above. */
static void
start_naming_a_missing_node_should_fail_at_the_start_line(void **state) {
  (void)state;
  expect_error("start = \"opening\"", "start = \"openin\"",
               "test.lua:11: start node 'openin' does not exist (did you mean "
               "'opening'?)");
}

/* Without a meter before it, the start line is right. */
static void
start_errors_should_name_the_start_line_without_meters(void **state) {
  (void)state;
  char *src = with(BASE,
                   "  state = { patience = { start = 3, min = 0, max = 5 "
                   "} },\n",
                   "  --\n");
  char *src2 = with(src, "state = { trust = -10, patience = -1 }",
                    "state = { trust = -10 }");
  free(src);
  char *src3 = with(src2, "start = \"opening\"", "start = \"won\"");
  free(src2);
  rp_error err;
  unit_load_fails(src3, &err);
  free(src3);
  assert_string_equal(err.msg,
                      "test.lua:11: start 'won' is an ending; start at a node");
}

/* ---- errors: identity, prospect, meters, facts --------------------------- */

static void bad_difficulty_should_fail_listing_the_choices(void **state) {
  (void)state;
  expect_error("difficulty = \"beginner\"", "difficulty = \"expert\"",
               "test.lua:3: scenario: difficulty 'expert' must be beginner, "
               "intermediate or advanced");
}

static void identity_fields_should_be_checked(void **state) {
  (void)state;
  expect_error("title = \"A minimal call\", ", "",
               "test.lua:2: scenario: missing field 'title'");
  expect_error("minutes = 5,", "minutes = 5.5,",
               "test.lua:3: scenario: field 'minutes' must be a whole number, "
               "not a fraction");
  expect_error("minutes = 5,", "minutes = 601,",
               "test.lua:3: scenario: field 'minutes' is 601; it must be from "
               "0 to 600");
  expect_error("id = \"mini\"", "id = \"Mini\"",
               "test.lua:2: scenario: scenario id 'Mini' may use only "
               "lowercase letters, digits, '-' and '_' (it names files)");
  expect_error("minutes = 5,", "minutes = 5, currency = 5,",
               "test.lua:3: scenario: field 'currency' must be a string, not a "
               "number");
}

static void prospect_fields_should_be_checked(void **state) {
  (void)state;
  expect_error("name = \"Sam Lee\", ", "",
               "test.lua:5: prospect: missing field 'name'");
  expect_error("company = \"Lee Bakery\"",
               "company = \"Lee Bakery\", cmpany = 1",
               "test.lua:5: prospect: unknown field 'cmpany' (did you mean "
               "'company'?)");
}

static void meter_out_of_its_bounds_should_fail(void **state) {
  (void)state;
  expect_error("start = 3, min = 0", "start = 9, min = 0",
               "test.lua:6: meter 'patience': start (9) is outside min..max "
               "(0..5)");
  expect_error("start = 3, min = 0, max = 5", "start = 3, min = 6, max = 5",
               "test.lua:6: meter 'patience': min (6) is above max (5)");
}

/* Regression test, fixed (scn_compile.c, compile_meters): meter lines are
 * looked up after the first `state =` key in the file.  Lua tables have no
 * field order, and when the top-level `state` is written after `nodes` that key
 * is a choice's `state = { ... }`, so a meter named in a choice's effects
 * (here `patience = -1` on line 20) gets the choice's line.  The message
 * says line 20; the meter is declared on line 35. */
static void
meter_error_should_name_the_meter_line_when_state_comes_last(void **state) {
  (void)state;
  char *src = with(BASE,
                   "  state = { patience = { start = 3, min = 0, max = 5 "
                   "} },\n",
                   "  --\n");
  char *src2 = with(src, "  endings = {\n",
                    "  state = { patience = { start = 3, min = 6, max = 5 } "
                    "},\n  endings = {\n");
  free(src);
  rp_error err;
  unit_load_fails(src2, &err);
  free(src2);
  assert_string_equal(
      err.msg, "test.lua:35: meter 'patience': min (6) is above max (5)");
}

static void fact_that_is_not_a_string_should_fail(void **state) {
  (void)state;
  expect_error("budget = \"There is money left this quarter.\"", "budget = 12",
               "test.lua:9: fact 'budget': must be a string saying what the "
               "trainee learns, not a number");
}

static void tests_field_that_is_not_a_table_should_fail(void **state) {
  (void)state;
  expect_error("start = \"opening\",", "start = \"opening\", tests = 3,",
               "test.lua:11: field 'tests' must be a table, not a number");
}

int main(void) {
  unit_filters_from_env();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(base_scenario_should_compile_identity_and_prospect),
      cmocka_unit_test(base_scenario_should_compile_meters_with_implicit_trust),
      cmocka_unit_test(declared_trust_and_meter_defaults_should_be_kept),
      cmocka_unit_test(facts_should_be_in_source_order_not_name_order),
      cmocka_unit_test(
          nodes_and_endings_should_share_one_id_space_in_source_order),
      cmocka_unit_test(
          choices_should_compile_skills_value_effects_and_conditions),
      cmocka_unit_test(endings_should_compile_their_outcome),
      cmocka_unit_test(optional_choice_fields_and_meter_bounds_should_compile),
      cmocka_unit_test(question_flag_should_default_from_a_final_question_mark),
      cmocka_unit_test(
          functions_should_compile_to_references_and_keep_the_sandbox),
      cmocka_unit_test(tests_table_should_be_kept_for_rapport_test),
      cmocka_unit_test(docs_example_should_compile),
      cmocka_unit_test(shuffle_should_default_to_true_and_be_overridable),
      cmocka_unit_test(choice_rules_should_check_conditions_and_clamp_effects),
      cmocka_unit_test(
          next_to_a_missing_node_should_fail_naming_file_line_node_and_choice),
      cmocka_unit_test(unknown_field_should_fail_suggesting_the_closest),
      cmocka_unit_test(missing_or_mistyped_next_should_fail),
      cmocka_unit_test(unknown_skill_should_fail_naming_the_skill),
      cmocka_unit_test(unknown_fact_in_reveal_should_fail),
      cmocka_unit_test(unknown_fact_or_meter_in_requires_should_fail),
      cmocka_unit_test(unknown_meter_in_state_should_fail),
      cmocka_unit_test(duplicate_choice_id_should_fail_naming_both_lines),
      cmocka_unit_test(same_choice_id_in_two_nodes_should_be_allowed),
      cmocka_unit_test(missing_or_mistyped_text_should_fail),
      cmocka_unit_test(mistyped_choice_flags_should_fail),
      cmocka_unit_test(bad_choice_id_should_fail),
      cmocka_unit_test(empty_choices_should_fail_suggesting_an_ending),
      cmocka_unit_test(choices_that_are_not_a_list_should_fail),
      cmocka_unit_test(missing_say_should_fail_naming_the_node),
      cmocka_unit_test(ending_result_other_than_won_stalled_lost_should_fail),
      cmocka_unit_test(ending_with_the_id_of_a_node_should_fail),
      cmocka_unit_test(empty_endings_should_fail),
      cmocka_unit_test(
          start_pointing_at_an_ending_should_fail_at_the_start_line),
      cmocka_unit_test(
          start_naming_a_missing_node_should_fail_at_the_start_line),
      cmocka_unit_test(start_errors_should_name_the_start_line_without_meters),
      cmocka_unit_test(bad_difficulty_should_fail_listing_the_choices),
      cmocka_unit_test(identity_fields_should_be_checked),
      cmocka_unit_test(prospect_fields_should_be_checked),
      cmocka_unit_test(meter_out_of_its_bounds_should_fail),
      cmocka_unit_test(
          meter_error_should_name_the_meter_line_when_state_comes_last),
      cmocka_unit_test(fact_that_is_not_a_string_should_fail),
      cmocka_unit_test(tests_field_that_is_not_a_table_should_fail),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
