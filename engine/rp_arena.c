/* rp_arena.c -- a bump allocator: blocks chained, freed all at once. */
#include "rp_arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Most scenarios fit in a few blocks of this size; a larger request gets a
 * block of its own. */
#define ARENA_BLOCK 65536

typedef struct block {
  struct block *next;
  size_t size, used;
  alignas(max_align_t) unsigned char data[];
} block;

struct rp_arena {
  block *head;
  size_t total;
};

rp_arena *rp_arena_new(void) { return calloc(1, sizeof(rp_arena)); }

void rp_arena_free(rp_arena *a) {
  if (a == NULL)
    return;
  block *b = a->head;
  while (b != NULL) {
    block *next = b->next;
    free(b);
    b = next;
  }
  free(a);
}

void *rp_arena_alloc(rp_arena *a, size_t size) {
  const size_t align = alignof(max_align_t);
  if (size > SIZE_MAX / 2) /* rounding and the block header would overflow */
    return NULL;
  size = (size + align - 1) & ~(align - 1);
  if (size == 0)
    size = align;
  block *b = a->head;
  if (b == NULL || b->size - b->used < size) {
    size_t cap = size > ARENA_BLOCK ? size : ARENA_BLOCK;
    b = malloc(sizeof(block) + cap);
    if (b == NULL)
      return NULL;
    b->size = cap;
    b->used = 0;
    /* A private oversized block goes second so the current block keeps
     * serving small requests. */
    if (cap > ARENA_BLOCK && a->head != NULL) {
      b->next = a->head->next;
      a->head->next = b;
    } else {
      b->next = a->head;
      a->head = b;
    }
    a->total += sizeof(block) + cap;
  }
  void *p = b->data + b->used;
  b->used += size;
  memset(p, 0, size);
  return p;
}

char *rp_arena_strndup(rp_arena *a, const char *s, size_t len) {
  char *p = rp_arena_alloc(a, len + 1);
  if (p != NULL) {
    memcpy(p, s, len);
    p[len] = '\0';
  }
  return p;
}

char *rp_arena_strdup(rp_arena *a, const char *s) {
  return rp_arena_strndup(a, s, strlen(s));
}

size_t rp_arena_used(const rp_arena *a) { return a->total; }
