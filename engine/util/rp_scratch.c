/* rp_scratch.c -- a thread's scratch block for short-lived cJSON trees
 * (rp_scratch.h). */
#include "util/rp_scratch.h"

#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* Under AddressSanitizer every allocation goes to malloc, where ASan
 * sees each block's bounds and lifetime (a carved block has neither). */
#if defined(__SANITIZE_ADDRESS__)
#define SCRATCH_USED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SCRATCH_USED 0
#endif
#endif
#ifndef SCRATCH_USED
#define SCRATCH_USED 1
#endif

/* The calling thread's block, or NULL: each thread has its own, so the
 * hooks take no lock. */
static _Thread_local rp_scratch *bound;

void rp_scratch_bind(rp_scratch *s) {
  if (s != NULL)
    s->used = 0;
  bound = SCRATCH_USED ? s : NULL;
}

void *rp_scratch_alloc(size_t n) {
  rp_scratch *s = bound;
  const size_t align = alignof(max_align_t);
  if (s != NULL && n <= s->size - s->used) {
    void *p = s->mem + s->used;
    size_t step = (n + align - 1) & ~(align - 1);
    s->used = step <= s->size - s->used ? s->used + step : s->size;
    return p;
  }
  return malloc(n);
}

void rp_scratch_release(void *p) {
  rp_scratch *s = bound;
  /* A block carved from the bound scratch is given back with it. */
  if (s != NULL && (uintptr_t)p >= (uintptr_t)s->mem &&
      (uintptr_t)p < (uintptr_t)s->mem + s->size)
    return;
  free(p);
}
