/*
 * test_score.c -- relationship quality versus transactional pushing
 * (score.h): each decision judged against the options offered then.
 */
#include "unit.h"

#include <math.h>

#include "core/score.h"
#include "core/sess.h"

/* Five nodes in a row, each offering the same four options:
 *   warm  empathy 2 + listening 2  (value 4, a question)
 *   fix   problem_solving 3        (value 3)
 *   meh   empathy 1                (value 1)
 *   push  pushing 3                (value 0)  */
static const char ROW[] =
    "local function node(next)\n"
    "  return { say = 'Well?', choices = {\n"
    "    { id = 'warm', text = 'I hear you. Tell me more?', next = next,\n"
    "      skills = { empathy = 2, listening = 2 }, reveal = { 'pain' },\n"
    "      coach = 'Empathy, then an open question.' },\n"
    "    { id = 'fix', text = 'Here is how we could fix that.', next = next,\n"
    "      skills = { problem_solving = 3 } },\n"
    "    { id = 'meh', text = 'Okay.', skills = { empathy = 1 }, next = next "
    "},\n"
    "    { id = 'push', text = 'Buy now.', skills = { pushing = 3 }, next = "
    "next,\n"
    "      coach = 'Pushing before the problem is clear.' },\n"
    "  } }\n"
    "end\n"
    "return scenario {\n"
    "  id = 'row', title = 'Row', module = 'm', difficulty = 'advanced',\n"
    "  version = '1', brief = 'b',\n"
    "  prospect = { name = 'N', role = 'R', company = 'C' },\n"
    "  facts = { pain = 'It hurts.', budget = 'There is money.' },\n"
    "  start = 'n1',\n"
    "  nodes = { n1 = node('n2'), n2 = node('n3'), n3 = node('n4'),\n"
    "            n4 = node('n5'), n5 = node('done') },\n"
    "  endings = { done = { say = 'Bye.', outcome = { result = 'stalled' } } "
    "},\n"
    "}\n";

enum { WARM, FIX, MEH, PUSH };

static scn_scenario *row;

static int load_row(void **state) {
  (void)state;
  rp_error err;
  row = scn_load(UNIT_CHUNK, ROW, strlen(ROW), &err);
  if (row == NULL)
    fprintf(stderr, "ROW did not load: %s\n", err.msg);
  return row != NULL ? 0 : -1;
}

static int free_row(void **state) {
  (void)state;
  scn_free(row);
  return 0;
}

/* Plays the choices (option ids) on ROW and scores the session. */
static sess_session *play(const char *const *ids, int n, score_report *r) {
  rp_error err;
  sess_session *s = sess_new(row, 1, &err);
  assert_non_null(s);
  for (int i = 0; i < n; i++)
    if (sess_choose_id(s, ids[i], 1, &err) != RP_OK)
      fail_msg("choosing %s failed: %s", ids[i], err.msg);
  score_session(s, r);
  return s;
}

#define PLAY(r, ...)                                                           \
  play((const char *const[]){__VA_ARGS__},                                     \
       (int)(sizeof((const char *const[]){__VA_ARGS__}) / sizeof(char *)), r)

/* ---- the extremes -------------------------------------------------------- */

static void always_the_best_option_should_score_relationship_100(void **state) {
  (void)state;
  /* In ROW the best option (warm) has no problem-solving, which is capped
   * (see below); here the best option includes problem-solving. */
  static const char src[] =
      "local function node(next)\n"
      "  return { say = '?', choices = {\n"
      "    { id = 'best', text = 'b', skills = { listening = 1, "
      "problem_solving = 2 }, next = next },\n"
      "    { id = 'ok', text = 'o', skills = { empathy = 1 }, next = next },\n"
      "    { id = 'bad', text = 'x', skills = { pushing = 2 }, next = next },\n"
      "  } }\n"
      "end\n"
      "return scenario {\n"
      "  id = 'b', title = 'B', module = 'm', difficulty = 'beginner',\n"
      "  version = '1', brief = 'b',\n"
      "  prospect = { name = 'N', role = 'R', company = 'C' },\n"
      "  start = 'a',\n"
      "  nodes = { a = node('b'), b = node('c'), c = node('e') },\n"
      "  endings = { e = { say = 'Bye.', outcome = { result = 'won' } } },\n"
      "}\n";
  scn_scenario *scn = unit_load_ok(src);
  rp_error err;
  sess_session *s = sess_new(scn, 9, &err);
  for (int i = 0; i < 3; i++)
    assert_int_equal(sess_choose_id(s, "best", 1, &err), RP_OK);
  assert_int_equal(sess_state(s), SESS_ENDED);
  score_report r;
  score_session(s, &r);
  assert_true(r.relationship_raw == 100.0);
  assert_true(r.relationship_quality == 100.0);
  assert_false(r.capped);
  assert_true(r.skills[SCN_PROBLEM_SOLVING].score == 100.0);
  assert_true(r.transactional_pushing == 0.0);
  assert_true(r.overall == 100.0);
  assert_string_equal(r.tier, "excellent");
  assert_string_equal(r.style, "trusted advisor");
  assert_int_equal(r.decisions, 3);
  assert_int_equal(r.n_hurt, 0);
  sess_free(s);
  scn_free(scn);
}

static void always_the_worst_option_should_score_relationship_0(void **state) {
  (void)state;
  score_report r;
  sess_session *s = PLAY(&r, "push", "push", "push", "push", "push");
  assert_int_equal(sess_state(s), SESS_ENDED);
  assert_true(r.relationship_raw == 0.0);
  assert_true(r.relationship_quality == 0.0);
  assert_false(r.capped);
  assert_true(r.transactional_pushing == 100.0);
  assert_true(r.overall == 0.0);
  assert_string_equal(r.tier, "needs work");
  assert_string_equal(r.style, "transactional pusher");
  assert_true(r.relationship.earned == 0);
  assert_true(r.relationship.available == 20);
  sess_free(s);
}

static void
empathy_and_listening_without_problem_solving_should_be_capped(void **state) {
  (void)state;
  score_report r;
  sess_session *s = PLAY(&r, "warm", "warm", "warm", "warm", "warm");
  /* warm is the highest value every time: raw 100 ... */
  assert_true(r.relationship_raw == 100.0);
  /* ... but problem-solving was offered and never chosen: measured, 0 */
  assert_true(r.skills[SCN_PROBLEM_SOLVING].measured);
  assert_true(r.skills[SCN_PROBLEM_SOLVING].score == 0.0);
  assert_true(r.relationship_quality <= SCORE_AGREEABLE_CAP);
  assert_true(r.relationship_quality == 60.0);
  assert_true(r.capped);
  assert_true(r.skills[SCN_EMPATHY].score == 100.0);
  assert_true(r.skills[SCN_LISTENING].score == 100.0);
  assert_true(r.overall == 70.0); /* (3 * 60 + 100 - 0) / 4 */
  assert_string_equal(r.tier, "developing");
  sess_free(s);
}

static void
some_problem_solving_should_raise_the_cap_proportionally(void **state) {
  (void)state;
  score_report r;
  /* ps: 3 of 15 available = 20 -> cap 60 + 40 * 0.2 = 68 */
  sess_session *s = PLAY(&r, "warm", "warm", "warm", "warm", "fix");
  assert_true(r.skills[SCN_PROBLEM_SOLVING].score == 20.0);
  assert_true(r.relationship_raw == 95.0); /* 19 / 20 */
  assert_true(r.relationship_quality == 68.0);
  assert_true(r.capped);
  sess_free(s);
}

static void problem_solving_not_offered_should_not_cap(void **state) {
  (void)state;
  static const char src[] =
      "return scenario {\n"
      "  id = 'n', title = 'N', module = 'm', difficulty = 'beginner',\n"
      "  version = '1', brief = 'b',\n"
      "  prospect = { name = 'N', role = 'R', company = 'C' },\n"
      "  start = 'a',\n"
      "  nodes = { a = { say = '?', choices = {\n"
      "    { id = 'warm', text = 'w', skills = { empathy = 2 }, next = 'e' },\n"
      "    { id = 'cold', text = 'c', next = 'e' } } } },\n"
      "  endings = { e = { say = 'Bye.', outcome = { result = 'won' } } },\n"
      "}\n";
  scn_scenario *scn = unit_load_ok(src);
  rp_error err;
  sess_session *s = sess_new(scn, 1, &err);
  assert_int_equal(sess_choose_id(s, "warm", 1, &err), RP_OK);
  score_report r;
  score_session(s, &r);
  assert_false(r.skills[SCN_PROBLEM_SOLVING].measured);
  assert_false(r.skills[SCN_PUSHING].measured);
  assert_true(r.relationship_quality == 100.0);
  assert_false(r.capped);
  assert_true(r.overall == 100.0);
  sess_free(s);
  scn_free(scn);
}

/* ---- the numbers --------------------------------------------------------- */

static void
pushing_score_should_be_the_share_of_pushing_points_taken(void **state) {
  (void)state;
  score_report r;
  sess_session *s = PLAY(&r, "push", "warm", "warm", "push", "warm");
  assert_true(r.skills[SCN_PUSHING].earned == 6);
  assert_true(r.skills[SCN_PUSHING].available == 15);
  assert_true(r.transactional_pushing == 40.0);
  assert_true(r.skills[SCN_PUSHING].measured);
  sess_free(s);
}

static void
overall_should_weigh_relationship_three_to_one_rounded(void **state) {
  (void)state;
  score_report r;
  /* value 4 + 3 + 0 + 1 + 4 = 12 of 20 -> 60; ps 3/15 = 20 -> cap 68;
   * pushing 3/15 = 20; overall (3 * 60 + 80) / 4 = 65 */
  sess_session *s = PLAY(&r, "warm", "fix", "push", "meh", "warm");
  assert_true(r.relationship_quality == 60.0);
  assert_false(r.capped);
  assert_true(r.transactional_pushing == 20.0);
  assert_true(r.overall == 65.0);
  double want = score_round(
      (3 * r.relationship_quality + 100 - r.transactional_pushing) / 4);
  assert_true(r.overall == want);
  sess_free(s);

  /* all fix: 15 of 20 = 75, pushing 0: (225 + 100) / 4 = 81.25 -> 81.3 */
  s = PLAY(&r, "fix", "fix", "fix", "fix", "fix");
  assert_true(r.relationship_quality == 75.0);
  assert_true(fabs(r.overall - 81.3) < 1e-9);
  assert_string_equal(r.tier, "proficient");
  sess_free(s);

  /* 9 of 20 = 45, ps 3/15 = 20, pushing 3/15 = 20:
   * (135 + 80) / 4 = 53.75 -> 53.8 */
  s = PLAY(&r, "meh", "fix", "push", "meh", "warm");
  assert_true(r.relationship_quality == 45.0);
  assert_true(fabs(r.overall - 53.8) < 1e-9);
  assert_string_equal(r.tier, "developing");
  sess_free(s);

  /* 6 of 20 = 30: (90 + 80) / 4 = 42.5 */
  s = PLAY(&r, "meh", "fix", "push", "meh", "meh");
  assert_true(r.relationship_quality == 30.0);
  assert_true(r.overall == 42.5);
  assert_string_equal(r.tier, "needs work");
  sess_free(s);
}

static void score_round_should_keep_one_decimal(void **state) {
  (void)state;
  assert_true(score_round(81.25) == 81.3);
  assert_true(score_round(58.333333) == 58.3);
  assert_true(score_round(66.666666) == 66.7);
  assert_true(score_round(100.0) == 100.0);
  assert_true(score_round(0.04) == 0.0);
}

static void style_labels_should_follow_the_two_axes(void **state) {
  (void)state;
  assert_string_equal(score_style(60, 59.9, 80, true), "trusted advisor");
  assert_string_equal(score_style(90, 60, 80, true), "relationship closer");
  assert_string_equal(score_style(59.9, 60, 80, true), "transactional pusher");
  assert_string_equal(score_style(10, 95, 0, false), "transactional pusher");
  assert_string_equal(score_style(50, 10, 39.9, true),
                      "friendly but unfocused");
  assert_string_equal(score_style(50, 10, 39.9, false), "passive");
  assert_string_equal(score_style(50, 10, 40, true), "passive");
  assert_string_equal(score_style(39.9, 10, 0, true), "passive");
}

static void tier_thresholds_should_be_90_75_50(void **state) {
  (void)state;
  assert_string_equal(score_tier(100), "excellent");
  assert_string_equal(score_tier(90), "excellent");
  assert_string_equal(score_tier(89.9), "proficient");
  assert_string_equal(score_tier(75), "proficient");
  assert_string_equal(score_tier(74.9), "developing");
  assert_string_equal(score_tier(50), "developing");
  assert_string_equal(score_tier(49.9), "needs work");
  assert_string_equal(score_tier(0), "needs work");
}

static void
question_rate_should_be_the_percent_of_questions_asked(void **state) {
  (void)state;
  score_report r;
  sess_session *s = PLAY(&r, "warm", "fix", "push");
  assert_int_equal(r.decisions, 3);
  assert_int_equal(r.questions, 1);
  assert_true(r.question_rate == 33.3);
  sess_free(s);
  s = PLAY(&r, "warm", "warm", "meh", "warm");
  assert_int_equal(r.questions, 3);
  assert_true(r.question_rate == 75.0);
  sess_free(s);
}

static void facts_should_count_uncovered_of_total(void **state) {
  (void)state;
  score_report r;
  sess_session *s = PLAY(&r, "fix", "warm");
  assert_int_equal(r.facts_total, 2);
  assert_int_equal(r.facts_uncovered, 1);
  sess_free(s);
}

static void score_totals_should_apply_the_formula_to_given_sums(void **state) {
  (void)state;
  score_report r;
  memset(&r, 0, sizeof r);
  r.relationship.earned = 19; /* raw 95 */
  r.relationship.available = 20;
  r.skills[SCN_PROBLEM_SOLVING].earned = 3; /* 20: cap 68 */
  r.skills[SCN_PROBLEM_SOLVING].available = 15;
  r.skills[SCN_PUSHING].earned = 6; /* 40 */
  r.skills[SCN_PUSHING].available = 15;
  score_totals(&r, 5);
  assert_true(r.relationship_raw == 95.0);
  assert_true(r.relationship_quality == 68.0);
  assert_true(r.capped);
  assert_true(r.transactional_pushing == 40.0);
  assert_true(r.overall == 66.0); /* (204 + 60) / 4 */
  assert_false(r.skills[SCN_EMPATHY].measured);
  score_totals(&r, 0);
  assert_true(r.overall == 0.0);

  /* The same numbers as a session with those sums. */
  score_report played;
  sess_session *s = PLAY(&played, "warm", "push", "warm", "push", "fix");
  assert_true(played.relationship.earned == 11); /* 4 + 0 + 4 + 0 + 3 */
  score_report again = played;
  score_totals(&again, played.decisions);
  assert_true(again.overall == played.overall);
  assert_true(again.relationship_quality == played.relationship_quality);
  sess_free(s);
}

/* ---- key moments --------------------------------------------------------- */

static void key_moments_should_pick_the_largest_losses_and_gains(void **state) {
  (void)state;
  score_report r;
  /* losses: meh 3, push 4 + 3 = 7, fix 1, push 7, meh 3 */
  sess_session *s = PLAY(&r, "meh", "push", "fix", "push", "meh");
  assert_int_equal(r.n_hurt, SCORE_MOMENTS);
  assert_int_equal(r.hurt[0].decision, 1);
  assert_int_equal(r.hurt[0].lost, 7);
  assert_int_equal(r.hurt[1].decision, 3); /* ties keep play order */
  assert_int_equal(r.hurt[1].lost, 7);
  assert_int_equal(r.hurt[2].decision, 0);
  assert_int_equal(r.hurt[2].lost, 3);
  /* gains over the worst option: meh 1, fix 3, meh 1 (pushes never count) */
  assert_int_equal(r.n_helped, 3);
  assert_int_equal(r.helped[0].decision, 2);
  assert_int_equal(r.helped[0].gained, 3);
  assert_int_equal(r.helped[1].decision, 0);
  assert_int_equal(r.helped[2].decision, 4);

  /* The better option for the worst moment is named by the decision. */
  const sess_decision *d;
  sess_decisions(s, &d);
  const sess_decision *worst = &d[r.hurt[0].decision];
  assert_int_equal(worst->choice, PUSH);
  assert_int_equal(worst->best, WARM);
  assert_string_equal(worst->best_text, "I hear you. Tell me more?");
  assert_string_equal(row->nodes[worst->node].choices[worst->best].coach,
                      "Empathy, then an open question.");
  sess_free(s);
}

static void perfect_play_should_have_no_hurt_moments(void **state) {
  (void)state;
  score_report r;
  sess_session *s = PLAY(&r, "warm", "warm");
  assert_int_equal(r.n_hurt, 0);
  assert_int_equal(r.n_helped, 2);
  sess_free(s);
}

static void zero_decisions_should_score_overall_zero(void **state) {
  (void)state;
  score_report r;
  rp_error err;
  sess_session *s = sess_new(row, 1, &err);
  sess_quit(s);
  score_session(s, &r);
  assert_int_equal(r.decisions, 0);
  assert_true(r.overall == 0.0);
  assert_string_equal(r.tier, "needs work");
  assert_true(r.relationship_quality == 0.0);
  assert_true(r.transactional_pushing == 0.0);
  assert_true(r.question_rate == 0.0);
  for (int k = 0; k < SCN_SKILL_COUNT; k++)
    assert_false(r.skills[k].measured);
  assert_int_equal(r.n_hurt, 0);
  assert_int_equal(r.n_helped, 0);
  assert_int_equal(r.facts_total, 2);
  assert_int_equal(r.facts_uncovered, 0);
  sess_free(s);
}

int main(void) {
  unit_filters_from_env();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(always_the_best_option_should_score_relationship_100),
      cmocka_unit_test(always_the_worst_option_should_score_relationship_0),
      cmocka_unit_test(
          empathy_and_listening_without_problem_solving_should_be_capped),
      cmocka_unit_test(
          some_problem_solving_should_raise_the_cap_proportionally),
      cmocka_unit_test(problem_solving_not_offered_should_not_cap),
      cmocka_unit_test(
          pushing_score_should_be_the_share_of_pushing_points_taken),
      cmocka_unit_test(overall_should_weigh_relationship_three_to_one_rounded),
      cmocka_unit_test(score_round_should_keep_one_decimal),
      cmocka_unit_test(style_labels_should_follow_the_two_axes),
      cmocka_unit_test(tier_thresholds_should_be_90_75_50),
      cmocka_unit_test(question_rate_should_be_the_percent_of_questions_asked),
      cmocka_unit_test(facts_should_count_uncovered_of_total),
      cmocka_unit_test(score_totals_should_apply_the_formula_to_given_sums),
      cmocka_unit_test(key_moments_should_pick_the_largest_losses_and_gains),
      cmocka_unit_test(perfect_play_should_have_no_hurt_moments),
      cmocka_unit_test(zero_decisions_should_score_overall_zero),
  };
  return cmocka_run_group_tests(tests, load_row, free_row);
}
