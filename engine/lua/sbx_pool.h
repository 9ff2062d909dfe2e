/*
 * sbx_pool.h -- the memory under the sandbox's allocator: Lua's small
 * blocks from size-class free lists on huge pages, bigger ones as exact
 * page blocks.
 *
 * Page faults are what made loading slow: a scenario of 10,000 nodes makes
 * about a million small objects, and with malloc its bookkeeping was a
 * tenth of the load and faulting in 4 KiB pages a sixth (a fault costs
 * microseconds in a VM).  So blocks up to POOL_MAX are carved out of chunks
 * that double from 64 KiB, so that from 2 MiB on a chunk is on huge pages
 * (rp_pages.h) and one fault brings 2 MiB.  Classes: every 16 bytes up to
 * POOL_SMALL (tables, strings, closures), then eight per doubling up to
 * POOL_MAX (tables' parts and the parser's arrays while small, which Lua
 * grows by doubling, and longer strings), so that a block wastes at most an
 * eighth of itself.  Bigger blocks are exact rp_pages blocks, given back
 * when freed: pooled by powers of two, a script's 1 MiB strings took 2 MiB
 * each.  Freed small blocks stay in the pool until it is released, so the
 * process may hold up to the most memory ever live in it; the sandbox's
 * memory cap (sbx.c) counts the sizes Lua asks for, and so bounds that.
 *
 * Internal to the sandbox; no Lua.
 */
#ifndef SBX_POOL_H
#define SBX_POOL_H

#include <stddef.h>

#define POOL_GRAIN 16
#define POOL_LOG_SMALL 9 /* POOL_SMALL is 2^9 */
#define POOL_SMALL ((size_t)1 << POOL_LOG_SMALL)
#define POOL_LOG_MAX 16
#define POOL_MAX ((size_t)1 << POOL_LOG_MAX)
/* classes up to POOL_SMALL */
#define N_SMALL ((int)(POOL_SMALL / POOL_GRAIN))
#define POOL_LOG_STEPS 3 /* classes per doubling above POOL_SMALL: 2^3 */
#define POOL_STEPS (1 << POOL_LOG_STEPS)
#define POOL_CLASSES (N_SMALL + (POOL_LOG_MAX - POOL_LOG_SMALL) * POOL_STEPS)

/* An empty pool is all zero.  Released with sbx_pool_release(). */
typedef struct sbx_pool {
  void *free[POOL_CLASSES];  /* a freed block holds the next one's address */
  unsigned char *bump, *end; /* the unused rest of the newest chunk */
  struct sbx_pool_chunk *chunks;
  size_t next_size; /* the size of the next chunk */
} sbx_pool;

/* Lua's allocator contract (lua_Alloc) on the pool: a block of osize bytes
 * (Lua always passes the size it asked for) lives in the pool exactly when
 * osize <= POOL_MAX.  nsize 0 frees ptr and returns NULL; otherwise returns
 * the block of nsize bytes, or NULL (ptr then unchanged) when the system
 * refuses memory. */
void *sbx_pool_realloc(sbx_pool *p, void *ptr, size_t osize, size_t nsize);

/* Gives every chunk back to the system and empties the pool. */
void sbx_pool_release(sbx_pool *p);

#endif
