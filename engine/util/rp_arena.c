/* rp_arena.c -- a bump allocator: blocks chained, freed all at once. */
#include "util/rp_arena.h"

#include <stdalign.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/rp_pages.h"

/* The first block; each new one is twice the last, up to ARENA_BLOCK_MAX,
 * so that a scenario of 10,000 nodes (about 7 MiB compiled) takes a few
 * blocks, the big ones on huge pages (rp_pages.h): faulting its memory in
 * 4 KiB pages was a tenth of its load.  A request larger than the next
 * block gets a block of its own. */
#define ARENA_BLOCK 65536
#define ARENA_BLOCK_MAX ((size_t)4 << 20)

typedef struct block {
  struct block *next;
  size_t size, used;
  alignas(max_align_t) unsigned char data[];
} block;

struct rp_arena {
  block *head;
  size_t total;
  size_t next; /* the size of the next ordinary block */
};

rp_arena *rp_arena_new(void) {
  rp_arena *a = calloc(1, sizeof(rp_arena));
  if (a != NULL)
    a->next = ARENA_BLOCK;
  return a;
}

void rp_arena_free(rp_arena *a) {
  if (a == NULL)
    return;
  block *b = a->head;
  while (b != NULL) {
    block *next = b->next;
    rp_pages_free(b, sizeof(block) + b->size);
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
    bool own = size > a->next;
    size_t cap = own ? size : a->next;
    /* rp_pages memory is zeroed and an arena never reuses any */
    b = rp_pages_alloc(sizeof(block) + cap);
    if (b == NULL)
      return NULL;
    b->size = cap;
    b->used = 0;
    /* A private oversized block goes second so the current block keeps
     * serving small requests. */
    if (own && a->head != NULL) {
      b->next = a->head->next;
      a->head->next = b;
    } else {
      b->next = a->head;
      a->head = b;
      if (!own && a->next < ARENA_BLOCK_MAX)
        a->next *= 2;
    }
    a->total += sizeof(block) + cap;
  }
  void *p = b->data + b->used;
  b->used += size;
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
