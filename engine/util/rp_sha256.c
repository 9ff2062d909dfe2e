/* rp_sha256.c -- SHA-256 as specified in FIPS 180-4, section 6.2. */
#include "util/rp_sha256.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

/* The portable compression function: n blocks of 64 bytes at p. */
static void compress_c(uint32_t h[8], const unsigned char *p, size_t n) {
  for (; n > 0; n--, p += 64) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
      w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
             (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
      uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
      uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], cc = h[2], d = h[3];
    uint32_t e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
      uint32_t t1 = hh + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) +
                    ((e & f) ^ (~e & g)) + K[i] + w[i];
      uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) +
                    ((a & b) ^ (a & cc) ^ (b & cc));
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = cc;
      cc = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += cc;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
}

/* x86's SHA extensions (SHA-NI: every AMD CPU since Zen, Intel's since Ice
 * Lake) do the same in about a tenth of the time: a scenario of 10,000
 * nodes is 4.7 MB, and hashing it was a tenth of its load.  Chosen at run
 * time from CPUID; the portable code stays for every other CPU (and for
 * the tests, through rp_sha256_portable_only). */
#if defined(__x86_64__) && defined(__GNUC__)
#define RP_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>

__attribute__((target("sha,sse4.1,ssse3"))) static void
compress_ni(uint32_t h[8], const unsigned char *p, size_t n) {
  /* byte order of each 32-bit word: big-endian message words */
  const __m128i bswap =
      _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
  /* The instructions keep the state as ABEF and CDGH. */
  __m128i t = _mm_loadu_si128((const __m128i *)&h[0]);
  __m128i s1 = _mm_loadu_si128((const __m128i *)&h[4]);
  t = _mm_shuffle_epi32(t, 0xB1);         /* CDAB */
  s1 = _mm_shuffle_epi32(s1, 0x1B);       /* EFGH */
  __m128i s0 = _mm_alignr_epi8(t, s1, 8); /* ABEF */
  s1 = _mm_blend_epi16(s1, t, 0xF0);      /* CDGH */
  for (; n > 0; n--, p += 64) {
    __m128i abef = s0, cdgh = s1, w[16];
    for (int g = 0; g < 16; g++) {
      if (g < 4)
        w[g] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * g)),
                                bswap);
      else /* W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16] */
        w[g] = _mm_sha256msg2_epu32(
            _mm_add_epi32(_mm_sha256msg1_epu32(w[g - 4], w[g - 3]),
                          _mm_alignr_epi8(w[g - 1], w[g - 2], 4)),
            w[g - 1]);
      __m128i m =
          _mm_add_epi32(w[g], _mm_loadu_si128((const __m128i *)&K[4 * g]));
      s1 = _mm_sha256rnds2_epu32(s1, s0, m);
      s0 = _mm_sha256rnds2_epu32(s0, s1, _mm_shuffle_epi32(m, 0x0E));
    }
    s0 = _mm_add_epi32(s0, abef);
    s1 = _mm_add_epi32(s1, cdgh);
  }
  t = _mm_shuffle_epi32(s0, 0x1B);   /* FEBA */
  s1 = _mm_shuffle_epi32(s1, 0xB1);  /* DCHG */
  s0 = _mm_blend_epi16(t, s1, 0xF0); /* DCBA */
  s1 = _mm_alignr_epi8(s1, t, 8);    /* HGFE */
  _mm_storeu_si128((__m128i *)&h[0], s0);
  _mm_storeu_si128((__m128i *)&h[4], s1);
}

static bool cpu_has_sha_ni(void) {
  unsigned a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3))
    return false;
  return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
}
#endif

/* 0 unknown yet, 1 portable, 2 SHA-NI.  Atomic: digests may be taken on
 * several threads (two probing at once both find the same answer). */
static _Atomic int impl;

void rp_sha256_portable_only(bool on) {
  atomic_store_explicit(&impl, on ? 1 : 0, memory_order_relaxed);
}

static void compress(uint32_t h[8], const unsigned char *p, size_t n) {
#if RP_SHA_NI
  int which = atomic_load_explicit(&impl, memory_order_relaxed);
  if (which == 0) {
    which = cpu_has_sha_ni() ? 2 : 1;
    atomic_store_explicit(&impl, which, memory_order_relaxed);
  }
  if (which == 2) {
    compress_ni(h, p, n);
    return;
  }
#endif
  compress_c(h, p, n);
}

void rp_sha256_init(rp_sha256 *c) {
  static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372,
                                 0xa54ff53a, 0x510e527f, 0x9b05688c,
                                 0x1f83d9ab, 0x5be0cd19};
  memcpy(c->h, iv, sizeof iv);
  c->bytes = 0;
  c->fill = 0;
}

void rp_sha256_update(rp_sha256 *c, const void *data, size_t len) {
  const unsigned char *p = data;
  c->bytes += len;
  if (c->fill > 0) {
    size_t n = 64 - c->fill;
    if (n > len)
      n = len;
    memcpy(c->buf + c->fill, p, n);
    c->fill += n;
    p += n;
    len -= n;
    if (c->fill < 64)
      return;
    compress(c->h, c->buf, 1);
    c->fill = 0;
  }
  /* whole blocks straight from the input */
  if (len >= 64) {
    compress(c->h, p, len / 64);
    p += len & ~(size_t)63;
    len &= 63;
  }
  memcpy(c->buf, p, len);
  c->fill = len;
}

void rp_sha256_final(rp_sha256 *c, unsigned char out[32]) {
  uint64_t bits = c->bytes * 8;
  unsigned char pad = 0x80;
  rp_sha256_update(c, &pad, 1);
  pad = 0;
  while (c->fill != 56)
    rp_sha256_update(c, &pad, 1);
  unsigned char len[8];
  for (int i = 0; i < 8; i++)
    len[i] = (unsigned char)(bits >> (56 - 8 * i));
  rp_sha256_update(c, len, 8);
  for (int i = 0; i < 8; i++) {
    out[4 * i] = (unsigned char)(c->h[i] >> 24);
    out[4 * i + 1] = (unsigned char)(c->h[i] >> 16);
    out[4 * i + 2] = (unsigned char)(c->h[i] >> 8);
    out[4 * i + 3] = (unsigned char)c->h[i];
  }
}

void rp_sha256_hex(const void *data, size_t len, char hex[65]) {
  static const char digits[] = "0123456789abcdef";
  rp_sha256 c;
  unsigned char d[32];
  rp_sha256_init(&c);
  rp_sha256_update(&c, data, len);
  rp_sha256_final(&c, d);
  for (int i = 0; i < 32; i++) {
    hex[2 * i] = digits[d[i] >> 4];
    hex[2 * i + 1] = digits[d[i] & 15];
  }
  hex[64] = '\0';
}
