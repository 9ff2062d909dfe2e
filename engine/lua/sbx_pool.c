/*
 * sbx_pool.c -- size-class free lists on huge-page chunks under the
 * sandbox's allocator.  See sbx_pool.h.
 */
#include "sbx_pool.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util/rp_pages.h"

#define CHUNK_MIN ((size_t)64 * 1024)
#define CHUNK_MAX ((size_t)8 * 1024 * 1024)

typedef struct sbx_pool_chunk {
  struct sbx_pool_chunk *next;
  size_t size; /* of the whole chunk, for rp_pages_free */
} chunk;

/* The chunk header, rounded so that blocks after it stay 16-byte aligned. */
#define CHUNK_HEADER                                                           \
  ((sizeof(chunk) + POOL_GRAIN - 1) & ~(size_t)(POOL_GRAIN - 1))

/* A chunk of size bytes (header included), or NULL; big ones are on huge
 * pages. */
static chunk *chunk_new(size_t size) {
  chunk *c = rp_pages_alloc(size);
  if (c != NULL)
    c->size = size;
  return c;
}

/* The class of a block of n bytes (1 <= n <= POOL_MAX). */
static int pool_class(size_t n) {
  if (n <= POOL_SMALL)
    return (int)((n - 1) / POOL_GRAIN);
  /* n in (2^log, 2^(log+1)]: step q (1 to POOL_STEPS) of that doubling */
  int log = POOL_LOG_SMALL;
  while (((size_t)2 << log) < n)
    log++;
  size_t step = (size_t)1 << (log - POOL_LOG_STEPS);
  int q = (int)((n - ((size_t)1 << log) + step - 1) / step);
  return N_SMALL + (log - POOL_LOG_SMALL) * POOL_STEPS + q - 1;
}

static size_t class_size(int k) {
  if (k < N_SMALL)
    return (size_t)(k + 1) * POOL_GRAIN;
  int j = k - N_SMALL, log = POOL_LOG_SMALL + j / POOL_STEPS;
  return ((size_t)1 << log) +
         (size_t)(j % POOL_STEPS + 1) * ((size_t)1 << (log - POOL_LOG_STEPS));
}

static void pool_put(sbx_pool *p, void *b, int k) {
  memcpy(b, &p->free[k], sizeof(void *));
  p->free[k] = b;
}

/* Gives the unused rest of the newest chunk to the free lists, as the
 * largest blocks that fit (it is a multiple of POOL_GRAIN). */
static void pool_retire_rest(sbx_pool *p) {
  for (int k = POOL_CLASSES - 1; k >= 0; k--)
    while ((size_t)(p->end - p->bump) >= class_size(k)) {
      pool_put(p, p->bump, k);
      p->bump += class_size(k);
    }
}

/* Returns a block of class k, or NULL. */
static void *pool_get(sbx_pool *p, int k) {
  void *b = p->free[k];
  if (b != NULL) {
    memcpy(&p->free[k], b, sizeof(void *));
    return b;
  }
  size_t size = class_size(k);
  if ((size_t)(p->end - p->bump) < size) {
    size_t csize = p->next_size ? p->next_size : CHUNK_MIN;
    if (csize < size + CHUNK_HEADER) /* a block bigger than the next chunk */
      csize = size * 2;
    chunk *c = chunk_new(csize);
    if (c == NULL)
      return NULL;
    pool_retire_rest(p);
    c->next = p->chunks;
    p->chunks = c;
    p->bump = (unsigned char *)c + CHUNK_HEADER;
    p->end = (unsigned char *)c + csize;
    if (p->next_size < CHUNK_MAX)
      p->next_size = csize < CHUNK_MAX ? csize * 2 : CHUNK_MAX;
  }
  b = p->bump;
  p->bump += size;
  return b;
}

void sbx_pool_release(sbx_pool *p) {
  while (p->chunks != NULL) {
    chunk *next = p->chunks->next;
    rp_pages_free(p->chunks, p->chunks->size);
    p->chunks = next;
  }
  memset(p, 0, sizeof *p);
}

/* AddressSanitizer cannot see inside a pool: sanitizer builds give every
 * block to malloc, so that a C function misusing Lua's memory is caught
 * as before. */
#if defined(__SANITIZE_ADDRESS__)
#define POOL_ENABLED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_ENABLED 0
#endif
#endif
#ifndef POOL_ENABLED
#define POOL_ENABLED 1
#endif

/* (sbx_pool.h; with the pool disabled, malloc does it all.) */
void *sbx_pool_realloc(sbx_pool *p, void *ptr, size_t osize, size_t nsize) {
  if (!POOL_ENABLED) {
    if (nsize > 0)
      return realloc(ptr, nsize);
    free(ptr);
    return NULL;
  }
  bool old_pooled = ptr != NULL && osize <= POOL_MAX;
  if (nsize == 0) {
    if (old_pooled)
      pool_put(p, ptr, pool_class(osize));
    else
      rp_pages_free(ptr, osize);
    return NULL;
  }
  if (nsize > POOL_MAX) {
    if (ptr == NULL || !old_pooled)
      return rp_pages_realloc(ptr, ptr != NULL ? osize : 0, nsize);
    void *n = rp_pages_realloc(NULL, 0, nsize);
    if (n != NULL) {
      memcpy(n, ptr, osize);
      pool_put(p, ptr, pool_class(osize));
    }
    return n;
  }
  int k = pool_class(nsize);
  if (old_pooled && pool_class(osize) == k)
    return ptr;
  void *n = pool_get(p, k);
  if (n != NULL && ptr != NULL) {
    memcpy(n, ptr, osize < nsize ? osize : nsize);
    if (old_pooled)
      pool_put(p, ptr, pool_class(osize));
    else
      rp_pages_free(ptr, osize);
  }
  return n;
}
