/*
 * score.h -- relationship quality versus transactional pushing.
 *
 * Scores a session from the evidence sess_decision records: each decision is
 * judged against the options actually offered at that moment, so choosing the
 * most relationship-building option every time scores 100 and the least 0,
 * whatever the scenario's length.  docs/scoring.md explains the model with a
 * worked example; every number here can be traced to decisions.
 *
 *   skill k (0-100)       = 100 * sum(chosen_k - min_k) / sum(max_k - min_k)
 *   relationship (raw)    = the same sum over value = empathy + listening +
 *                           problem_solving
 *   relationship_quality  = min(raw, SCORE_AGREEABLE_CAP + (100 - CAP) *
 *                           problem_solving / 100): empathy and listening
 *                           without problem-solving cannot reach the top
 *   transactional_pushing = the pushing skill score (lower is better)
 *   overall               = (3 * relationship_quality + (100 - pushing)) / 4
 *
 * No I/O.  Scores are rounded to one decimal so that a record's stored numbers
 * and a replay's compare exactly.
 */
#ifndef SCORE_H
#define SCORE_H

#include <stdbool.h>

#include "core/scn.h"
#include "core/sess.h"

/* The most relationship quality a trainee reaches with no problem-solving at
 * all: a merely friendly rep is not a trusted advisor (CEB, Challenger Sale).
 */
#define SCORE_AGREEABLE_CAP 60.0

/* Above this on one axis counts as "high" for the style label. */
#define SCORE_HIGH 60.0

/* Key moments listed in the debrief on each side. */
#define SCORE_MOMENTS 3

typedef struct score_skill {
  double score;   /* 0-100, or 0 when not measured */
  bool measured;  /* false: no decision offered a choice on this skill */
  long earned;    /* sum of chosen - min over decisions */
  long available; /* sum of max - min over decisions */
} score_skill;

typedef struct score_moment {
  int decision; /* index into sess_decisions() */
  int lost;     /* relationship points missed plus extra pushing points */
  int gained;   /* relationship points above the worst option offered */
} score_moment;

typedef struct score_report {
  score_skill skills[SCN_SKILL_COUNT];
  score_skill relationship; /* over value = empathy + listening + ps */
  double relationship_raw;
  double relationship_quality;
  double transactional_pushing;
  double overall;
  bool capped;       /* relationship_quality was limited by problem-solving */
  const char *style; /* "trusted advisor", "transactional pusher", ... */
  const char *tier;  /* "excellent", "proficient", "developing", "needs work" */
  int decisions;
  int questions;
  double question_rate; /* percent of decisions that were questions */
  int facts_uncovered, facts_total;
  score_moment helped[SCORE_MOMENTS];
  int n_helped;
  score_moment hurt[SCORE_MOMENTS];
  int n_hurt;
} score_report;

/* Scores the session as it stands (any status). */
void score_session(const sess_session *s, score_report *out);

/* Computes the scores from the earned/available sums already in r (skills
 * and relationship) over `decisions` decisions: the one place the formula
 * lives, used for sessions and for the checker's path analysis. */
void score_totals(score_report *r, int decisions);

/* The style label for the two axes. */
const char *score_style(double relationship_quality, double pushing,
                        double problem_solving, bool ps_measured);

/* The tier for an overall score: 90+ excellent, 75+ proficient, 50+
 * developing, else needs work. */
const char *score_tier(double overall);

/* Rounds to one decimal place, the precision records keep. */
double score_round(double x);

#endif
