/* rp_strmap.c -- FNV-1a hashing with linear probing; grows at 50% load. */
#include "util/rp_strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash(const char *s) {
  uint64_t h = 1469598103934665603ULL;
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 1099511628211ULL;
  }
  return h;
}

void rp_strmap_init(rp_strmap *m) { memset(m, 0, sizeof *m); }

void rp_strmap_free(rp_strmap *m) {
  free(m->keys);
  free(m->vals);
  rp_strmap_init(m);
}

static size_t slot(const char **keys, size_t cap, const char *key) {
  size_t i = (size_t)hash(key) & (cap - 1);
  while (keys[i] != NULL && strcmp(keys[i], key) != 0)
    i = (i + 1) & (cap - 1);
  return i;
}

static int grow(rp_strmap *m) {
  size_t cap = m->cap ? m->cap * 2 : 16;
  const char **keys = calloc(cap, sizeof *keys);
  int *vals = calloc(cap, sizeof *vals);
  if (keys == NULL || vals == NULL) {
    free(keys);
    free(vals);
    return -1;
  }
  for (size_t i = 0; i < m->cap; i++) {
    if (m->keys[i] != NULL) {
      size_t j = slot(keys, cap, m->keys[i]);
      keys[j] = m->keys[i];
      vals[j] = m->vals[i];
    }
  }
  free(m->keys);
  free(m->vals);
  m->keys = keys;
  m->vals = vals;
  m->cap = cap;
  return 0;
}

int rp_strmap_put(rp_strmap *m, const char *key, int val, int *old) {
  if ((m->len + 1) * 2 > m->cap && grow(m) != 0)
    return -1;
  size_t i = slot(m->keys, m->cap, key);
  if (m->keys[i] != NULL) {
    if (old != NULL)
      *old = m->vals[i];
    return 1;
  }
  m->keys[i] = key;
  m->vals[i] = val;
  m->len++;
  return 0;
}

int rp_strmap_get(const rp_strmap *m, const char *key) {
  if (m->cap == 0)
    return -1;
  size_t i = slot(m->keys, m->cap, key);
  return m->keys[i] != NULL ? m->vals[i] : -1;
}
