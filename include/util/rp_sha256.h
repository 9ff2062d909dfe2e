/*
 * rp_sha256.h -- SHA-256 (FIPS 180-4), to pin the exact scenario file a
 * session was played against: a record names the scenario's digest, and
 * replay and grading refuse a scenario whose digest differs.
 */
#ifndef RP_SHA256_H
#define RP_SHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct rp_sha256 {
  uint32_t h[8];
  uint64_t bytes;
  unsigned char buf[64];
  size_t fill;
} rp_sha256;

void rp_sha256_init(rp_sha256 *c);
void rp_sha256_update(rp_sha256 *c, const void *data, size_t len);
void rp_sha256_final(rp_sha256 *c, unsigned char out[32]);

/* Writes the digest of data as 64 lowercase hex digits plus NUL into hex. */
void rp_sha256_hex(const void *data, size_t len, char hex[65]);

/* Where the CPU has SHA instructions (x86 SHA-NI) they are used; true
 * makes every later digest use the portable code, so that tests cover
 * both.  Not thread-safe: call it before hashing. */
void rp_sha256_portable_only(bool on);

#endif
