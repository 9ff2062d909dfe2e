# fuzz.sh -- the libFuzzer targets (tests/fuzz), briefly: built with clang
# -fsanitize=fuzzer,address,undefined, every corpus file replayed (the seeds
# and the inputs of crashes once found, kept as regressions) with leak
# checks on, then each target fuzzed for FUZZ_TEST_SECONDS (default 15).
# `make fuzz` runs the same targets for longer.
#
# Skipped, saying so, only when clang cannot build a libFuzzer program
# (tests/deps.sh installs clang and libclang-rt-dev for make test).
. tests/e2e/lib.sh
# Once per make test: the targets carry their own sanitizers.
case "$RAPPORT_BIN" in *build-asan*)
  echo "ok - fuzz targets # SKIP run in the normal build's pass (they carry their own sanitizers)"
  exit 0 ;;
esac

SECONDS_EACH=${FUZZ_TEST_SECONDS:-15}
targets=$(sed -n 's/^FUZZ_TARGETS *= *//p' Makefile)

probe="$TMP/probe.c"
printf '#include <stdint.h>\n#include <stddef.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' >"$probe"
if ! command -v clang >/dev/null || ! clang -fsanitize=fuzzer,address "$probe" -o "$TMP/probe" 2>/dev/null; then
  echo "ok - fuzz targets # SKIP clang cannot build libFuzzer programs (apt-get install clang libclang-rt-dev)"
  exit 0
fi

# The build runs make from inside make test: start it afresh.
if env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make --no-print-directory fuzz-build >"$TMP/build.log" 2>&1; then
  ok "the fuzz targets build ($(echo $targets))"
else
  notok "the fuzz targets build" "$(tail -20 "$TMP/build.log")"
  exit 1
fi

for t in $targets; do
  bin="build-fuzz/fuzz_$t"
  corpus="tests/fuzz/corpus/$t"
  n=$(ls "$corpus" | wc -l)
  # Every corpus file once, leaks checked.
  if "$bin" -runs=0 -detect_leaks=1 "$corpus" >"$TMP/$t.replay" 2>&1; then
    ok "fuzz_$t: the $n corpus files (seeds and regressions) pass"
  else
    notok "fuzz_$t: the $n corpus files (seeds and regressions) pass" \
      "$(grep -m5 -e ERROR -e 'property failed' -e SUMMARY -A3 "$TMP/$t.replay")"
  fi
  # New inputs go to a scratch corpus, crashes to $TMP: the repository is
  # read only.
  mkdir -p "$TMP/corpus-$t"
  dict=""
  [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
  "$bin" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2048 \
    -detect_leaks=0 -print_final_stats=1 $dict -artifact_prefix="$TMP/crash-$t-" \
    "$TMP/corpus-$t" "$corpus" >"$TMP/$t.fuzz" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$TMP/$t.fuzz")
  crash=$(ls "$TMP"/crash-"$t"-* 2>/dev/null | head -1)
  if [ $rc -eq 0 ] && [ -z "$crash" ]; then
    ok "fuzz_$t: $SECONDS_EACH s of fuzzing, $runs inputs, no crash"
  else
    notok "fuzz_$t: $SECONDS_EACH s of fuzzing, no crash" \
      "$(grep -m5 -e ERROR -e 'property failed' -e SUMMARY -A3 "$TMP/$t.fuzz")" \
      "input (base64): $(base64 -w0 "$crash" 2>/dev/null | head -c 2000)" \
      "keep it: save it as $corpus/regress-NAME and fix what it shows"
  fi
done
