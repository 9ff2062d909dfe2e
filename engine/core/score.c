/*
 * score.c -- relationship quality versus transactional pushing.  The model
 * is in score.h and docs/scoring.md; this file only does the arithmetic.
 */
#include "core/score.h"

#include <math.h>
#include <string.h>

double score_round(double x) { return round(x * 10.0) / 10.0; }

static void ratio(score_skill *sk) {
  sk->measured = sk->available > 0;
  sk->score =
      sk->measured
          ? score_round(100.0 * (double)sk->earned / (double)sk->available)
          : 0.0;
}

const char *score_tier(double overall) {
  if (overall >= 90)
    return "excellent";
  if (overall >= 75)
    return "proficient";
  if (overall >= 50)
    return "developing";
  return "needs work";
}

const char *score_style(double rq, double push, double ps, bool ps_measured) {
  bool high_rq = rq >= SCORE_HIGH, high_push = push >= SCORE_HIGH;
  if (high_rq && !high_push)
    return "trusted advisor";
  if (high_rq && high_push)
    return "relationship closer"; /* builds rapport, then leans on it */
  if (high_push)
    return "transactional pusher";
  if (ps_measured && ps < 40 && rq >= 40)
    return "friendly but unfocused";
  return "passive";
}

/* Inserts m into the list of the n top moments by key (descending). */
static void keep_top(score_moment *list, int *n, score_moment m, int key,
                     bool by_lost) {
  if (key <= 0)
    return;
  int i = *n < SCORE_MOMENTS ? (*n)++ : SCORE_MOMENTS;
  /* i is the slot to fill or the one past the end when full */
  while (i > 0) {
    int k = by_lost ? list[i - 1].lost : list[i - 1].gained;
    if (k >= key)
      break;
    if (i < SCORE_MOMENTS)
      list[i] = list[i - 1];
    i--;
  }
  if (i < SCORE_MOMENTS)
    list[i] = m;
}

void score_totals(score_report *r, int decisions) {
  for (int k = 0; k < SCN_SKILL_COUNT; k++)
    ratio(&r->skills[k]);
  ratio(&r->relationship);
  const score_skill *ps = &r->skills[SCN_PROBLEM_SOLVING];
  r->relationship_raw = r->relationship.score;
  r->relationship_quality = r->relationship_raw;
  r->capped = false;
  if (ps->measured) {
    double cap =
        SCORE_AGREEABLE_CAP + (100.0 - SCORE_AGREEABLE_CAP) * ps->score / 100.0;
    if (r->relationship_quality > cap) {
      r->relationship_quality = score_round(cap);
      r->capped = true;
    }
  }
  r->transactional_pushing = r->skills[SCN_PUSHING].score;
  /* No decision, no credit: quitting at once is not "not pushing". */
  r->overall = decisions == 0
                   ? 0.0
                   : score_round((3.0 * r->relationship_quality +
                                  (100.0 - r->transactional_pushing)) /
                                 4.0);
}

void score_session(const sess_session *s, score_report *r) {
  const scn_scenario *scn = sess_scenario(s);
  const sess_decision *d;
  int n = sess_decisions(s, &d);
  memset(r, 0, sizeof *r);
  r->decisions = n;
  for (int i = 0; i < n; i++) {
    for (int k = 0; k < SCN_SKILL_COUNT; k++) {
      r->skills[k].earned += d[i].skill[k] - d[i].skill_min[k];
      r->skills[k].available += d[i].skill_max[k] - d[i].skill_min[k];
    }
    r->relationship.earned += d[i].value - d[i].value_min;
    r->relationship.available += d[i].value_max - d[i].value_min;
    const scn_choice *ch = &scn->nodes[d[i].node].choices[d[i].choice];
    if (ch->question)
      r->questions++;

    score_moment m = {
        i,
        (d[i].value_max - d[i].value) +
            (d[i].skill[SCN_PUSHING] - d[i].skill_min[SCN_PUSHING]),
        d[i].value - d[i].value_min};
    /* A moment that helped must not also have pushed more than needed. */
    if (d[i].skill[SCN_PUSHING] > d[i].skill_min[SCN_PUSHING])
      m.gained = 0;
    keep_top(r->hurt, &r->n_hurt, m, m.lost, true);
    keep_top(r->helped, &r->n_helped, m, m.gained, false);
  }
  score_totals(r, n);
  const score_skill *ps = &r->skills[SCN_PROBLEM_SOLVING];
  r->style = score_style(r->relationship_quality, r->transactional_pushing,
                         ps->score, ps->measured);
  r->tier = score_tier(r->overall);
  r->question_rate = n > 0 ? score_round(100.0 * r->questions / n) : 0.0;
  uint64_t known = sess_facts(s);
  r->facts_total = scn->n_facts;
  for (int f = 0; f < scn->n_facts; f++)
    r->facts_uncovered += (int)((known >> f) & 1);
}
