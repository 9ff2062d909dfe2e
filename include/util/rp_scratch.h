/*
 * rp_scratch.h -- a thread's scratch block for short-lived cJSON trees.
 *
 * Grading parses one submission, reads it and frees the tree: hundreds of
 * small allocations per file that malloc must find and free one by one
 * (about a fifth of a grading thread's time).  With rp_scratch_alloc and
 * rp_scratch_release as cJSON's hooks (cJSON_InitHooks), cJSON's
 * allocations on a thread that has bound a scratch block are carved from
 * it in order, their frees cost nothing, and rebinding empties the block
 * for the next file.  On every other thread, and for what does not fit,
 * the hooks are malloc and free (and always under AddressSanitizer, so
 * that it checks every block).
 *
 * Rule: every cJSON allocation made while a block is bound is freed (or
 * given up) before the thread rebinds or unbinds it; nothing carved from
 * it may outlive that or reach another thread.  No I/O.
 */
#ifndef RP_SCRATCH_H
#define RP_SCRATCH_H

#include <stddef.h>

typedef struct rp_scratch {
  unsigned char *mem; /* the caller's, size bytes, suitably aligned */
  size_t size;
  size_t used;
} rp_scratch;

/* Binds s (emptied) to the calling thread; NULL unbinds. */
void rp_scratch_bind(rp_scratch *s);

/* cJSON_Hooks' malloc_fn and free_fn. */
void *rp_scratch_alloc(size_t n);
void rp_scratch_release(void *p);

#endif
