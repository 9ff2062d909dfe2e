/*
 * explore_store.h -- what an exploration has found, and how it is kept.
 *
 * Keys live in one flat array indexed by an open-addressing table, so a
 * state costs its key's bytes plus a few words.  Each slot of the table
 * also keeps 32 bits of the key's hash, so that a lookup compares the key
 * itself (a cache miss into the key array) only when it is almost surely
 * the one: most lookups are of new states, which then touch no key at all.
 * Every big array (the table and the keys, read at random; the states and
 * edges, written once in order) is on huge pages (rp_pages.h): with small
 * ones a lookup in tens of megabytes also misses the TLB, and faulting in
 * fresh memory 4 KiB at a time was a sixth of an exploration (a fault
 * costs microseconds in a virtual machine).  What a state offers (ten
 * numbers) is shared between states (explore_offer), so a state is 40 bytes.
 *
 * Internal to the exploration: explore.c walks the scenario and hands each
 * outcome to explore_child_state(), which finds or makes its state;
 * explore_free() (explore.h) is here, with what it frees.
 */
#ifndef EXPLORE_STORE_H
#define EXPLORE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "author/explore.h"
#include "core/sess.h"

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
static inline size_t explore_slot_of(const keyset *ks, uint32_t check) {
  return (size_t)(check >> (32 - ks->bits));
}

/* The hash of a key (or any bytes) of n bytes. */
uint64_t explore_hash(const unsigned char *k, size_t n);

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

/* Classifies the outcome o reached from state `from` by choice `gid` and
 * returns its state index (creating it when new); -2 when out of memory,
 * -3 when the bound stops the exploration.  scratch: ksize bytes. */
long explore_child_state(explorer *x, const outcome *o, unsigned char *scratch,
                         int from, int gid);

/* Appends the edge to `to` by choice gid; false when out of memory. */
bool explore_add_edge(explorer *x, int to, int gid);

/* Fails for a -2 of explore_child_state() or a false explore_add_edge():
 * RP_ELIMIT when the states or edges, indexed by int, are INT_MAX already
 * (tens of gigabytes), else RP_ENOMEM. */
rp_status explore_store_fail(const explore_graph *g, rp_error *err);

/* The index of offer o in g->offers, adding it when new; -1 when out of
 * memory. */
int explore_offer_index(explorer *x, const explore_offer *o);

/* Records that state i shows these options (gid, available): coverage and
 * the range of what is offered there.  False when out of memory. */
bool explore_note_options(explorer *x, int i, const int *gids,
                          const unsigned char *available, int n);

/* Forgets every state (the arrays keep their memory). */
void explore_reset(explorer *x);

/* Frees what x holds beside the graph (the keys, the tables, the memo). */
void explore_store_free(explorer *x);

#endif
