/*
 * rp_pages.h -- large zeroed blocks straight from the kernel, on 2 MiB huge
 * pages where it can.
 *
 * In a virtual machine a page fault costs microseconds (here faulting in
 * 64 MiB of 4 KiB pages took about 300 ms; on huge pages about 9 ms), and
 * loading a large scenario or exploring millions of states touches tens of
 * megabytes once each.  A block of RP_PAGES_HUGE bytes or more is mapped
 * on a huge-page boundary and its whole 2 MiB units are advised
 * MADV_HUGEPAGE: one fault per 2 MiB instead of 512, and fewer TLB misses
 * on random access (its tail stays in small pages, so that it costs no
 * more memory than it uses).  A block that grows moves its pages (mremap)
 * instead of being copied, and is advised whole.  That is advice: where
 * the kernel has no huge page to give, it uses small ones.  Smaller
 * blocks, systems without madvise and sanitizer builds (AddressSanitizer
 * must see every block) use calloc.
 *
 * Ownership: the caller releases a block with rp_pages_free(), passing the
 * size it asked for (or last resized it to).
 */
#ifndef RP_PAGES_H
#define RP_PAGES_H

#include <stddef.h>

/* Blocks from this size up are mapped on huge pages. */
#define RP_PAGES_HUGE ((size_t)2 * 1024 * 1024)

/* Returns n zeroed bytes (n > 0) aligned for any type, or NULL when out of
 * memory. */
void *rp_pages_alloc(size_t n);

/* Resizes the block p of old bytes to n bytes (n > 0), keeping the first
 * min(old, n); the bytes after those are unspecified (not zeroed: the
 * callers grow arrays they fill).  p may be NULL (old 0): a new block whose
 * contents are unspecified.  Returns the block, which may have moved, or
 * NULL (p is then untouched). */
void *rp_pages_realloc(void *p, size_t old, size_t n);

/* Releases the block p of n bytes (NULL is ignored). */
void rp_pages_free(void *p, size_t n);

#endif
