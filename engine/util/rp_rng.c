/* rp_rng.c -- SplitMix64 (Steele, Lea & Flood, 2014). */
#include "util/rp_rng.h"

uint64_t rp_rng_next(uint64_t *state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

int64_t rp_rng_range(uint64_t *state, int64_t lo, int64_t hi) {
  uint64_t span = (uint64_t)hi - (uint64_t)lo + 1;
  if (span == 0) /* the whole 64-bit range */
    return (int64_t)rp_rng_next(state);
  /* Reject the top sliver that would bias the modulo. */
  uint64_t limit = UINT64_MAX - UINT64_MAX % span;
  uint64_t r;
  do
    r = rp_rng_next(state);
  while (r >= limit);
  return (int64_t)((uint64_t)lo + r % span);
}

double rp_rng_unit(uint64_t *state) {
  return (double)(rp_rng_next(state) >> 11) * 0x1.0p-53;
}
