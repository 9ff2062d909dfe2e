/*
 * rp_rng.h -- the one pseudo-random generator a session may use.
 *
 * SplitMix64: 64 bits of state, so a session's randomness is saved and
 * restored by copying one integer, and the same seed gives the same numbers
 * on every machine.  Scenarios reach it only through math.random.
 */
#ifndef RP_RNG_H
#define RP_RNG_H

#include <stdint.h>

/* Returns the next 64 random bits and advances *state. */
uint64_t rp_rng_next(uint64_t *state);

/* Returns a uniform integer in [lo, hi] (lo <= hi), without modulo bias. */
int64_t rp_rng_range(uint64_t *state, int64_t lo, int64_t hi);

/* Returns a uniform double in [0, 1). */
double rp_rng_unit(uint64_t *state);

#endif
