#!/bin/sh
# run.sh -- runs every test against each build directory given and prints
# one summary line "N passed, N failed, N skipped".  Exits non-zero on any
# failure, or when nothing passed.
#
#   sh tests/run.sh build build-asan     (what make test runs)
#
# RAPPORT_TSAN_BIN: the ThreadSanitizer build of rapport (make test and
# make test-fast set it to build-tsan/rapport); tests/e2e/tsan_grade.sh
# fails without it.
#
# Unit tests are cmocka programs (build/tests/test_*); end-to-end tests are
# shell scripts (tests/e2e/*.sh) that drive the real binary and report each
# check as "ok - NAME" or "not ok - NAME" (TAP style).  A check that could
# not run here says "ok - NAME # SKIP why" (TAP's directive): it is counted
# as skipped, not passed; so is a cmocka test that calls skip().
set -u
[ $# -gt 0 ] || set -- build
export RAPPORT_ROOT="$PWD"
export RAPPORT_TSAN_BIN="${RAPPORT_TSAN_BIN:-$PWD/build-tsan/rapport}"
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
passed=0
failed=0
skipped=0
# Sanitizer reports fail the run; leaks count (readline's and Lua's own
# allocations are freed before exit, so any report is ours).
export ASAN_OPTIONS="abort_on_error=0:detect_leaks=1:exitcode=99"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=98"

for build in "$@"; do
export RAPPORT_BIN="$PWD/$build/rapport"
echo "== $build"

for t in "$build"/tests/test_*; do
  [ -x "$t" ] || continue
  name=$(basename "$t")
  out="$log/$name.out"
  "$t" >"$out" 2>&1
  rc=$?
  # cmocka's PASSED count leaves out the tests that called skip()
  p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -1)
  f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -1)
  s=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) test.*/\1/p' "$out" | tail -1)
  p=${p:-0}
  f=${f:-0}
  s=${s:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi  # crashed
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
  if [ "$f" -ne 0 ]; then
    echo "FAIL $name"
    grep -E '^\[  (FAILED|  ERROR) \]|^\[  ERROR|Failure|error:' "$out" | head -20
    tail -5 "$out"
  else
    echo "ok   $name ($p$([ "$s" -gt 0 ] && echo ", $s skipped"))"
  fi
done

for t in tests/e2e/*.sh; do
  [ "$(basename "$t")" = lib.sh ] && continue
  # tsan_*.sh test the ThreadSanitizer binary ($RAPPORT_TSAN_BIN, which make
  # test builds), whatever the build: once per run is enough.
  case $(basename "$t") in tsan_*) [ "$build" = "$1" ] || continue ;; esac
  name=$(basename "$t" .sh)
  out="$log/$name.out"
  sh "$t" >"$out" 2>&1
  rc=$?
  s=$(grep -ci '^ok - .*# *skip' "$out")
  p=$(($(grep -c '^ok - ' "$out") - s))
  f=$(grep -c '^not ok - ' "$out")
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1
    echo "not ok - $name exited $rc" >>"$out"
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
  if [ "$f" -ne 0 ]; then
    echo "FAIL $name"
    grep -A12 '^not ok - ' "$out" | head -60
  else
    echo "ok   $name ($p$([ "$s" -gt 0 ] && echo ", $s skipped"))"
  fi
done

done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
