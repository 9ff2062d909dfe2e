/*
 * check_cues.c -- plays a scenario with players that read only the options'
 * wording, measures the cue model on it, and reports where the wording
 * gives the answer away (check_cues.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_cues_internal.h"
#include "check_internal.h"
#include "core/score.h"
#include "core/sess.h"
#include "util/rp_buf.h"
#include "util/rp_rng.h"

typedef enum player {
  P_LONGEST,
  P_SHORTEST,
  P_QUESTION,
  P_STATEMENT,
  P_YOU,
  P_TESTWISE,
  P_NO_PITCH,
  P_OVERLAP,
  P_FIRST,
  P_LAST,
  P_MODEL,
  P_COUNT
} player;

static const struct {
  const char *name, *rule;
} PLAYERS[P_COUNT] = {
    {"longest", "the longest option"},
    {"shortest", "the shortest option"},
    {"question", "a question if there is one, then the longest"},
    {"statement", "a statement if there is one, then the longest"},
    {"you-not-we", "the most \"you\" against \"I/we\" and pitch words"},
    {"test-wise",
     "a question, then the fewest pitch and \"I/we\" words, then the most "
     "\"you\""},
    {"no-pitch", "the fewest pitch words (demo, discount, price, sign, ...), "
                 "then the longest"},
    {"echo", "the most words shared with the prospect's last line"},
    {"first", "the first option in the authored order"},
    {"last", "the last option in the authored order"},
    {"model", "the cue model trained on the other scenarios"},
};

/* A player's preference for one option: higher wins, the first shown of
 * equal keys is taken.  Keys combine a cue with its tie-breakers by place
 * value (lengths are capped so that they never reach the next place). */
static double key(player p, const cue_stats *s, const cue_model *m,
                  const double *f) {
  double len = s->chars < 9999 ? s->chars : 9999;
  switch (p) {
  case P_LONGEST: return len;
  case P_SHORTEST: return -len;
  case P_QUESTION: return s->question * 1e5 + len;
  case P_STATEMENT: return !s->question * 1e5 + len;
  case P_YOU: return (s->you - s->me - 2 * s->pitch) * 1e5 + len;
  case P_TESTWISE:
    return s->question * 1e9 + (100 - s->pitch - s->me) * 1e6 + s->you * 1e4 +
           len;
  case P_NO_PITCH: return (100 - s->pitch) * 1e5 + len;
  case P_OVERLAP: return s->overlap * 1e5 + len;
  case P_FIRST: return -s->authored;
  case P_LAST: return s->authored;
  case P_MODEL: {
    double x = 0;
    for (int k = 0; k < CHECK_CUES_FEATURES; k++)
      x += m->w[k] * f[k];
    return x;
  }
  default: return 0;
  }
}

/* The prospect's last line of the transcript so far (the node's say, or the
 * reaction before it), or NULL. */
static const char *prospect_line(const sess_session *s) {
  const sess_line *t;
  int n = sess_transcript(s, &t);
  for (int i = n - 1; i >= 0; i--)
    if (t[i].who != SESS_TRAINEE && t[i].text != NULL)
      return t[i].text;
  return NULL;
}

/* The options a trainee can pick now, as wording: st[i] and idx[i] (the
 * option's index in sess_options) for each; *best is the index among them
 * of the best option by the session's own rule.  Returns how many. */
static int offered(const sess_session *s, cue_stats *st, int *idx, int *best) {
  const scn_scenario *scn = sess_scenario(s);
  const scn_node *node = &scn->nodes[sess_node(s)];
  const sess_option *o;
  int n = sess_options(s, &o), k = 0, bv = 0, bp = 0;
  const char *pl = prospect_line(s);
  *best = -1;
  for (int i = 0; i < n; i++) {
    if (!o[i].available)
      continue;
    const scn_choice *ch = &node->choices[o[i].choice];
    cue_stats_of(o[i].text != NULL ? o[i].text : "", pl, &st[k]);
    st[k].authored = o[i].choice;
    st[k].shown = k;
    int push = ch->skills[SCN_PUSHING];
    if (*best < 0 || ch->value > bv || (ch->value == bv && push < bp)) {
      *best = k;
      bv = ch->value;
      bp = push;
    }
    idx[k++] = i;
  }
  return k;
}

/* Room for the options of one node: a node has at most n_choices. */
typedef struct scratch {
  cue_stats *st;
  int *idx;
  cue_vec *f;
} scratch;

static bool scratch_new(scratch *x, const scn_scenario *s) {
  int most = 1;
  for (int i = 0; i < s->n_nodes; i++)
    if (s->nodes[i].n_choices > most)
      most = s->nodes[i].n_choices;
  x->st = malloc((size_t)most * sizeof *x->st);
  x->idx = malloc((size_t)most * sizeof *x->idx);
  x->f = malloc((size_t)most * sizeof *x->f);
  return x->st != NULL && x->idx != NULL && x->f != NULL;
}

static void scratch_free(scratch *x) {
  free(x->st);
  free(x->idx);
  free(x->f);
}

static uint64_t decision_key(int node, const int *choices, int n) {
  uint64_t h = 1469598103934665603ULL ^ (uint64_t)node;
  h *= 1099511628211ULL;
  /* the set, not the order: a shuffle is the same decision */
  uint64_t set = 0;
  for (int i = 0; i < n; i++)
    set += (uint64_t)(choices[i] + 1) * 0x9e3779b97f4a7c15ULL;
  return h ^ set;
}

/* ---- collecting decisions --------------------------------------------- */

const char *check_cues_set_id(const check_cue_set *set) { return set->id; }

void check_cues_set_free(check_cue_set *set) {
  if (set == NULL)
    return;
  for (int i = 0; i < set->n; i++)
    free(set->v[i].f);
  free(set->v);
  free(set->id);
  free(set);
}

static bool seen(const check_cue_set *set, uint64_t k) {
  for (int i = 0; i < set->n; i++)
    if (set->v[i].key == k)
      return true;
  return false;
}

rp_status check_cues_collect(const scn_scenario *scn, check_cue_set **out,
                             rp_error *err) {
  check_cue_set *set = calloc(1, sizeof *set);
  scratch x = {0};
  sess_session *s = NULL;
  int *authored = NULL;
  if (set == NULL || (set->id = strdup(scn->id)) == NULL ||
      (set->v = calloc(CHECK_CUES_MAX_DECISIONS, sizeof *set->v)) == NULL ||
      !scratch_new(&x, scn) ||
      (authored = malloc((size_t)(scn->n_choices + 1) * sizeof *authored)) ==
          NULL)
    goto oom;
  for (int run = 0; run < CHECK_CUES_RUNS; run++) {
    uint64_t rng = 0xc0e5c0e5ULL + (uint64_t)run;
    if ((s = sess_new(scn, (uint64_t)run + 1, err)) == NULL)
      goto fail;
    for (int turn = 0;
         sess_state(s) == SESS_ACTIVE && turn < CHECK_CUES_MAX_TURNS; turn++) {
      int best, n = offered(s, x.st, x.idx, &best);
      if (n == 0)
        break;
      const scn_node *node = &scn->nodes[sess_node(s)];
      for (int i = 0; i < n; i++)
        authored[i] = x.st[i].authored;
      uint64_t k = decision_key(sess_node(s), authored, n);
      if (n > 1 && set->n < CHECK_CUES_MAX_DECISIONS && !seen(set, k)) {
        cue_decision *d = &set->v[set->n];
        if ((d->f = malloc((size_t)n * sizeof *d->f)) == NULL)
          goto oom;
        cue_features(x.st, n, node->n_choices, node->shuffle, d->f);
        d->node = sess_node(s);
        d->key = k;
        d->n = n;
        d->best = best;
        set->n++;
      }
      const sess_option *o;
      sess_options(s, &o);
      int pick = x.idx[rp_rng_range(&rng, 0, n - 1)];
      rp_error e;
      if (sess_choose(s, o[pick].number, 0.0, &e) != RP_OK)
        break;
    }
    sess_free(s);
    s = NULL;
  }
  scratch_free(&x);
  free(authored);
  *out = set;
  return RP_OK;
oom:
  rp_fail(err, RP_ENOMEM, "out of memory in the cue analysis");
fail:
  sess_free(s);
  scratch_free(&x);
  free(authored);
  check_cues_set_free(set);
  return err->code;
}

/* ---- the wording players ---------------------------------------------- */

/* What one player met at each node, over its seeds. */
typedef struct met {
  int *visits, *best; /* per node */
} met;

typedef struct run_ctx {
  const scn_scenario *scn;
  const cue_model *model;
  scratch x;
  rp_buf ids;       /* choice ids of the run so far */
  char **node_path; /* per node: the first path that met it (owned) */
} run_ctx;

static void ids_add(rp_buf *b, const char *id) {
  if (b->len > 0)
    rp_buf_puts(b, ",");
  rp_buf_puts(b, id);
}

/* One seeded run of player p; fills its score, ending and what it met. */
static rp_status play_one(run_ctx *c, player p, uint64_t seed, met *m,
                          check_cue_player *out, int run, rp_error *err) {
  const scn_scenario *scn = c->scn;
  sess_session *s = sess_new(scn, seed, err);
  if (s == NULL)
    return err->code;
  c->ids.len = 0; /* the buffer is reused from run to run */
  if (c->ids.data != NULL)
    c->ids.data[0] = '\0';
  for (int turn = 0;
       sess_state(s) == SESS_ACTIVE && turn < CHECK_CUES_MAX_TURNS; turn++) {
    int best, n = offered(s, c->x.st, c->x.idx, &best);
    if (n == 0)
      break;
    int node_i = sess_node(s);
    const scn_node *node = &scn->nodes[node_i];
    if (p == P_MODEL)
      cue_features(c->x.st, n, node->n_choices, node->shuffle, c->x.f);
    int pick = 0;
    double top = 0;
    for (int i = 0; i < n; i++) {
      double k = key(p, &c->x.st[i], c->model, c->x.f[i]);
      if (i == 0 || k > top) {
        top = k;
        pick = i;
      }
    }
    if (n > 1) {
      m->visits[node_i]++;
      m->best[node_i] += pick == best;
      out->decisions++;
      out->best_picks += pick == best;
      if (c->node_path[node_i] == NULL &&
          (c->node_path[node_i] = strdup(rp_buf_str(&c->ids))) == NULL)
        goto oom;
    }
    const sess_option *o;
    sess_options(s, &o);
    ids_add(&c->ids, node->choices[o[c->x.idx[pick]].choice].id);
    rp_error e;
    if (sess_choose(s, o[c->x.idx[pick]].number, 0.0, &e) != RP_OK)
      break;
  }
  if (rp_buf_failed(&c->ids))
    goto oom;
  score_report rep;
  score_session(s, &rep);
  out->scores[run] = rep.overall;
  out->endings[run] = sess_state(s) == SESS_ENDED ? sess_node(s) : -1;
  if (out->witness == NULL ||
      rep.overall > out->scores[out->witness_seed - 1]) {
    free(out->witness);
    if ((out->witness = strdup(rp_buf_str(&c->ids))) == NULL)
      goto oom;
    out->witness_seed = seed;
  }
  sess_free(s);
  return RP_OK;
oom:
  sess_free(s);
  return rp_fail(err, RP_ENOMEM, "out of memory in the cue analysis");
}

static int by_score(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* The won ending with the biggest deal, then the fastest: check_paths.c's
 * "best outcome". */
static int best_ending(const scn_scenario *s) {
  int best = -1;
  for (int i = 0; i < s->n_nodes; i++) {
    const scn_node *n = &s->nodes[i];
    if (!n->is_ending || n->outcome.result != SCN_WON)
      continue;
    const scn_outcome *b = best >= 0 ? &s->nodes[best].outcome : NULL;
    if (b == NULL || n->outcome.deal_value > b->deal_value ||
        (n->outcome.deal_value == b->deal_value &&
         n->outcome.days_to_close < b->days_to_close))
      best = i;
  }
  return best;
}

static void finish_player(check_cue_player *p, int best) {
  double v[CHECK_CUES_SEEDS];
  memcpy(v, p->scores, sizeof v);
  qsort(v, CHECK_CUES_SEEDS, sizeof v[0], by_score);
  p->median = v[CHECK_CUES_SEEDS / 2];
  p->median_ending = -1;
  for (int i = 0; i < CHECK_CUES_SEEDS; i++) {
    if (p->scores[i] == p->median && p->median_ending < 0)
      p->median_ending = p->endings[i];
    p->best_ending_runs += best >= 0 && p->endings[i] == best;
  }
}

/* Decisions whose best option most players that met them picked. */
static rp_status find_leaks(check_cues *c, const scn_scenario *s, met *m,
                            char **node_path, rp_error *err) {
  for (int n = 0; n < s->n_nodes; n++) {
    int players = 0, picked = 0;
    rp_buf cues = RP_BUF_INIT;
    for (int p = 0; p < c->n_players; p++) {
      if (m[p].visits[n] == 0)
        continue;
      players++;
      if (2 * m[p].best[n] > m[p].visits[n]) {
        picked++;
        if (cues.len > 0)
          rp_buf_puts(&cues, ", ");
        rp_buf_puts(&cues, c->players[p].name);
      }
    }
    if (players < 3 || 2 * picked <= players) {
      rp_buf_free(&cues);
      continue;
    }
    check_cue_leak *l = realloc(c->leaks, (size_t)(c->n_leaks + 1) * sizeof *l);
    if (l != NULL)
      c->leaks = l;
    if (l == NULL || rp_buf_failed(&cues)) {
      rp_buf_free(&cues);
      return rp_fail(err, RP_ENOMEM, "out of memory in the cue analysis");
    }
    l = &c->leaks[c->n_leaks++];
    l->node = n;
    l->best = -1;
    l->players = players;
    l->picked = picked;
    l->cues = rp_buf_take(&cues);
    l->path = node_path[n];
    node_path[n] = NULL;
    /* the best choice of the node as offered without conditions */
    const scn_node *node = &s->nodes[n];
    for (int i = 0; i < node->n_choices; i++) {
      const scn_choice *ch = &node->choices[i];
      if (l->best < 0 || ch->value > node->choices[l->best].value ||
          (ch->value == node->choices[l->best].value &&
           ch->skills[SCN_PUSHING] <
               node->choices[l->best].skills[SCN_PUSHING]))
        l->best = i;
    }
    if (l->cues == NULL)
      return rp_fail(err, RP_ENOMEM, "out of memory in the cue analysis");
  }
  return RP_OK;
}

rp_status check_cues_run(const scn_scenario *scn,
                         const check_cue_set *const *train, int n_train,
                         check_cues *c, rp_error *err) {
  memset(c, 0, sizeof *c);
  c->best_ending = best_ending(scn);
  cue_model model;
  cue_model_train(train, n_train, scn->id, &model, &c->model_train_decisions,
                  &c->model_train_scenarios);
  c->model_trained = c->model_train_decisions > 0;
  c->n_players = c->model_trained ? P_COUNT : P_MODEL;
  run_ctx ctx = {scn, &model, {0}, RP_BUF_INIT, NULL};
  met m[P_COUNT] = {{0}};
  check_cue_set *own = NULL;
  rp_status st = RP_OK;
  c->players = calloc((size_t)c->n_players, sizeof *c->players);
  ctx.node_path = calloc((size_t)scn->n_nodes, sizeof *ctx.node_path);
  if (c->players == NULL || ctx.node_path == NULL || !scratch_new(&ctx.x, scn))
    goto oom;
  for (int p = 0; p < c->n_players; p++) {
    c->players[p].name = PLAYERS[p].name;
    c->players[p].rule = PLAYERS[p].rule;
    m[p].visits = calloc((size_t)scn->n_nodes, sizeof *m[p].visits);
    m[p].best = calloc((size_t)scn->n_nodes, sizeof *m[p].best);
    if (m[p].visits == NULL || m[p].best == NULL)
      goto oom;
    for (int i = 0; i < CHECK_CUES_SEEDS; i++)
      if ((st = play_one(&ctx, (player)p, (uint64_t)i + 1, &m[p],
                         &c->players[p], i, err)) != RP_OK)
        goto done;
    finish_player(&c->players[p], c->best_ending);
  }
  if ((st = find_leaks(c, scn, m, ctx.node_path, err)) != RP_OK)
    goto done;
  if (c->model_trained) {
    if ((st = check_cues_collect(scn, &own, err)) != RP_OK)
      goto done;
    for (int d = 0; d < own->n; d++) {
      const cue_decision *x = &own->v[d];
      c->model_decisions++;
      c->model_correct += cue_model_pick(&model, x->f, x->n) == x->best;
      c->model_chance += 1.0 / x->n;
    }
    if (c->model_decisions > 0) {
      c->model_accuracy = (double)c->model_correct / c->model_decisions;
      c->model_chance /= c->model_decisions;
    }
  }
  goto done;
oom:
  st = rp_fail(err, RP_ENOMEM, "out of memory in the cue analysis");
done:
  check_cues_set_free(own);
  for (int p = 0; p < P_COUNT; p++) {
    free(m[p].visits);
    free(m[p].best);
  }
  for (int i = 0; ctx.node_path != NULL && i < scn->n_nodes; i++)
    free(ctx.node_path[i]);
  free(ctx.node_path);
  scratch_free(&ctx.x);
  rp_buf_free(&ctx.ids);
  if (st != RP_OK)
    check_cues_free(c);
  return st;
}

void check_cues_free(check_cues *c) {
  for (int i = 0; c->players != NULL && i < c->n_players; i++)
    free(c->players[i].witness);
  free(c->players);
  for (int i = 0; i < c->n_leaks; i++) {
    free(c->leaks[i].cues);
    free(c->leaks[i].path);
  }
  free(c->leaks);
  memset(c, 0, sizeof *c);
}

/* ---- diagnostics -------------------------------------------------------- */

#define HINT_DOC                                                               \
  "see docs/authoring.md, \"Writing options that don't give the answer "       \
  "away\""

rp_status check_cues_diagnose(const check_cues *c, double pass_mark,
                              check_report *r, rp_error *err) {
  const scn_scenario *s = r->scn;
  for (int p = 0; p < c->n_players; p++) {
    const check_cue_player *pl = &c->players[p];
    bool passes = pl->median >= pass_mark, best = pl->best_ending_runs > 0;
    if (!passes && !best)
      continue;
    char ending[200] = "";
    if (best)
      snprintf(ending, sizeof ending,
               "%s reaches the best ending '%s' on %d of %d seeds",
               passes ? " and" : ";", s->nodes[c->best_ending].id,
               pl->best_ending_runs, CHECK_CUES_SEEDS);
    check_diag *d = check_add(
        r, CHECK_WARNING, "cue-wins", 0, "",
        "a wording-only player (%s: %s) scores %.1f (median of %d seeds; "
        "the pass mark is %.0f)%s",
        pl->name, pl->rule, pl->median, CHECK_CUES_SEEDS, pass_mark, ending);
    if (d == NULL)
      goto oom;
    check_hint(r, d,
               "give each decision a well-phrased option that is wrong for "
               "this prospect at this moment, and let right and wrong "
               "options share length, questions and pronouns; %s",
               HINT_DOC);
    check_set_path(r, d, strdup(pl->witness != NULL ? pl->witness : ""));
  }
  for (int i = 0; i < c->n_leaks; i++) {
    const check_cue_leak *l = &c->leaks[i];
    const scn_node *node = &s->nodes[l->node];
    const scn_choice *ch = l->best >= 0 ? &node->choices[l->best] : NULL;
    char where[160];
    snprintf(where, sizeof where, "node '%s'", node->id);
    check_diag *d = check_add(
        r, CHECK_WARNING, "cue-leak", ch != NULL ? ch->line : node->line, where,
        "the best option%s%s%s is the pick of %d of the %d wording-only "
        "players that meet this decision (%s)",
        ch ? " (choice '" : "", ch ? ch->id : "", ch ? "')" : "", l->picked,
        l->players, l->cues);
    if (d == NULL)
      goto oom;
    check_hint(r, d,
               "add a polished wrong option the same cues would pick, or "
               "make the best option look like the others; %s",
               HINT_DOC);
    check_set_path(r, d, strdup(l->path != NULL ? l->path : ""));
  }
  if (!r->incomplete)
    return RP_OK;
oom:
  return rp_fail(err, RP_ENOMEM, "out of memory in the cue analysis");
}
