/*
 * check_paths.c -- what a scenario teaches: every path from the start to an
 * ending, on the state graph the explorer built.
 *
 * Path counts come from a pass over the states, children before parents
 * (exact even for astronomically many paths).  Score ranges need each path's
 * sums, so the paths are walked depth first over the graph in memory (no
 * scenario code runs: a step is a few additions), up to CHECK_MAX_PATH_STEPS.
 * Edges that close a loop are left out (a loop gives infinitely many paths)
 * and reported as loops.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_internal.h"
#include "core/score.h"

enum { REL_E, REL_A, PS_E, PS_A, PU_E, PU_A, SUMS };

typedef struct scored {
  double rq, tp, ov;
} scored;

static scored score_of(const long *t) {
  score_report r;
  memset(&r, 0, sizeof r);
  r.relationship.earned = t[REL_E];
  r.relationship.available = t[REL_A];
  r.skills[SCN_PROBLEM_SOLVING].earned = t[PS_E];
  r.skills[SCN_PROBLEM_SOLVING].available = t[PS_A];
  r.skills[SCN_PUSHING].earned = t[PU_E];
  r.skills[SCN_PUSHING].available = t[PU_A];
  score_totals(&r, 1);
  return (scored){r.relationship_quality, r.transactional_pushing, r.overall};
}

/* Depth-first post-order from state 0; marks edges that close a loop. */
static int *post_order(const explore_graph *g, unsigned char *back,
                       int *n_out) {
  int n = g->n_states;
  int *order = malloc((size_t)n * sizeof *order);
  int *stack = malloc((size_t)n * sizeof *stack);
  int *next = calloc((size_t)n, sizeof *next);
  unsigned char *color = calloc((size_t)n, 1); /* 0 new, 1 open, 2 done */
  int k = 0;
  if (!order || !stack || !next || !color) {
    free(order);
    order = NULL;
    goto out;
  }
  int top = 0;
  stack[top++] = 0;
  color[0] = 1;
  while (top > 0) {
    int s = stack[top - 1];
    const explore_state *st = &g->states[s];
    if (next[s] < st->n_edges) {
      int e = st->first_edge + next[s]++;
      int t = g->edges[e].to;
      if (color[t] == 1)
        back[e] = 1;
      else if (color[t] == 0) {
        color[t] = 1;
        stack[top++] = t;
      }
    } else {
      color[s] = 2;
      order[k++] = s;
      top--;
    }
  }
out:
  free(stack);
  free(next);
  free(color);
  *n_out = k;
  return order;
}

static void report_loops(const scn_scenario *s, const explore_graph *g,
                         const unsigned char *back, check_report *r) {
  unsigned char *seen = calloc((size_t)s->n_choices + 1, 1);
  if (seen == NULL) {
    r->incomplete = true; /* the loops would go unreported */
    return;
  }
  for (int i = 0; i < g->n_states; i++) {
    const explore_state *st = &g->states[i];
    for (int e = st->first_edge; e < st->first_edge + st->n_edges; e++) {
      int gid = g->edges[e].choice;
      if (!back[e] || seen[gid])
        continue;
      seen[gid] = 1;
      const scn_choice *ch = g->by_gid[gid];
      const scn_node *node = &s->nodes[g->node_of_gid[gid]];
      char where[200];
      snprintf(where, sizeof where, "choice '%s' in node '%s'", ch->id,
               node->id);
      check_diag *d = check_add(
          r, CHECK_WARNING, "loop", ch->line, where,
          "can bring the conversation back to a state it was already in "
          "(node '%s'): a trainee can go round this loop forever",
          s->nodes[g->states[g->edges[e].to].node].id);
      check_hint(r, d,
                 "mark the choice once = true, or let it change something "
                 "(a meter, a fact) so that the conversation moves on");
      check_witness(r, d, g, i);
    }
  }
  free(seen);
}

/* A path kept as a witness: the choice gids from the start. */
typedef struct witness {
  int *gids;
  int n;
} witness;

static bool keep(witness *w, const int *gids, int n) {
  int *g = realloc(w->gids, (size_t)(n > 0 ? n : 1) * sizeof *g);
  if (g == NULL)
    return false;
  memcpy(g, gids, (size_t)n * sizeof *g);
  w->gids = g;
  w->n = n;
  return true;
}

/* Per ending: which path witnesses each extreme. */
typedef struct extremes {
  witness best, worst, max_tp, min_rq, max_rq;
  scored best_sc, worst_sc;
  double rq_sum, enumerated;
} extremes;

static void set_path(check_report *r, check_path *dst, const explore_graph *g,
                     const witness *w, double ov, double rq, double tp,
                     int ending) {
  free(dst->choices);
  dst->choices = check_path_ids(g, w->gids, w->n);
  if (dst->choices == NULL)
    r->incomplete = true; /* the report would show no best or worst path */
  dst->overall = ov;
  dst->relationship = rq;
  dst->pushing = tp;
  dst->ending = ending;
}

static char *spell(const explore_graph *g, const witness *w) {
  return check_path_ids(g, w->gids, w->n);
}

static void balance(const scn_scenario *s, const explore_graph *g,
                    const extremes *x, check_report *r) {
  /* The best outcome: the won ending with the biggest deal, then fastest. */
  int best = -1;
  for (int i = 0; i < r->n_endings; i++) {
    const check_ending *e = &r->endings[i];
    const scn_outcome *o = &s->nodes[e->node].outcome;
    if (!e->reached || o->result != SCN_WON)
      continue;
    const scn_outcome *b =
        best >= 0 ? &s->nodes[r->endings[best].node].outcome : NULL;
    if (b == NULL || o->deal_value > b->deal_value ||
        (o->deal_value == b->deal_value &&
         (unsigned)o->days_to_close < (unsigned)b->days_to_close))
      best = i;
  }
  char where[200];
  if (best >= 0) {
    const check_ending *e = &r->endings[best];
    const scn_node *node = &s->nodes[e->node];
    snprintf(where, sizeof where, "ending '%s'", node->id);
    if (e->tp_max > CHECK_PUSH_LIMIT) {
      check_diag *d =
          check_add(r, CHECK_WARNING, "pushing-wins", node->line, where,
                    "the best outcome can be won while pushing "
                    "(transactional pushing %.1f, above %.0f)",
                    e->tp_max, CHECK_PUSH_LIMIT);
      check_hint(r, d,
                 "make pushing cost trust or patience on the way to this "
                 "ending, so that the path below cannot reach it");
      check_set_path(r, d, spell(g, &x[best].max_tp));
    }
    if (e->rq_min < CHECK_BEST_NEEDS_RQ) {
      check_diag *d =
          check_add(r, CHECK_WARNING, "best-without-rq", node->line, where,
                    "the best outcome can be won with "
                    "relationship quality %.1f (below %.0f)",
                    e->rq_min, CHECK_BEST_NEEDS_RQ);
      check_hint(r, d,
                 "require what a trusted advisor earns (trust, the key "
                 "facts) before this ending can be reached");
      check_set_path(r, d, spell(g, &x[best].min_rq));
    }
  }
  for (int i = 0; i < r->n_endings; i++) {
    const check_ending *e = &r->endings[i];
    const scn_node *node = &s->nodes[e->node];
    if (!e->reached)
      continue;
    snprintf(where, sizeof where, "ending '%s'", node->id);
    if (node->outcome.result == SCN_LOST && e->rq_max >= CHECK_HIGH_RQ) {
      check_diag *d =
          check_add(r, CHECK_WARNING, "rq-loses", node->line, where,
                    "a path with relationship quality %.1f loses the "
                    "deal",
                    e->rq_max);
      check_hint(r, d,
                 "a trainee who builds the relationship should not lose: "
                 "check the conditions on the way to this ending");
      check_set_path(r, d, spell(g, &x[i].max_rq));
    }
    /* Deal value should rise with relationship quality. */
    for (int j = 0; j < r->n_endings; j++) {
      const check_ending *f = &r->endings[j];
      if (i == j || !f->reached)
        continue;
      int64_t vi =
          node->outcome.result == SCN_WON ? node->outcome.deal_value : 0;
      const scn_node *fn = &s->nodes[f->node];
      int64_t vj = fn->outcome.result == SCN_WON ? fn->outcome.deal_value : 0;
      if (e->rq_mean > f->rq_mean + 1.0 && vi < vj) {
        check_diag *d = check_add(
            r, CHECK_WARNING, "value-not-rising", node->line, where,
            "is reached with higher relationship quality on average (%.1f) "
            "than ending '%s' (%.1f) but is worth less (%lld < %lld)",
            e->rq_mean, fn->id, f->rq_mean, (long long)vi, (long long)vj);
        check_hint(r, d,
                   "the academy's claim is that relationship selling closes "
                   "bigger deals: make the better-played ending worth more");
      }
    }
  }
}

/* Counts the paths from every state to each ending, on the loop-free part
 * of the graph, children before parents. */
static double *count_paths(const explore_graph *g, const unsigned char *back,
                           const int *order, int n_order, int n_endings,
                           const int *ending_slot) {
  double *c = calloc((size_t)g->n_states * (size_t)n_endings + 1, sizeof *c);
  if (c == NULL)
    return NULL;
  for (int oi = 0; oi < n_order; oi++) {
    int i = order[oi];
    const explore_state *st = &g->states[i];
    double *mine = c + (size_t)i * (size_t)n_endings;
    if (st->kind == EXPLORE_ENDING) {
      mine[ending_slot[st->node]] = 1;
      continue;
    }
    for (int e = st->first_edge; e < st->first_edge + st->n_edges; e++) {
      if (back[e])
        continue;
      const double *theirs = c + (size_t)g->edges[e].to * (size_t)n_endings;
      for (int k = 0; k < n_endings; k++)
        mine[k] += theirs[k];
    }
  }
  return c;
}

/* Walks every loop-free path from the start (depth first, on the state
 * graph in memory: no scenario code runs), scoring each at its ending. */
static rp_status walk_paths(const explore_graph *g, const unsigned char *back,
                            const int *ending_slot, extremes *x,
                            check_report *r, bool *complete, rp_error *err) {
  int cap = 64, depth = 0;
  int *gids = malloc((size_t)cap * sizeof *gids);
  int *state = malloc((size_t)cap * sizeof *state);
  int *cursor = malloc((size_t)cap * sizeof *cursor);
  long(*sums)[SUMS] = malloc((size_t)cap * sizeof *sums);
  long steps = 0;
  rp_status st = RP_OK;
  *complete = true;
  if (!gids || !state || !cursor || !sums)
    goto oom;
  state[0] = 0;
  cursor[0] = 0;
  memset(sums[0], 0, sizeof sums[0]);
  while (depth >= 0) {
    const explore_state *s = &g->states[state[depth]];
    if (s->kind == EXPLORE_ENDING) {
      scored sc = score_of(sums[depth]);
      int slot = ending_slot[s->node];
      check_ending *e = &r->endings[slot];
      extremes *xe = &x[slot];
      bool first = xe->enumerated == 0;
      if (r->decisions_max == 0 || depth < r->decisions_min)
        r->decisions_min = depth;
      if (depth > r->decisions_max)
        r->decisions_max = depth;
      xe->enumerated += 1;
      xe->rq_sum += sc.rq;
      if (first || sc.ov > e->ov_max) {
        e->ov_max = sc.ov;
        xe->best_sc = sc;
        if (!keep(&xe->best, gids, depth))
          goto oom;
      }
      if (first || sc.ov < e->ov_min) {
        e->ov_min = sc.ov;
        xe->worst_sc = sc;
        if (!keep(&xe->worst, gids, depth))
          goto oom;
      }
      if (first || sc.tp > e->tp_max) {
        e->tp_max = sc.tp;
        if (!keep(&xe->max_tp, gids, depth))
          goto oom;
      }
      if (first || sc.tp < e->tp_min)
        e->tp_min = sc.tp;
      if (first || sc.rq > e->rq_max) {
        e->rq_max = sc.rq;
        if (!keep(&xe->max_rq, gids, depth))
          goto oom;
      }
      if (first || sc.rq < e->rq_min) {
        e->rq_min = sc.rq;
        if (!keep(&xe->min_rq, gids, depth))
          goto oom;
      }
      depth--;
      continue;
    }
    if (s->kind != EXPLORE_ACTIVE || cursor[depth] >= s->n_edges) {
      depth--;
      continue;
    }
    int e = s->first_edge + cursor[depth]++;
    if (back[e])
      continue;
    if (++steps > CHECK_MAX_PATH_STEPS) {
      *complete = false;
      break;
    }
    if (depth + 1 >= cap) {
      cap *= 2;
      int *a = realloc(gids, (size_t)cap * sizeof *gids);
      if (a != NULL)
        gids = a;
      int *b = realloc(state, (size_t)cap * sizeof *state);
      if (b != NULL)
        state = b;
      int *c = realloc(cursor, (size_t)cap * sizeof *cursor);
      if (c != NULL)
        cursor = c;
      long(*d)[SUMS] = realloc(sums, (size_t)cap * sizeof *sums);
      if (d != NULL)
        sums = d;
      if (!a || !b || !c || !d)
        goto oom;
    }
    const scn_choice *ch = g->by_gid[g->edges[e].choice];
    const explore_offer *of = &g->offers[s->offer];
    long dlt[SUMS] = {
        ch->value - of->value_min,
        of->value_max - of->value_min,
        ch->skills[SCN_PROBLEM_SOLVING] - of->skill_min[SCN_PROBLEM_SOLVING],
        of->skill_max[SCN_PROBLEM_SOLVING] - of->skill_min[SCN_PROBLEM_SOLVING],
        ch->skills[SCN_PUSHING] - of->skill_min[SCN_PUSHING],
        of->skill_max[SCN_PUSHING] - of->skill_min[SCN_PUSHING]};
    gids[depth] = g->edges[e].choice;
    for (int q = 0; q < SUMS; q++)
      sums[depth + 1][q] = sums[depth][q] + dlt[q];
    state[depth + 1] = g->edges[e].to;
    cursor[depth + 1] = 0;
    depth++;
  }
  goto out;
oom:
  st = rp_fail(err, RP_ENOMEM, "out of memory analysing paths");
out:
  free(gids);
  free(state);
  free(cursor);
  free(sums);
  return st;
}

static void free_witness(witness *w) { free(w->gids); }

rp_status check_paths(const scn_scenario *s, const explore_graph *g,
                      check_report *r, rp_error *err) {
  rp_status st = RP_OK;
  int n_order = 0;
  unsigned char *back = calloc((size_t)g->n_edges + 1, 1);
  int *order = back != NULL ? post_order(g, back, &n_order) : NULL;
  double *counts = NULL;
  r->n_endings = 0;
  for (int i = 0; i < s->n_nodes; i++)
    r->n_endings += s->nodes[i].is_ending;
  r->endings = calloc((size_t)r->n_endings + 1, sizeof *r->endings);
  extremes *x = calloc((size_t)r->n_endings + 1, sizeof *x);
  int *ending_slot = malloc((size_t)s->n_nodes * sizeof *ending_slot);
  if (!back || !order || !r->endings || !x || !ending_slot) {
    st = rp_fail(err, RP_ENOMEM, "out of memory analysing paths");
    goto out;
  }
  for (int i = 0, k = 0; i < s->n_nodes; i++) {
    ending_slot[i] = -1;
    if (s->nodes[i].is_ending) {
      ending_slot[i] = k;
      r->endings[k++].node = i;
    }
  }
  report_loops(s, g, back, r);
  if (g->bounded || g->n_states == 0)
    goto out; /* counts over part of the graph would mislead */
  counts = count_paths(g, back, order, n_order, r->n_endings, ending_slot);
  if (counts == NULL) {
    st = rp_fail(err, RP_ENOMEM, "out of memory counting paths");
    goto out;
  }
  bool complete;
  if ((st = walk_paths(g, back, ending_slot, x, r, &complete, err)) != RP_OK)
    goto out;
  r->analysed = true;
  r->paths_complete = complete;
  if (!complete)
    check_add(r, CHECK_WARNING, "analysis-partial", 0, "",
              "more than %ld path steps: score ranges and balance cover the "
              "paths walked first (path counts are exact)",
              (long)CHECK_MAX_PATH_STEPS);
  bool any = false;
  for (int i = 0; i < r->n_endings; i++) {
    check_ending *e = &r->endings[i];
    e->paths = counts[i]; /* state 0's counts */
    r->total_paths += e->paths;
    e->reached = x[i].enumerated > 0;
    if (!e->reached)
      continue;
    e->rq_mean = x[i].rq_sum / x[i].enumerated;
    const scored *b = &x[i].best_sc, *w = &x[i].worst_sc;
    set_path(r, &e->best, g, &x[i].best, b->ov, b->rq, b->tp, e->node);
    set_path(r, &e->worst, g, &x[i].worst, w->ov, w->rq, w->tp, e->node);
    if (!any || b->ov > r->best.overall)
      set_path(r, &r->best, g, &x[i].best, b->ov, b->rq, b->tp, e->node);
    if (!any || w->ov < r->worst.overall)
      set_path(r, &r->worst, g, &x[i].worst, w->ov, w->rq, w->tp, e->node);
    any = true;
  }
  balance(s, g, x, r);
out:
  for (int i = 0; x != NULL && i < r->n_endings; i++) {
    free_witness(&x[i].best);
    free_witness(&x[i].worst);
    free_witness(&x[i].max_tp);
    free_witness(&x[i].min_rq);
    free_witness(&x[i].max_rq);
  }
  free(x);
  free(back);
  free(order);
  free(counts);
  free(ending_slot);
  return st;
}
