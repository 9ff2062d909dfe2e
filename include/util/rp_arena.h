/*
 * rp_arena.h -- a bump allocator for data that lives and dies together.
 *
 * A compiled scenario is thousands of small strings and arrays that are all
 * freed at once; an arena makes that one free() per block instead of one per
 * string, and keeps them close in memory for the per-turn walk.
 */
#ifndef RP_ARENA_H
#define RP_ARENA_H

#include <stddef.h>

typedef struct rp_arena rp_arena;

/* Returns a new empty arena, or NULL when out of memory.  Release it with
 * rp_arena_free(), which frees everything allocated from it. */
rp_arena *rp_arena_new(void);
void rp_arena_free(rp_arena *a);

/* Returns size zeroed bytes aligned for any type, owned by the arena; NULL
 * when out of memory. */
void *rp_arena_alloc(rp_arena *a, size_t size);

/* Copies the len bytes at s plus a terminating NUL into the arena. */
char *rp_arena_strndup(rp_arena *a, const char *s, size_t len);
char *rp_arena_strdup(rp_arena *a, const char *s);

/* Bytes obtained from malloc so far (for benchmarks and limits). */
size_t rp_arena_used(const rp_arena *a);

#endif
