/*
 * fuzz.h -- what the libFuzzer targets in tests/fuzz share.
 *
 * Each target is one program (see the Makefile's fuzz block): it defines
 * LLVMFuzzerTestOneInput, and is built with clang -fsanitize=fuzzer,address,
 * undefined against an instrumented build of the engine.  The sandbox's
 * budgets are lowered for fuzzing (FUZZ_CFLAGS) so that an endless loop
 * costs milliseconds, not a second, of the fuzzer's time.
 *
 * A property that must hold is checked with FUZZ_ASSERT, which aborts: the
 * fuzzer saves the input as a crash.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define FUZZ_ASSERT(cond, ...)                                                 \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: property failed: %s\n  ", __FILE__, __LINE__,    \
              #cond);                                                          \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
      abort();                                                                 \
    }                                                                          \
  } while (0)

/* A file of the repository: $RAPPORT_ROOT/rel, or rel from the working
 * directory (the Makefile and tests/e2e/fuzz.sh run from the root). */
static inline const char *fuzz_repo_file(const char *rel, char *buf, size_t n) {
  const char *root = getenv("RAPPORT_ROOT");
  snprintf(buf, n, "%s/%s", root != NULL && *root ? root : ".", rel);
  return buf;
}

#include "io/scn_file.h"

/* The default scenario, loaded for the target `name`; exits (the fuzzer
 * cannot run without it) naming the reason.  The caller owns it. */
static inline scn_scenario *fuzz_default_scenario(const char *name) {
  char path[4096];
  rp_error err;
  scn_scenario *s = scn_load_file(
      fuzz_repo_file("scenarios/discovery-call.lua", path, sizeof path), &err);
  if (s == NULL) {
    fprintf(stderr, "%s: %s\n", name, err.msg);
    exit(1);
  }
  return s;
}

#endif
