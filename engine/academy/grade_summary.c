/*
 * grade_summary.c -- the cohort view of graded submissions: score
 * distribution, pass rate, skill averages, where most trainees pushed
 * (grade_summarize in grade.h).
 */
#include <stdlib.h>
#include <string.h>

#include "academy/grade.h"
#include "util/rp_strmap.h"

typedef struct spot_row {
  const char *node, *trainee, *choice, *best;
  bool pushed;
} spot_row;

static const char **sort_nodes; /* qsort has no context argument */

static int by_slot_node(const void *pa, const void *pb) {
  return strcmp(sort_nodes[*(const int *)pa], sort_nodes[*(const int *)pb]);
}

static int cmp_double(const void *pa, const void *pb) {
  double x = *(const double *)pa, y = *(const double *)pb;
  return x < y ? -1 : x > y;
}

static int cmp_str(const void *pa, const void *pb) {
  return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

/* The string occurring most often among n (the first in sorted order on
 * ties, so the answer does not depend on submission order).  Sorts s. */
static const char *most_common_sorted(const char **s, int n) {
  qsort(s, (size_t)n, sizeof *s, cmp_str);
  const char *best = NULL;
  int best_n = 0;
  for (int lo = 0; lo < n;) {
    int hi = lo;
    while (hi < n && strcmp(s[hi], s[lo]) == 0)
      hi++;
    if (hi - lo > best_n) {
      best = s[lo];
      best_n = hi - lo;
    }
    lo = hi;
  }
  return best;
}

/* The same answer, counted: the strings are a node's choice ids, a
 * handful, so a short list of the distinct ones beats sorting thousands
 * (past FEW of them, sort). */
static const char *most_common(const char **s, int n) {
  enum { FEW = 32 };
  const char *str[FEW];
  int cnt[FEW], d = 0;
  for (int i = 0; i < n; i++) {
    int j = 0;
    while (j < d && s[i] != str[j] && strcmp(s[i], str[j]) != 0)
      j++;
    if (j == d) {
      if (d == FEW)
        return most_common_sorted(s, n);
      str[d] = s[i];
      cnt[d++] = 0;
    }
    cnt[j]++;
  }
  int best = -1;
  for (int j = 0; j < d; j++)
    if (best < 0 || cnt[j] > cnt[best] ||
        (cnt[j] == cnt[best] && strcmp(str[j], str[best]) < 0))
      best = j;
  return best >= 0 ? str[best] : NULL;
}

static int by_spot(const void *pa, const void *pb) {
  const grade_push_spot *x = pa, *y = pb;
  if (x->pushed != y->pushed)
    return x->pushed > y->pushed ? -1 : 1;
  /* a higher share first: x.p/x.r > y.p/y.r */
  long l = (long)x->pushed * y->reached, r = (long)y->pushed * x->reached;
  if (l != r)
    return l > r ? -1 : 1;
  return strcmp(x->node, y->node);
}

rp_status grade_summarize(const grade_result *v, int n, const grade_trainee *t,
                          int nt, grade_summary *out) {
  memset(out, 0, sizeof *out);
  out->submissions = n;
  for (int i = 0; i < n; i++)
    out->by_class[v[i].cls]++;
  out->trainees = nt;
  double *scores = malloc(sizeof *scores * (size_t)(nt > 0 ? nt : 1));
  if (scores == NULL)
    return RP_ENOMEM;
  double skill_sum[SCN_SKILL_COUNT] = {0};
  int skill_n[SCN_SKILL_COUNT] = {0};
  int rows = 0;
  for (int j = 0; j < nt; j++) {
    const grade_result *r = t[j].best;
    if (r == NULL)
      continue;
    scores[out->graded] = r->grade;
    out->graded++;
    out->passed += t[j].passed;
    int bucket = (int)(r->grade / 10);
    out->buckets[bucket < 0 ? 0 : bucket > 9 ? 9 : bucket]++;
    out->mean += r->grade;
    out->rq_mean += r->relationship_quality;
    out->push_mean += r->transactional_pushing;
    for (int k = 0; k < SCN_SKILL_COUNT; k++)
      if (r->skills[k] >= 0) {
        skill_sum[k] += r->skills[k];
        skill_n[k]++;
      }
    rows += r->n_decisions;
  }
  for (int k = 0; k < SCN_SKILL_COUNT; k++)
    out->skill_mean[k] = skill_n[k] > 0 ? skill_sum[k] / skill_n[k] : -1;
  if (out->graded > 0) {
    out->mean /= out->graded;
    out->rq_mean /= out->graded;
    out->push_mean /= out->graded;
    qsort(scores, (size_t)out->graded, sizeof *scores, cmp_double);
    int g = out->graded;
    out->min = scores[0];
    out->max = scores[g - 1];
    out->median =
        g % 2 ? scores[g / 2] : (scores[g / 2 - 1] + scores[g / 2]) / 2;
  }
  free(scores);

  /* Where they pushed: one row per (counted attempt, decision), grouped by
   * node, the nodes in name order and each node's rows in trainee order (t
   * is sorted by name); a trainee counts once per node.  The rows are
   * bucketed by node through a map of node ids rather than sorted: a
   * cohort of 10,000 has 100,000 of them. */
  size_t nrows = (size_t)(rows > 0 ? rows : 1);
  spot_row *sr = malloc(sizeof *sr * nrows);
  const char **choices = malloc(sizeof *choices * nrows);
  const char **betters = malloc(sizeof *betters * nrows);
  /* per slot (a distinct node): its id, its rows' count, then where its
   * rows go; and the slots in node order */
  const char **slot_node = malloc(sizeof *slot_node * nrows);
  int *at = calloc(nrows, sizeof *at);
  int *order = malloc(sizeof *order * nrows);
  rp_strmap slots;
  rp_strmap_init(&slots);
  rp_status st =
      sr && choices && betters && slot_node && at && order ? RP_OK : RP_ENOMEM;
  int m = 0, n_slots = 0;
  for (int pass = 0; pass < 2 && st == RP_OK; pass++) {
    for (int j = 0; st == RP_OK && j < nt; j++) {
      const grade_result *r = t[j].best;
      for (int i = 0; st == RP_OK && r != NULL && i < r->n_decisions; i++) {
        const grade_decision *d = &r->decisions[i];
        int k = rp_strmap_get(&slots, d->node);
        if (pass == 1) { /* place the row */
          sr[at[k]++] = (spot_row){d->node, r->trainee, d->choice, d->best,
                                   d->pushing > d->pushing_min};
          m++;
          continue;
        }
        if (k < 0) { /* a node not seen yet */
          if (rp_strmap_put(&slots, d->node, n_slots, NULL) != 0) {
            st = RP_ENOMEM;
            break;
          }
          slot_node[n_slots] = d->node;
          k = n_slots++;
        }
        at[k]++;
      }
    }
    if (pass == 0 && st == RP_OK) {
      for (int k = 0; k < n_slots; k++)
        order[k] = k;
      sort_nodes = slot_node; /* not thread-safe: runs once, after grading */
      qsort(order, (size_t)n_slots, sizeof *order, by_slot_node);
      for (int i = 0, start = 0; i < n_slots; i++) {
        int c = at[order[i]];
        at[order[i]] = start;
        start += c;
      }
    }
  }
  rp_strmap_free(&slots);
  free(slot_node);
  free(at);
  free(order);
  if (st != RP_OK) {
    free(sr);
    free(choices);
    free(betters);
    return RP_ENOMEM;
  }
  grade_push_spot all[64];
  int n_all = 0;
  for (int lo = 0; lo < m;) {
    int hi = lo;
    while (hi < m && strcmp(sr[hi].node, sr[lo].node) == 0)
      hi++;
    grade_push_spot s = {sr[lo].node, 0, 0, NULL, NULL};
    int nc = 0;
    /* rows are sorted by trainee within the node: one trainee per run */
    for (int k = lo; k < hi;) {
      bool pushed_here = false;
      int e = k;
      for (; e < hi && strcmp(sr[e].trainee, sr[k].trainee) == 0; e++)
        if (sr[e].pushed) {
          pushed_here = true;
          choices[nc] = sr[e].choice;
          betters[nc++] = sr[e].best;
        }
      s.reached++;
      s.pushed += pushed_here;
      k = e;
    }
    if (s.pushed > 0) {
      s.choice = most_common(choices, nc);
      s.better = most_common(betters, nc);
      /* keep the top GRADE_SPOTS in a small sorted array */
      if (n_all < 64)
        all[n_all++] = s;
      qsort(all, (size_t)n_all, sizeof *all, by_spot);
      if (n_all > GRADE_SPOTS)
        n_all = GRADE_SPOTS;
    }
    lo = hi;
  }
  for (int i = 0; i < n_all; i++)
    out->spots[i] = all[i];
  out->n_spots = n_all;
  free(choices);
  free(betters);
  free(sr);
  return RP_OK;
}
