/*
 * explore.c -- breadth-first exploration of a scenario's distinct states.
 *
 * One quiet session does all the work: for each state, restore its key,
 * make one offered choice, read the child's key, restore again for the next
 * choice.  What it finds is kept by explore_store.c, compactly: see
 * explore_store.h.
 */
#include "author/explore.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/sess.h"
#include "explore_store.h"

size_t explore_key_budget(void) {
  size_t floor = (size_t)1 << 30;
#ifdef _SC_PHYS_PAGES
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  if (pages > 0 && size > 0 && (size_t)pages / 8 > floor / (size_t)size)
    return (size_t)pages / 8 * (size_t)size;
#endif
  return floor;
}

/* Reads the outcome of the session s; key receives its key when active.
 * copy: keep a copy of the abort reason.  False when out of memory. */
static bool observe(const explorer *x, const sess_session *s,
                    unsigned char *key, bool copy, outcome *o) {
  o->st = sess_state(s);
  o->node = sess_node(s);
  o->trust = sess_meters(s)[x->trust];
  o->stuck = sess_stuck(s);
  o->reason = NULL;
  o->key = NULL;
  if (o->st == SESS_ACTIVE) {
    sess_key(s, key);
    o->key = key;
    o->hash = explore_hash(key, x->ks.ksize);
  } else if (o->st == SESS_ABORTED) {
    const char *why = sess_abort_reason(s);
    o->reason = copy ? strdup(why) : (char *)why;
    if (o->reason == NULL)
      return false;
  }
  return true;
}

/* An available option of a state: the choice's index in its node (what is
 * taken) and the number it was shown with.  Two fields, not one int with
 * the index in the high 16 bits: that overflowed at 32,768 choices and
 * took the wrong choice (a false [loop]). */
typedef struct pick {
  int choice;
  int number;
} pick;

/* Restores state i and lists its options: gids and availability (n of
 * them, returned), and picks[k], each available one (*k of them).
 * Returns -1 when the state cannot be restored (see stopped()). */
static int list_options(explorer *x, sess_session *s, int i, int *gids,
                        unsigned char *available, pick *picks, int *k) {
  rp_error e;
  if (sess_restore(s, x->ks.keys + (size_t)i * x->ks.ksize, &e) != RP_OK)
    return -1;
  const sess_option *opts;
  int n = sess_options(s, &opts);
  const scn_node *node = &x->g->scn->nodes[sess_node(s)];
  *k = 0;
  for (int j = 0; j < n; j++) {
    gids[j] = node->choices[opts[j].choice].gid;
    available[j] = opts[j].available;
    if (opts[j].available)
      picks[(*k)++] = (pick){opts[j].choice, opts[j].number};
  }
  return n;
}

/* A state entered cleanly when first reached failed to enter again: memory
 * ran out (the machine's, or the sandbox's cap filled by what functions
 * keep), the sandbox's total budget was spent, or a function gives other
 * results the second time.  Carrying on would show the state as a dead
 * end, so the exploration stops, saying why. */
static rp_status stopped(const sess_session *s, rp_error *err) {
  rp_status code = sess_abort_status(s);
  return rp_fail(err, code != RP_OK ? code : RP_ENOMEM,
                 "exploring the scenario stopped: %s",
                 sess_abort_reason(s) ? sess_abort_reason(s) : "out of memory");
}

/* Expands state i: every offered choice, from a restored session. */
static rp_status expand(explorer *x, sess_session *s, int i, unsigned char *key,
                        unsigned char *child, pick *picks, int *gids,
                        unsigned char *available, rp_error *err) {
  explore_graph *g = x->g;
  int k, n = list_options(x, s, i, gids, available, picks, &k);
  if (n < 0)
    return stopped(s, err);
  const scn_node *node = &g->scn->nodes[sess_node(s)];
  if (!explore_note_options(x, i, gids, available, n))
    return rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
  rp_error e;
  for (int j = 0; j < k; j++) {
    int ci = picks[j].choice;
    int gid = node->choices[ci].gid;
    /* (the key array may have moved: take it afresh) */
    if (j > 0 &&
        sess_restore(s, x->ks.keys + (size_t)i * x->ks.ksize, &e) != RP_OK)
      return stopped(s, err);
    /* By index, not number: restoring may shuffle the shown order anew. */
    sess_choose_index(s, ci, 0.0, &e);
    outcome o;
    observe(x, s, child, false, &o);
    long c = explore_child_state(x, &o, key, i, gid);
    if (c == -2)
      return explore_store_fail(g, err);
    if (c == -3)
      break;
    if (!explore_add_edge(x, (int)c, gid))
      return explore_store_fail(g, err);
    g->states[i].n_edges++;
  }
  return RP_OK;
}

/* Plain data (no function can read anything new, so nothing restarts the
 * exploration): states are expanded EXPLORE_BATCH at a time.  First every
 * child of the batch is generated through the session, in the order one
 * state at a time would (the session's visits, which seed the order
 * options are shown in, advance exactly as they would), and the table slot
 * of each child's key is fetched ahead; then the children are classified
 * in that same order.  The hash table is far larger than the caches, so a
 * lookup is a wait on memory: this overlaps the waits.  The result is the
 * same graph, state for state. */
#define EXPLORE_BATCH 64

typedef struct batch {
  int max_choices;
  int n_parents, n_out, n_opts;
  int parent[EXPLORE_BATCH];
  int first_out[EXPLORE_BATCH + 1], first_opt[EXPLORE_BATCH + 1];
  int *opt_gid;             /* EXPLORE_BATCH * max_choices */
  unsigned char *opt_avail; /* likewise */
  int *out_gid;             /* likewise */
  outcome *out;             /* likewise */
  unsigned char *keys;      /* likewise, ksize bytes each */
} batch;

static void batch_clear(batch *b) {
  for (int o = 0; o < b->n_out; o++)
    free(b->out[o].reason);
  b->n_parents = b->n_out = b->n_opts = 0;
}

static bool batch_init(batch *b, int max_choices, size_t ksize) {
  size_t n = (size_t)EXPLORE_BATCH * (size_t)max_choices;
  memset(b, 0, sizeof *b);
  b->max_choices = max_choices;
  b->opt_gid = malloc(n * sizeof *b->opt_gid);
  b->opt_avail = malloc(n);
  b->out_gid = malloc(n * sizeof *b->out_gid);
  b->out = malloc(n * sizeof *b->out);
  b->keys = malloc(n * ksize);
  return b->opt_gid && b->opt_avail && b->out_gid && b->out && b->keys;
}

static void batch_free(batch *b) {
  if (b->out != NULL)
    batch_clear(b);
  free(b->opt_gid);
  free(b->opt_avail);
  free(b->out_gid);
  free(b->out);
  free(b->keys);
}

/* Generates the children of state i into the batch (the key array does
 * not move meanwhile: nothing is added to it). */
static bool batch_generate(explorer *x, sess_session *s, batch *b, int i,
                           pick *picks) {
  int k, p = b->n_parents++;
  b->parent[p] = i;
  b->first_opt[p] = b->n_opts;
  b->first_out[p] = b->n_out;
  int n = list_options(x, s, i, b->opt_gid + b->n_opts,
                       b->opt_avail + b->n_opts, picks, &k);
  if (n < 0)
    return false; /* out of memory */
  b->n_opts += n;
  b->first_opt[p + 1] = b->n_opts;
  const scn_node *node = &x->g->scn->nodes[sess_node(s)];
  rp_error e;
  for (int j = 0; j < k; j++) {
    int ci = picks[j].choice;
    if (j > 0)
      sess_restore(s, x->ks.keys + (size_t)i * x->ks.ksize, &e);
    /* By index, not number: restoring may shuffle the shown order anew. */
    sess_choose_index(s, ci, 0.0, &e);
    int o = b->n_out;
    outcome *out = &b->out[o];
    if (!observe(x, s, b->keys + (size_t)o * x->ks.ksize, true, out))
      return false;
    b->out_gid[o] = node->choices[ci].gid;
    b->n_out++;
#if defined(__GNUC__)
    if (out->st == SESS_ACTIVE && x->ks.cap > 0)
      __builtin_prefetch(
          &x->ks.table[explore_slot_of(&x->ks, (uint32_t)(out->hash >> 32))]);
#endif
  }
  b->first_out[p + 1] = b->n_out;
  return true;
}

/* Classifies the batch's children in order. */
static rp_status batch_resolve(explorer *x, batch *b, unsigned char *scratch,
                               rp_error *err) {
  explore_graph *g = x->g;
#if defined(__GNUC__)
  /* The slots have arrived by now: fetch the keys they point at ahead too
   * (a child already known is compared with its key). */
  for (int o = 0; o < b->n_out && x->ks.cap > 0; o++) {
    if (b->out[o].st != SESS_ACTIVE)
      continue;
    uint32_t check = (uint32_t)(b->out[o].hash >> 32);
    for (size_t j = explore_slot_of(&x->ks, check); x->ks.table[j].index != 0;
         j = (j + 1) & (x->ks.cap - 1))
      if (x->ks.table[j].check == check) {
        __builtin_prefetch(x->ks.keys +
                           (size_t)(x->ks.table[j].index - 1) * x->ks.ksize);
        break;
      }
  }
#endif
  for (int p = 0; p < b->n_parents; p++) {
    int i = b->parent[p];
    if (!explore_note_options(x, i, b->opt_gid + b->first_opt[p],
                              b->opt_avail + b->first_opt[p],
                              b->first_opt[p + 1] - b->first_opt[p]))
      return rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
    for (int o = b->first_out[p]; o < b->first_out[p + 1]; o++) {
      long c = explore_child_state(x, &b->out[o], scratch, i, b->out_gid[o]);
      if (c == -2)
        return explore_store_fail(g, err);
      if (c == -3)
        return RP_OK; /* bounded: nothing after this counts */
      if (!explore_add_edge(x, (int)c, b->out_gid[o]))
        return explore_store_fail(g, err);
      g->states[i].n_edges++;
    }
  }
  return RP_OK;
}

rp_status explore_run(const scn_scenario *scn, long max_states,
                      explore_graph *g, rp_error *err) {
  memset(g, 0, sizeof *g);
  g->scn = scn;
  g->max_states = max_states <= 0                   ? EXPLORE_DEFAULT_MAX_STATES
                  : max_states > EXPLORE_MAX_STATES ? EXPLORE_MAX_STATES
                                                    : max_states;
  explorer x;
  memset(&x, 0, sizeof x);
  x.g = g;
  x.trust = scn_meter_find(scn, "trust");
  x.max_key_bytes = explore_key_budget();
  rp_status st = RP_ENOMEM;
  unsigned char *key = NULL, *child = NULL, *available = NULL;
  pick *picks = NULL;
  int *gids = NULL, max_choices = 1;
  batch b;
  memset(&b, 0, sizeof b);
  sess_session *s = sess_new(scn, 0, err);
  if (s == NULL)
    return RP_ENOMEM;
  sess_set_quiet(s, true);
  size_t ks = sess_key_size(s);
  /* room for a placeholder: node -1 and a state index */
  x.ks.ksize =
      ks < sizeof(int) + sizeof(long) ? sizeof(int) + sizeof(long) : ks;
  for (int n = 0; n < scn->n_nodes; n++)
    if (scn->nodes[n].n_choices > max_choices)
      max_choices = scn->nodes[n].n_choices;
  g->node_reached = calloc((size_t)scn->n_nodes, 1);
  g->choice_offered = calloc((size_t)scn->n_choices + 1, 1);
  g->choice_shown = calloc((size_t)scn->n_choices + 1, 1);
  g->by_gid = calloc((size_t)scn->n_choices + 1, sizeof *g->by_gid);
  g->node_of_gid = calloc((size_t)scn->n_choices + 1, sizeof *g->node_of_gid);
  x.ending_state = malloc((size_t)scn->n_nodes * sizeof *x.ending_state);
  x.memo = calloc((size_t)scn->n_nodes * MEMO_WAYS, sizeof *x.memo);
  key = calloc(x.ks.ksize, 1);
  child = calloc(x.ks.ksize, 1);
  picks = malloc((size_t)max_choices * sizeof *picks);
  gids = malloc((size_t)max_choices * sizeof *gids);
  available = malloc((size_t)max_choices);
  if (!g->node_reached || !g->choice_offered || !g->choice_shown ||
      !g->by_gid || !g->node_of_gid || !x.ending_state || !key || !child ||
      !picks || !gids || !available || !x.memo)
    goto fail;
  explore_offer none;
  memset(&none, 0, sizeof none);
  if (explore_offer_index(&x, &none) != 0)
    goto fail;
  for (int n = 0; n < scn->n_nodes; n++) {
    x.ending_state[n] = -1;
    for (int i = 0; i < scn->nodes[n].n_choices; i++) {
      g->by_gid[scn->nodes[n].choices[i].gid] = &scn->nodes[n].choices[i];
      g->node_of_gid[scn->nodes[n].choices[i].gid] = n;
    }
  }
  /* States are told apart by what functions read; when a function reads
   * something new, states merged so far may differ in it: start again. */
  const scn_reads *rd = scn_eval_reads(scn);
restart:;
  unsigned generation = rd != NULL ? rd->generation : 0;
  explore_reset(&x);
  sess_restart(s, err);
  /* The start: the fresh session (pre-entry key) or its failure. */
  outcome o0;
  if (!observe(&x, s, child, false, &o0) ||
      explore_child_state(&x, &o0, key, -1, -1) < 0)
    goto fail;
  if (rd == NULL) { /* plain data: in batches */
    if (!batch_init(&b, max_choices, x.ks.ksize))
      goto fail;
    for (int i = 0; i < g->n_states && !g->bounded;) {
      for (; i < g->n_states && b.n_parents < EXPLORE_BATCH; i++)
        if (g->states[i].kind == EXPLORE_ACTIVE &&
            !batch_generate(&x, s, &b, i, picks))
          goto fail;
      st = batch_resolve(&x, &b, key, err);
      batch_clear(&b);
      if (st != RP_OK)
        goto out;
    }
  } else {
    for (int i = 0; i < g->n_states && !g->bounded; i++) {
      if (g->states[i].kind != EXPLORE_ACTIVE)
        continue;
      if ((st = expand(&x, s, i, key, child, picks, gids, available, err)) !=
          RP_OK)
        goto out;
      if (rd->generation != generation)
        goto restart;
    }
  }
  st = RP_OK;
  goto out;
fail:
  rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
  st = RP_ENOMEM;
out:
  explore_store_free(&x);
  free(key);
  free(child);
  free(picks);
  free(gids);
  free(available);
  batch_free(&b);
  sess_free(s);
  if (st != RP_OK)
    explore_free(g);
  return st;
}

int explore_path(const explore_graph *g, int state, int *gids, int cap) {
  int n = 0;
  for (int s = state; s >= 0 && g->states[s].parent >= 0;
       s = g->states[s].parent)
    n++;
  int len = n < cap ? n : cap;
  int i = n;
  for (int s = state; s >= 0 && g->states[s].parent >= 0;
       s = g->states[s].parent) {
    i--;
    if (i < len)
      gids[i] = g->states[s].parent_choice;
  }
  return len;
}
