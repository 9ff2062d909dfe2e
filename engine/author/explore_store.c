/*
 * explore_store.c -- the keys, states, edges, errors and offers an
 * exploration finds.  See explore_store.h.
 */
#include "explore_store.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "util/rp_pages.h"

uint64_t explore_hash(const unsigned char *k, size_t n) {
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, k + i, 8);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 31;
  }
  if (i < n) { /* the last 1 to 7 bytes as one word, not one by one */
    uint64_t w = 0;
    memcpy(&w, k + i, n - i);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 31;
  }
  h ^= h >> 29;
  return h * 0x94d049bb133111ebULL;
}

static bool keyset_grow(keyset *ks) {
  if (ks->bits >= 32)
    return false;
  keyset g = *ks;
  g.bits = ks->bits ? ks->bits + 1 : 10;
  g.cap = (size_t)1 << g.bits;
  g.table = rp_pages_alloc(g.cap * sizeof *g.table);
  if (g.table == NULL)
    return false;
  for (size_t i = 0; i < ks->cap; i++) {
    if (ks->table[i].index == 0)
      continue;
    size_t j = explore_slot_of(&g, ks->table[i].check);
    while (g.table[j].index != 0)
      j = (j + 1) & (g.cap - 1);
    g.table[j] = ks->table[i];
  }
  rp_pages_free(ks->table, ks->cap * sizeof *ks->table);
  *ks = g;
  return true;
}

/* Where a lookup ended: the key's hash and the slot it has or would take. */
typedef struct probe {
  uint64_t hash;
  size_t slot;
} probe;

/* Finds key, whose explore_hash() is h: returns its index, -1 when absent (*pr
 * then says where keyset_add puts it), -2 when out of memory. */
static long keyset_find(keyset *ks, const unsigned char *key, uint64_t h,
                        probe *pr) {
  if ((ks->n + 1) * 2 > ks->cap && !keyset_grow(ks))
    return -2;
  uint32_t check = (uint32_t)(h >> 32);
  size_t j = explore_slot_of(ks, check);
  while (ks->table[j].index != 0) {
    if (ks->table[j].check == check) {
      size_t i = (size_t)ks->table[j].index - 1;
      if (memcmp(ks->keys + i * ks->ksize, key, ks->ksize) == 0)
        return (long)i;
    }
    j = (j + 1) & (ks->cap - 1);
  }
  pr->hash = h;
  pr->slot = j;
  return -1;
}

/* Appends key where the keyset_find just before left *pr (no other key
 * added in between).  Returns its index, -2 when out of memory. */
static long keyset_add(keyset *ks, const unsigned char *key, const probe *pr) {
  if (ks->n == ks->cap_keys) {
    size_t c = ks->cap_keys ? ks->cap_keys * 2 : 1024;
    unsigned char *k =
        rp_pages_realloc(ks->keys, ks->cap_keys * ks->ksize, c * ks->ksize);
    if (k == NULL)
      return -2;
    ks->keys = k;
    ks->cap_keys = c;
  }
  memcpy(ks->keys + ks->n * ks->ksize, key, ks->ksize);
  ks->table[pr->slot].index = (uint32_t)ks->n + 1;
  ks->table[pr->slot].check = (uint32_t)(pr->hash >> 32);
  return (long)ks->n++;
}

/* Adds a key known to be absent. */
static long keyset_insert(keyset *ks, const unsigned char *key) {
  probe pr;
  long i = keyset_find(ks, key, explore_hash(key, ks->ksize), &pr);
  if (i == -2)
    return -2;
  return i >= 0 ? -2 : keyset_add(ks, key, &pr);
}

/* The next capacity of an array indexed by int: first when it has none,
 * else twice cap, but never past INT_MAX (cap * 2 overflowed from 2^30 on);
 * 0 when cap is INT_MAX already and the array cannot grow. */
static int grown(int cap, int first) {
  if (cap == 0)
    return first;
  if (cap > INT_MAX / 2)
    return cap < INT_MAX ? INT_MAX : 0;
  return cap * 2;
}

static explore_state *new_state(explorer *x) {
  explore_graph *g = x->g;
  if (g->n_states == x->cap_states) {
    int cap = grown(x->cap_states, 1024);
    if (cap == 0)
      return NULL; /* INT_MAX states: explore_store_fail() says so */
    size_t bytes = (size_t)cap * sizeof *g->states;
    explore_state *s = rp_pages_realloc(g->states, g->states_bytes, bytes);
    if (s == NULL)
      return NULL;
    g->states = s;
    g->states_bytes = bytes;
    x->cap_states = cap;
  }
  explore_state *st = &g->states[g->n_states++];
  memset(st, 0, sizeof *st);
  st->parent = st->parent_choice = st->error = -1;
  return st;
}

bool explore_add_edge(explorer *x, int to, int gid) {
  explore_graph *g = x->g;
  if (g->n_edges == x->cap_edges) {
    int cap = grown(x->cap_edges, 4096);
    if (cap == 0)
      return false; /* INT_MAX edges: explore_store_fail() says so */
    size_t bytes = (size_t)cap * sizeof *g->edges;
    explore_edge *e = rp_pages_realloc(g->edges, g->edges_bytes, bytes);
    if (e == NULL)
      return false;
    g->edges = e;
    g->edges_bytes = bytes;
    x->cap_edges = cap;
  }
  g->edges[g->n_edges++] = (explore_edge){to, gid};
  return true;
}

rp_status explore_store_fail(const explore_graph *g, rp_error *err) {
  if (g->n_states == INT_MAX || g->n_edges == INT_MAX)
    return rp_fail(err, RP_ELIMIT,
                   "exploring the scenario stopped: %d %s, the most it can "
                   "keep (explore fewer states with --max-states)",
                   INT_MAX, g->n_states == INT_MAX ? "states" : "transitions");
  return rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
}

/* The index of message in g->errors, adding it when new; -1 on OOM. */
static int error_index(explore_graph *g, const char *msg) {
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

static uint64_t hash_offer(const explore_offer *o) {
  return explore_hash((const unsigned char *)o, sizeof *o);
}

int explore_offer_index(explorer *x, const explore_offer *o) {
  explore_graph *g = x->g;
  /* (in long long: (n_offers + 1) * 2 passes INT_MAX from 2^30 offers; the
   * table is a power of two, at most 2^30 slots) */
  if ((long long)(g->n_offers + 1) * 2 > x->offer_cap) {
    if (x->offer_cap > INT_MAX / 2)
      return -1;
    int cap = x->offer_cap ? x->offer_cap * 2 : 64;
    int *t = calloc((size_t)cap, sizeof *t);
    if (t == NULL)
      return -1;
    for (int i = 0; i < g->n_offers; i++) {
      size_t j = hash_offer(&g->offers[i]) & (size_t)(cap - 1);
      while (t[j] != 0)
        j = (j + 1) & (size_t)(cap - 1);
      t[j] = i + 1;
    }
    free(x->offer_table);
    x->offer_table = t;
    x->offer_cap = cap;
  }
  size_t j = hash_offer(o) & (size_t)(x->offer_cap - 1);
  for (; x->offer_table[j] != 0; j = (j + 1) & (size_t)(x->offer_cap - 1))
    if (memcmp(&g->offers[x->offer_table[j] - 1], o, sizeof *o) == 0)
      return x->offer_table[j] - 1;
  if (g->n_offers == x->cap_offers) {
    int cap = grown(x->cap_offers, 64);
    if (cap == 0)
      return -1;
    explore_offer *n = realloc(g->offers, (size_t)cap * sizeof *n);
    if (n == NULL)
      return -1;
    g->offers = n;
    x->cap_offers = cap;
  }
  g->offers[g->n_offers] = *o;
  x->offer_table[j] = g->n_offers + 1;
  return g->n_offers++;
}

long explore_child_state(explorer *x, const outcome *o, unsigned char *scratch,
                         int from, int gid) {
  explore_graph *g = x->g;
  sess_status st = o->st;
  int node = o->node;
  if (st == SESS_ENDED && x->ending_state[node] >= 0)
    return x->ending_state[node];
  if (st == SESS_ABORTED) { /* one state per distinct failure */
    int e = error_index(g, o->reason);
    if (e < 0)
      return -2;
    if (e < x->n_error_states && x->error_state[e] >= 0)
      return x->error_state[e];
  }
  long idx = -1;
  probe pr;
  if (st == SESS_ACTIVE) {
    idx = keyset_find(&x->ks, o->key, o->hash, &pr);
    if (idx == -2)
      return -2;
    if (idx >= 0)
      return idx;
    if (g->n_states >= g->max_states) {
      g->bounded = true;
      return -3;
    }
    if ((x->ks.n + 1) * x->ks.ksize > x->max_key_bytes) {
      g->bounded = g->memory_bounded = true;
      return -3;
    }
  }
  explore_state *ns = new_state(x);
  if (ns == NULL)
    return -2;
  idx = g->n_states - 1;
  ns->node = node;
  ns->parent = from;
  ns->parent_choice = gid;
  ns->depth = from >= 0 ? g->states[from].depth + 1 : 0;
  ns->trust = o->trust;
  g->node_reached[node] = 1;
  if (st == SESS_ACTIVE) {
    ns->kind = EXPLORE_ACTIVE;
    /* Active states are numbered in key order: key i is state i.  Keep that
     * true by reserving a key slot for every non-active state too. */
    if (keyset_add(&x->ks, o->key, &pr) != idx)
      return -2;
  } else {
    ns->kind = st == SESS_ENDED ? EXPLORE_ENDING
               : o->stuck       ? EXPLORE_STUCK
                                : EXPLORE_ERROR;
    if (st == SESS_ENDED)
      x->ending_state[node] = (int)idx;
    else {
      ns->error = error_index(g, o->reason);
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
    memset(scratch, 0, x->ks.ksize);
    memcpy(scratch, &none, sizeof none);
    memcpy(scratch + sizeof none, &idx, sizeof idx);
    if (keyset_insert(&x->ks, scratch) != idx)
      return -2;
  }
  return idx;
}

void explore_reset(explorer *x) {
  explore_graph *g = x->g;
  const scn_scenario *scn = g->scn;
  g->n_states = g->n_edges = 0;
  g->bounded = g->memory_bounded = false;
  for (int i = 0; i < g->n_errors; i++)
    free(g->errors[i]);
  g->n_errors = 0;
  x->n_error_states = 0;
  g->n_offers = 1; /* offers[0], all zero, stays */
  memset(x->offer_table, 0, (size_t)x->offer_cap * sizeof *x->offer_table);
  x->offer_table[hash_offer(&g->offers[0]) & (size_t)(x->offer_cap - 1)] = 1;
  x->ks.n = 0;
  if (x->ks.table != NULL)
    memset(x->ks.table, 0, x->ks.cap * sizeof *x->ks.table);
  memset(g->node_reached, 0, (size_t)scn->n_nodes);
  memset(x->memo, 0, (size_t)scn->n_nodes * MEMO_WAYS * sizeof *x->memo);
  memset(g->choice_offered, 0, (size_t)scn->n_choices + 1);
  memset(g->choice_shown, 0, (size_t)scn->n_choices + 1);
  for (int n = 0; n < scn->n_nodes; n++)
    x->ending_state[n] = -1;
}

bool explore_note_options(explorer *x, int i, const int *gids,
                          const unsigned char *available, int n) {
  explore_graph *g = x->g;
  /* States at a node show few different sets of options: remember the
   * offer of the last MEMO_WAYS sets (by a hash of the set), and their
   * coverage is already noted. */
  int node = g->states[i].node;
  const scn_node *nd = &g->scn->nodes[node];
  offer_memo *memo = NULL;
  uint64_t shown = 0, avail = 0;
  if (nd->n_choices <= 64 && nd->n_choices > 0) {
    /* a node's choices have consecutive gids (scn_compile numbers them in
     * order) */
    int base = nd->choices[0].gid;
    for (int j = 0; j < n; j++) {
      uint64_t bit = (uint64_t)1 << (gids[j] - base);
      shown |= bit;
      if (available[j])
        avail |= bit;
    }
    memo = &x->memo[(size_t)node * MEMO_WAYS +
                    (size_t)(((avail ^ shown * 0x9e3779b97f4a7c15ULL) *
                              0xbf58476d1ce4e5b9ULL) >>
                             (64 - MEMO_LOG))];
    if (memo->offer > 0 && memo->shown == shown && memo->avail == avail) {
      g->states[i].offer = memo->offer - 1;
      g->states[i].first_edge = g->n_edges;
      return true;
    }
  }
  explore_offer of;
  memset(&of, 0, sizeof of); /* hashed and compared whole */
  bool first = true;
  for (int j = 0; j < n; j++) {
    const scn_choice *ch = g->by_gid[gids[j]];
    if (!available[j]) {
      g->choice_shown[ch->gid] = 1;
      continue;
    }
    g->choice_offered[ch->gid] = 1;
    if (first || ch->value < of.value_min)
      of.value_min = ch->value;
    if (first || ch->value > of.value_max)
      of.value_max = ch->value;
    for (int q = 0; q < SCN_SKILL_COUNT; q++) {
      if (first || ch->skills[q] < of.skill_min[q])
        of.skill_min[q] = ch->skills[q];
      if (first || ch->skills[q] > of.skill_max[q])
        of.skill_max[q] = ch->skills[q];
    }
    first = false;
  }
  int k = explore_offer_index(x, &of);
  if (k < 0)
    return false;
  if (memo != NULL)
    *memo = (offer_memo){shown, avail, k + 1};
  g->states[i].offer = k;
  g->states[i].first_edge = g->n_edges;
  return true;
}

void explore_store_free(explorer *x) {
  rp_pages_free(x->ks.keys, x->ks.cap_keys * x->ks.ksize);
  rp_pages_free(x->ks.table, x->ks.cap * sizeof *x->ks.table);
  free(x->offer_table);
  free(x->memo);
  free(x->ending_state);
  free(x->error_state);
}

void explore_free(explore_graph *g) {
  rp_pages_free(g->states, g->states_bytes);
  rp_pages_free(g->edges, g->edges_bytes);
  free(g->offers);
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
