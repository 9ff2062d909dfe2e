/*
 * explore.c -- breadth-first exploration of a scenario's distinct states.
 *
 * One quiet session does all the work: for each state, restore its key,
 * make one offered choice, read the child's key, restore again for the next
 * choice.  Keys live in one flat array indexed by an open-addressing table,
 * so a state costs its key's bytes plus a few words.  Each slot of the table
 * also keeps 32 bits of the key's hash, so that a lookup compares the key
 * itself (a cache miss into the key array) only when it is almost surely
 * the one: most lookups are of new states, which then touch no key at all.
 * Every big array (the table and the keys, read at random; the states and
 * edges, written once in order) is on huge pages (rp_pages.h): with small
 * ones a lookup in tens of megabytes also misses the TLB, and faulting in
 * fresh memory 4 KiB at a time was a sixth of an exploration (a fault
 * costs microseconds in a virtual machine).  What a state offers (ten
 * numbers) is shared between states (explore_offer), so a state is 40 bytes.
 */
#include "author/explore.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/sess.h"
#include "util/rp_pages.h"

size_t explore_key_budget(void) {
  size_t floor = (size_t)1 << 30;
#ifdef _SC_PHYS_PAGES
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  if (pages > 0 && size > 0 && (size_t)pages / 8 > floor / (size_t)size)
    return (size_t)pages / 8 * (size_t)size;
#endif
  return floor;
}

/* A key's place in the table is the top bits of its hash, and each slot
 * keeps the hash's high 32 bits: a lookup compares the key itself only
 * when those agree, and growing the table places every slot from those
 * bits alone, in order, without reading a key (rehashing read the whole
 * key array at random). */
typedef struct slot {
  uint32_t index; /* state index + 1, 0 = empty */
  uint32_t check; /* the high half of the key's hash */
} slot;

typedef struct keyset {
  unsigned char *keys; /* n * ksize bytes */
  size_t ksize, n, cap_keys;
  slot *table;
  size_t cap; /* 2^bits slots (bits <= 32) */
  int bits;
} keyset;

/* The first slot to try for a key whose hash has high half check. */
static size_t slot_of(const keyset *ks, uint32_t check) {
  return (size_t)(check >> (32 - ks->bits));
}

static uint64_t hash_key(const unsigned char *k, size_t n) {
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
    size_t j = slot_of(&g, ks->table[i].check);
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

/* Finds key, whose hash_key() is h: returns its index, -1 when absent (*pr
 * then says where keyset_add puts it), -2 when out of memory. */
static long keyset_find(keyset *ks, const unsigned char *key, uint64_t h,
                        probe *pr) {
  if ((ks->n + 1) * 2 > ks->cap && !keyset_grow(ks))
    return -2;
  uint32_t check = (uint32_t)(h >> 32);
  size_t j = slot_of(ks, check);
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
  long i = keyset_find(ks, key, hash_key(key, ks->ksize), &pr);
  if (i == -2)
    return -2;
  return i >= 0 ? -2 : keyset_add(ks, key, &pr);
}

/* A set of options a node showed (bits by choice index) and its offer + 1
 * (0: empty).  MEMO_WAYS of them per node. */
#define MEMO_LOG 3
#define MEMO_WAYS (1 << MEMO_LOG)
typedef struct offer_memo {
  uint64_t shown, avail;
  int offer;
} offer_memo;

typedef struct explorer {
  explore_graph *g;
  offer_memo *memo; /* MEMO_WAYS per node */
  keyset ks;
  int cap_states, cap_edges, cap_offers;
  int *offer_table; /* offer index + 1, 0 = empty; offer_cap a power of 2 */
  int offer_cap;
  int *ending_state; /* per node: the state of that ending, or -1 */
  int *error_state;  /* per error message: its state, or -1 */
  int n_error_states;
  int trust;
  size_t max_key_bytes; /* explore_key_budget() */
} explorer;

static explore_state *new_state(explorer *x) {
  explore_graph *g = x->g;
  if (g->n_states == x->cap_states) {
    int cap = x->cap_states ? x->cap_states * 2 : 1024;
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

static bool add_edge(explorer *x, int to, int gid) {
  explore_graph *g = x->g;
  if (g->n_edges == x->cap_edges) {
    int cap = x->cap_edges ? x->cap_edges * 2 : 4096;
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
  return hash_key((const unsigned char *)o, sizeof *o);
}

/* The index of offer o in g->offers, adding it when new; -1 when out of
 * memory. */
static int offer_index(explorer *x, const explore_offer *o) {
  explore_graph *g = x->g;
  if ((g->n_offers + 1) * 2 > x->offer_cap) {
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
    int cap = x->cap_offers ? x->cap_offers * 2 : 64;
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

/* Where a choice led, as classifying it needs: read from the session right
 * after the choice (the session moves on before it is classified when
 * states are expanded in batches). */
typedef struct outcome {
  sess_status st;
  int node, trust;
  bool stuck;
  char *reason;             /* why it aborted (a copy in a batch), or NULL */
  const unsigned char *key; /* the session key, when active */
  uint64_t hash;            /* of key */
} outcome;

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
    o->hash = hash_key(key, x->ks.ksize);
  } else if (o->st == SESS_ABORTED) {
    const char *why = sess_abort_reason(s);
    o->reason = copy ? strdup(why) : (char *)why;
    if (o->reason == NULL)
      return false;
  }
  return true;
}

/* Classifies the outcome o reached from state `from` by choice `gid` and
 * returns its state index (creating it when new); -2 when out of memory,
 * -3 when the bound stops the exploration.  scratch: ksize bytes. */
static long child_state(explorer *x, const outcome *o, unsigned char *scratch,
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

/* Forgets every state (the arrays keep their memory). */
static void reset(explorer *x) {
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

/* Records that state i shows these options (gid, available): coverage and
 * the range of what is offered there.  False when out of memory. */
static bool note_options(explorer *x, int i, const int *gids,
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
  int k = offer_index(x, &of);
  if (k < 0)
    return false;
  if (memo != NULL)
    *memo = (offer_memo){shown, avail, k + 1};
  g->states[i].offer = k;
  g->states[i].first_edge = g->n_edges;
  return true;
}

/* Restores state i and lists its options: gids and availability (n of
 * them, returned), and numbers[k] = the option number | choice << 16 of
 * each available one (*k of them).  Returns -1 when the state cannot be
 * restored (see stopped()). */
static int list_options(explorer *x, sess_session *s, int i, int *gids,
                        unsigned char *available, int *numbers, int *k) {
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
      numbers[(*k)++] = opts[j].number | (opts[j].choice << 16);
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
                        unsigned char *child, int *numbers, int *gids,
                        unsigned char *available, rp_error *err) {
  explore_graph *g = x->g;
  int k, n = list_options(x, s, i, gids, available, numbers, &k);
  if (n < 0)
    return stopped(s, err);
  const scn_node *node = &g->scn->nodes[sess_node(s)];
  if (!note_options(x, i, gids, available, n))
    return rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
  rp_error e;
  for (int j = 0; j < k; j++) {
    int ci = numbers[j] >> 16;
    int gid = node->choices[ci].gid;
    /* (the key array may have moved: take it afresh) */
    if (j > 0 &&
        sess_restore(s, x->ks.keys + (size_t)i * x->ks.ksize, &e) != RP_OK)
      return stopped(s, err);
    /* By index, not number: restoring may shuffle the shown order anew. */
    sess_choose_index(s, ci, 0.0, &e);
    outcome o;
    observe(x, s, child, false, &o);
    long c = child_state(x, &o, key, i, gid);
    if (c == -2)
      return rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
    if (c == -3)
      break;
    if (!add_edge(x, (int)c, gid))
      return rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
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
                           int *numbers) {
  int k, p = b->n_parents++;
  b->parent[p] = i;
  b->first_opt[p] = b->n_opts;
  b->first_out[p] = b->n_out;
  int n = list_options(x, s, i, b->opt_gid + b->n_opts,
                       b->opt_avail + b->n_opts, numbers, &k);
  if (n < 0)
    return false; /* out of memory */
  b->n_opts += n;
  b->first_opt[p + 1] = b->n_opts;
  const scn_node *node = &x->g->scn->nodes[sess_node(s)];
  rp_error e;
  for (int j = 0; j < k; j++) {
    int ci = numbers[j] >> 16;
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
          &x->ks.table[slot_of(&x->ks, (uint32_t)(out->hash >> 32))]);
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
    for (size_t j = slot_of(&x->ks, check); x->ks.table[j].index != 0;
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
    if (!note_options(x, i, b->opt_gid + b->first_opt[p],
                      b->opt_avail + b->first_opt[p],
                      b->first_opt[p + 1] - b->first_opt[p]))
      return rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
    for (int o = b->first_out[p]; o < b->first_out[p + 1]; o++) {
      long c = child_state(x, &b->out[o], scratch, i, b->out_gid[o]);
      if (c == -2)
        return rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
      if (c == -3)
        return RP_OK; /* bounded: nothing after this counts */
      if (!add_edge(x, (int)c, b->out_gid[o]))
        return rp_fail(err, RP_ENOMEM, "out of memory exploring the scenario");
      g->states[i].n_edges++;
    }
  }
  return RP_OK;
}

rp_status explore_run(const scn_scenario *scn, long max_states,
                      explore_graph *g, rp_error *err) {
  memset(g, 0, sizeof *g);
  g->scn = scn;
  g->max_states = max_states > 0 ? max_states : EXPLORE_DEFAULT_MAX_STATES;
  explorer x;
  memset(&x, 0, sizeof x);
  x.g = g;
  x.trust = scn_meter_find(scn, "trust");
  x.max_key_bytes = explore_key_budget();
  rp_status st = RP_ENOMEM;
  unsigned char *key = NULL, *child = NULL, *available = NULL;
  int *numbers = NULL, *gids = NULL, max_choices = 1;
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
  numbers = malloc((size_t)max_choices * sizeof *numbers);
  gids = malloc((size_t)max_choices * sizeof *gids);
  available = malloc((size_t)max_choices);
  if (!g->node_reached || !g->choice_offered || !g->choice_shown ||
      !g->by_gid || !g->node_of_gid || !x.ending_state || !key || !child ||
      !numbers || !gids || !available || !x.memo)
    goto fail;
  explore_offer none;
  memset(&none, 0, sizeof none);
  if (offer_index(&x, &none) != 0)
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
  outcome o0;
  if (!observe(&x, s, child, false, &o0) ||
      child_state(&x, &o0, key, -1, -1) < 0)
    goto fail;
  if (rd == NULL) { /* plain data: in batches */
    if (!batch_init(&b, max_choices, x.ks.ksize))
      goto fail;
    for (int i = 0; i < g->n_states && !g->bounded;) {
      for (; i < g->n_states && b.n_parents < EXPLORE_BATCH; i++)
        if (g->states[i].kind == EXPLORE_ACTIVE &&
            !batch_generate(&x, s, &b, i, numbers))
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
      if ((st = expand(&x, s, i, key, child, numbers, gids, available, err)) !=
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
  rp_pages_free(x.ks.keys, x.ks.cap_keys * x.ks.ksize);
  rp_pages_free(x.ks.table, x.ks.cap * sizeof *x.ks.table);
  free(x.offer_table);
  free(x.memo);
  free(x.ending_state);
  free(x.error_state);
  free(key);
  free(child);
  free(numbers);
  free(gids);
  free(available);
  batch_free(&b);
  sess_free(s);
  if (st != RP_OK)
    explore_free(g);
  return st;
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
