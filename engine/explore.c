/*
 * explore.c -- breadth-first exploration of a scenario's distinct states.
 *
 * One quiet session does all the work: for each state, restore its key,
 * make one offered choice, read the child's key, restore again for the next
 * choice.  Keys live in one flat array indexed by an open-addressing table,
 * so a state costs its key's bytes plus a few words.
 */
#include "explore.h"

#include <stdlib.h>
#include <string.h>

#include "sess.h"

/* Key bytes kept at most (1 GiB): a bound on memory as well as on states. */
#define EXP_MAX_KEY_BYTES ((size_t)1 << 30)

typedef struct keyset {
  unsigned char *keys; /* n * ksize bytes */
  size_t ksize, n, cap_keys;
  int *table; /* state index + 1, 0 = empty */
  size_t cap;
} keyset;

static uint64_t hash_key(const unsigned char *k, size_t n) {
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, k + i, 8);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 31;
  }
  for (; i < n; i++)
    h = (h ^ k[i]) * 0x100000001b3ULL;
  h ^= h >> 29;
  return h * 0x94d049bb133111ebULL;
}

static bool keyset_grow(keyset *ks) {
  size_t cap = ks->cap ? ks->cap * 2 : 1024;
  int *t = calloc(cap, sizeof *t);
  if (t == NULL)
    return false;
  for (size_t i = 0; i < ks->n; i++) {
    size_t j = hash_key(ks->keys + i * ks->ksize, ks->ksize) & (cap - 1);
    while (t[j] != 0)
      j = (j + 1) & (cap - 1);
    t[j] = (int)i + 1;
  }
  free(ks->table);
  ks->table = t;
  ks->cap = cap;
  return true;
}

/* Finds key; when absent and `add`, appends it.  Returns its index, -1 when
 * absent (and not added), -2 when out of memory. */
static long keyset_find(keyset *ks, const unsigned char *key, bool add) {
  if ((ks->n + 1) * 2 > ks->cap && !keyset_grow(ks))
    return -2;
  size_t j = hash_key(key, ks->ksize) & (ks->cap - 1);
  while (ks->table[j] != 0) {
    size_t i = (size_t)ks->table[j] - 1;
    if (memcmp(ks->keys + i * ks->ksize, key, ks->ksize) == 0)
      return (long)i;
    j = (j + 1) & (ks->cap - 1);
  }
  if (!add)
    return -1;
  if (ks->n == ks->cap_keys) {
    size_t c = ks->cap_keys ? ks->cap_keys * 2 : 1024;
    unsigned char *k = realloc(ks->keys, c * ks->ksize);
    if (k == NULL)
      return -2;
    ks->keys = k;
    ks->cap_keys = c;
  }
  memcpy(ks->keys + ks->n * ks->ksize, key, ks->ksize);
  ks->table[j] = (int)ks->n + 1;
  return (long)ks->n++;
}

typedef struct explorer {
  exp_graph *g;
  keyset ks;
  int cap_states, cap_edges;
  int *ending_state; /* per node: the state of that ending, or -1 */
  int *error_state;  /* per error message: its state, or -1 */
  int n_error_states;
  int trust;
} explorer;

static exp_state *new_state(explorer *x) {
  exp_graph *g = x->g;
  if (g->n_states == x->cap_states) {
    int cap = x->cap_states ? x->cap_states * 2 : 1024;
    exp_state *s = realloc(g->states, (size_t)cap * sizeof *s);
    if (s == NULL)
      return NULL;
    g->states = s;
    x->cap_states = cap;
  }
  exp_state *st = &g->states[g->n_states++];
  memset(st, 0, sizeof *st);
  st->parent = st->parent_choice = st->error = -1;
  return st;
}

static bool add_edge(explorer *x, int to, int gid) {
  exp_graph *g = x->g;
  if (g->n_edges == x->cap_edges) {
    int cap = x->cap_edges ? x->cap_edges * 2 : 4096;
    exp_edge *e = realloc(g->edges, (size_t)cap * sizeof *e);
    if (e == NULL)
      return false;
    g->edges = e;
    x->cap_edges = cap;
  }
  g->edges[g->n_edges++] = (exp_edge){to, gid};
  return true;
}

/* The index of message in g->errors, adding it when new; -1 on OOM. */
static int error_index(exp_graph *g, const char *msg) {
  for (int i = 0; i < g->n_errors; i++)
    if (strcmp(g->errors[i], msg) == 0)
      return i;
  char **e = realloc(g->errors, (size_t)(g->n_errors + 1) * sizeof *e);
  if (e == NULL)
    return -1;
  g->errors = e;
  if ((e[g->n_errors] = strdup(msg)) == NULL)
    return -1;
  return g->n_errors++;
}

/* Classifies the session s reached from state `from` by choice `gid` and
 * returns its state index (creating it when new); -2 when out of memory,
 * -3 when the bound stops the exploration. */
static long child_state(explorer *x, sess_session *s, unsigned char *key,
                        int from, int gid) {
  exp_graph *g = x->g;
  sess_status st = sess_state(s);
  int node = sess_node(s);
  if (st == SESS_ENDED && x->ending_state[node] >= 0)
    return x->ending_state[node];
  if (st == SESS_ABORTED) { /* one state per distinct failure */
    int e = error_index(g, sess_abort_reason(s));
    if (e < 0)
      return -2;
    if (e < x->n_error_states && x->error_state[e] >= 0)
      return x->error_state[e];
  }
  long idx = -1;
  if (st == SESS_ACTIVE) {
    sess_key(s, key);
    idx = keyset_find(&x->ks, key, false);
    if (idx == -2)
      return -2;
    if (idx >= 0)
      return idx;
    if (g->n_states >= g->max_states ||
        (x->ks.n + 1) * x->ks.ksize > EXP_MAX_KEY_BYTES) {
      g->bounded = true;
      return -3;
    }
  }
  exp_state *ns = new_state(x);
  if (ns == NULL)
    return -2;
  idx = g->n_states - 1;
  ns->node = node;
  ns->parent = from;
  ns->parent_choice = gid;
  ns->depth = from >= 0 ? g->states[from].depth + 1 : 0;
  ns->trust = sess_meters(s)[x->trust];
  g->node_reached[node] = 1;
  if (st == SESS_ACTIVE) {
    ns->kind = EXP_ACTIVE;
    /* Active states are numbered in key order: key i is state i.  Keep that
     * true by reserving a key slot for every non-active state too. */
    if (keyset_find(&x->ks, key, true) != idx)
      return -2;
  } else {
    ns->kind = st == SESS_ENDED ? EXP_ENDING
               : sess_stuck(s)  ? EXP_STUCK
                                : EXP_ERROR;
    if (st == SESS_ENDED)
      x->ending_state[node] = (int)idx;
    else {
      ns->error = error_index(g, sess_abort_reason(s));
      if (ns->error >= x->n_error_states) {
        int n = ns->error + 1;
        int *es = realloc(x->error_state, (size_t)n * sizeof *es);
        if (es == NULL)
          return -2;
        for (int q = x->n_error_states; q < n; q++)
          es[q] = -1;
        x->error_state = es;
        x->n_error_states = n;
      }
      x->error_state[ns->error] = (int)idx;
    }
    /* A placeholder no session produces (node -1), holding the index. */
    int none = -1;
    memset(key, 0, x->ks.ksize);
    memcpy(key, &none, sizeof none);
    memcpy(key + sizeof none, &idx, sizeof idx);
    if (keyset_find(&x->ks, key, true) != idx)
      return -2;
  }
  return idx;
}

/* Forgets every state (the arrays keep their memory). */
static void reset(explorer *x) {
  exp_graph *g = x->g;
  const scn_scenario *scn = g->scn;
  g->n_states = g->n_edges = 0;
  g->bounded = false;
  for (int i = 0; i < g->n_errors; i++)
    free(g->errors[i]);
  g->n_errors = 0;
  x->n_error_states = 0;
  x->ks.n = 0;
  if (x->ks.table != NULL)
    memset(x->ks.table, 0, x->ks.cap * sizeof *x->ks.table);
  memset(g->node_reached, 0, (size_t)scn->n_nodes);
  memset(g->choice_offered, 0, (size_t)scn->n_choices + 1);
  memset(g->choice_shown, 0, (size_t)scn->n_choices + 1);
  for (int n = 0; n < scn->n_nodes; n++)
    x->ending_state[n] = -1;
}

/* Expands state i: every offered choice, from a restored session. */
static rp_status expand(explorer *x, sess_session *s, int i,
                        unsigned char *key, unsigned char *child, int *numbers,
                        rp_error *err) {
  exp_graph *g = x->g;
  const unsigned char *mine = x->ks.keys + (size_t)i * x->ks.ksize;
  memcpy(key, mine, x->ks.ksize);
  rp_error e;
  sess_restore(s, key, &e); /* it entered cleanly when first reached */
  const sess_option *opts;
  int n = sess_options(s, &opts), k = 0;
  const scn_node *node = &g->scn->nodes[sess_node(s)];
  exp_state *st = &g->states[i];
  bool first = true;
  for (int j = 0; j < n; j++) {
    const scn_choice *ch = &node->choices[opts[j].choice];
    if (!opts[j].available) {
      g->choice_shown[ch->gid] = 1;
      continue;
    }
    g->choice_offered[ch->gid] = 1;
    numbers[k++] = opts[j].number | (opts[j].choice << 16);
    if (first || ch->value < st->value_min)
      st->value_min = ch->value;
    if (first || ch->value > st->value_max)
      st->value_max = ch->value;
    for (int q = 0; q < SCN_SKILL_COUNT; q++) {
      if (first || ch->skills[q] < st->skill_min[q])
        st->skill_min[q] = ch->skills[q];
      if (first || ch->skills[q] > st->skill_max[q])
        st->skill_max[q] = ch->skills[q];
    }
    first = false;
  }
  st->first_edge = g->n_edges;
  for (int j = 0; j < k; j++) {
    int number = numbers[j] & 0xffff, ci = numbers[j] >> 16;
    int gid = node->choices[ci].gid;
    if (j > 0) {
      memcpy(key, mine, x->ks.ksize);
      sess_restore(s, key, &e);
    }
    sess_choose(s, number, 0.0, &e);
    long c = child_state(x, s, child, i, gid);
    if (c == -2)
      return rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
    if (c == -3)
      break;
    /* child_state may have moved the key array */
    mine = x->ks.keys + (size_t)i * x->ks.ksize;
    if (!add_edge(x, (int)c, gid))
      return rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
    g->states[i].n_edges++;
  }
  return RP_OK;
}

rp_status exp_explore(const scn_scenario *scn, long max_states, exp_graph *g,
                      rp_error *err) {
  memset(g, 0, sizeof *g);
  g->scn = scn;
  g->max_states = max_states > 0 ? max_states : EXP_DEFAULT_MAX_STATES;
  explorer x;
  memset(&x, 0, sizeof x);
  x.g = g;
  x.trust = scn_meter_find(scn, "trust");
  rp_status st = RP_ENOMEM;
  unsigned char *key = NULL, *child = NULL;
  int *numbers = NULL, max_choices = 1;
  sess_session *s = sess_new(scn, 0, err);
  if (s == NULL)
    return RP_ENOMEM;
  sess_set_quiet(s, true);
  size_t ks = sess_key_size(s);
  /* room for a placeholder: node -1 and a state index */
  x.ks.ksize = ks < sizeof(int) + sizeof(long) ? sizeof(int) + sizeof(long) : ks;
  for (int n = 0; n < scn->n_nodes; n++)
    if (scn->nodes[n].n_choices > max_choices)
      max_choices = scn->nodes[n].n_choices;
  g->node_reached = calloc((size_t)scn->n_nodes, 1);
  g->choice_offered = calloc((size_t)scn->n_choices + 1, 1);
  g->choice_shown = calloc((size_t)scn->n_choices + 1, 1);
  g->by_gid = calloc((size_t)scn->n_choices + 1, sizeof *g->by_gid);
  g->node_of_gid = calloc((size_t)scn->n_choices + 1, sizeof *g->node_of_gid);
  x.ending_state = malloc((size_t)scn->n_nodes * sizeof *x.ending_state);
  key = calloc(x.ks.ksize, 1);
  child = calloc(x.ks.ksize, 1);
  numbers = malloc((size_t)max_choices * sizeof *numbers);
  if (!g->node_reached || !g->choice_offered || !g->choice_shown ||
      !g->by_gid || !g->node_of_gid || !x.ending_state || !key || !child ||
      !numbers)
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
  reset(&x);
  sess_restart(s, err);
  /* The start: the fresh session (pre-entry key) or its failure. */
  if (child_state(&x, s, key, -1, -1) < 0)
    goto fail;
  for (int i = 0; i < g->n_states && !g->bounded; i++) {
    if (g->states[i].kind != EXP_ACTIVE)
      continue;
    if ((st = expand(&x, s, i, key, child, numbers, err)) != RP_OK)
      goto out;
    if (rd != NULL && rd->generation != generation)
      goto restart;
  }
  st = RP_OK;
  goto out;
fail:
  rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
  st = RP_ENOMEM;
out:
  free(x.ks.keys);
  free(x.ks.table);
  free(x.ending_state);
  free(x.error_state);
  free(key);
  free(child);
  free(numbers);
  sess_free(s);
  if (st != RP_OK)
    exp_free(g);
  return st;
}

void exp_free(exp_graph *g) {
  free(g->states);
  free(g->edges);
  free(g->node_reached);
  free(g->choice_offered);
  free(g->choice_shown);
  free(g->by_gid);
  free(g->node_of_gid);
  for (int i = 0; i < g->n_errors; i++)
    free(g->errors[i]);
  free(g->errors);
  memset(g, 0, sizeof *g);
}

int exp_path(const exp_graph *g, int state, int *gids, int cap) {
  int n = 0;
  for (int s = state; s >= 0 && g->states[s].parent >= 0; s = g->states[s].parent)
    n++;
  int len = n < cap ? n : cap;
  int i = n;
  for (int s = state; s >= 0 && g->states[s].parent >= 0; s = g->states[s].parent) {
    i--;
    if (i < len)
      gids[i] = g->states[s].parent_choice;
  }
  return len;
}
