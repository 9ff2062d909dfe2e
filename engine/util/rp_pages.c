/* rp_pages.c -- large zeroed blocks, on huge pages where possible.  See
 * rp_pages.h. */

/* mmap's MAP_ANONYMOUS, madvise(MADV_HUGEPAGE) and mremap */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "util/rp_pages.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Under AddressSanitizer or ThreadSanitizer, blocks come from calloc:
 * the sanitizers track heap blocks, not pages moved by mremap (TSan would
 * keep the old address's history for the new one). */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PAGES_MAPPED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define PAGES_MAPPED 0
#endif
#endif
#if !defined(PAGES_MAPPED) && defined(MAP_ANONYMOUS) && defined(MADV_HUGEPAGE)
#define PAGES_MAPPED 1
#endif
#ifndef PAGES_MAPPED
#define PAGES_MAPPED 0
#endif

/* Whether a block of n bytes is mapped (else from calloc). */
static int mapped(size_t n) { return PAGES_MAPPED && n >= RP_PAGES_HUGE; }

#if PAGES_MAPPED
/* Rounds n up to whole huge pages: a mapping ends on a page boundary. */
static size_t span_of(size_t n) {
  return (n + RP_PAGES_HUGE - 1) & ~(RP_PAGES_HUGE - 1);
}

/* Maps span bytes (a multiple of RP_PAGES_HUGE) on a huge-page boundary,
 * not yet advised; NULL when out of memory. */
static unsigned char *map_aligned(size_t span) {
  if (span > SIZE_MAX - RP_PAGES_HUGE)
    return NULL;
  /* Map a huge page more than needed and trim it to a boundary. */
  unsigned char *m = mmap(NULL, span + RP_PAGES_HUGE, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED)
    return NULL;
  uintptr_t a =
      ((uintptr_t)m + RP_PAGES_HUGE - 1) & ~(uintptr_t)(RP_PAGES_HUGE - 1);
  unsigned char *p = (unsigned char *)a;
  if (p > m)
    munmap(m, (size_t)(p - m));
  if (p + span < m + span + RP_PAGES_HUGE)
    munmap(p + span, (size_t)(m + span + RP_PAGES_HUGE - (p + span)));
  return p;
}

/* Huge pages for the whole 2 MiB units of a block of n bytes at p only: a
 * huge page is resident whole once touched, and a block's tail would cost
 * up to 2 MiB. */
static void advise(void *p, size_t n) {
  if (n >= RP_PAGES_HUGE)
    (void)madvise(p, n & ~(RP_PAGES_HUGE - 1), MADV_HUGEPAGE);
}

/* A mapped block of n bytes: its whole 2 MiB units on huge pages, or with
 * whole, all of its span.  A block that will grow takes whole: its tail
 * is soon used, and a span advised in two parts is two VMAs, which (once
 * each has faulted pages) mremap cannot move as one. */
static void *alloc_mapped(size_t n, bool whole) {
  size_t span = span_of(n);
  unsigned char *p = span < n ? NULL : map_aligned(span);
  if (p != NULL)
    advise(p, whole ? span : n);
  return p;
}
#endif

void *rp_pages_alloc(size_t n) {
#if PAGES_MAPPED
  if (mapped(n))
    return alloc_mapped(n, false);
#endif
  return calloc(1, n);
}

void *rp_pages_realloc(void *p, size_t old, size_t n) {
  if (!mapped(n) && (p == NULL || !mapped(old)))
    return realloc(p, n); /* (no zeroing: the caller fills it) */
  if (p == NULL)
    return rp_pages_alloc(n);
#if PAGES_MAPPED
  if (mapped(old) && mapped(n)) {
    size_t span = span_of(n);
    if (span < n)
      return NULL;
    if (span == span_of(old)) {
      advise(p, span);
      return p;
    }
#if defined(MREMAP_MAYMOVE)
    /* Move the pages instead of copying them: the old and new copies are
     * never resident together, and Linux places a large anonymous mapping
     * on a huge-page boundary, so huge pages stay whole (the moved VMA
     * keeps its advice).  Where it cannot (a block from rp_pages_alloc
     * advised in two parts), copy. */
    void *r = mremap(p, span_of(old), span, MREMAP_MAYMOVE);
    if (r != MAP_FAILED)
      return r;
#endif
  }
#endif
  /* Between a mapping and malloc (or where pages cannot move): copy, into
   * a block advised whole, since it grows. */
#if PAGES_MAPPED
  void *q = mapped(n) ? alloc_mapped(n, true) : calloc(1, n);
#else
  void *q = rp_pages_alloc(n);
#endif
  if (q == NULL)
    return NULL;
  memcpy(q, p, old < n ? old : n);
  rp_pages_free(p, old);
  return q;
}

void rp_pages_free(void *p, size_t n) {
  if (p == NULL)
    return;
#if PAGES_MAPPED
  if (mapped(n)) {
    munmap(p, span_of(n));
    return;
  }
#else
  (void)n;
#endif
  free(p);
}
