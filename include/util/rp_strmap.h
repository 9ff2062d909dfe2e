/*
 * rp_strmap.h -- a string-to-index hash map for scenario ids.
 *
 * Node, fact, meter and choice ids are looked up by name when a scenario is
 * compiled and when a record is replayed; scenarios may have 100,000 nodes,
 * so the lookup is a hash (FNV-1a, open addressing) rather than a scan.  The
 * map does not own its keys: they must outlive it (they live in the
 * scenario's arena).
 */
#ifndef RP_STRMAP_H
#define RP_STRMAP_H

#include <stddef.h>

typedef struct rp_strmap {
  const char **keys;
  int *vals;
  size_t cap; /* a power of two, or 0 */
  size_t len;
} rp_strmap;

/* Initialises an empty map; free its tables with rp_strmap_free(). */
void rp_strmap_init(rp_strmap *m);
void rp_strmap_free(rp_strmap *m);

/* Adds key -> val.  Returns 0 on success, 1 when the key is already present
 * (the map is unchanged; *old receives its value when old is not NULL), -1
 * when out of memory. */
int rp_strmap_put(rp_strmap *m, const char *key, int val, int *old);

/* Returns the value for key, or -1 when absent. */
int rp_strmap_get(const rp_strmap *m, const char *key);

#endif
