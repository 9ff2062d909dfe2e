# valgrind.sh -- the unit tests and the main commands under valgrind: no
# memory errors, no leaks.  Runs for the normal build only (valgrind and
# AddressSanitizer do not mix).
. tests/e2e/lib.sh
case "$RAPPORT_BIN" in *build-asan*) exit 0 ;; esac
command -v valgrind >/dev/null || { notok "valgrind is installed (make test installs it)"; exit 1; }
bin_dir=$(dirname "$RAPPORT_BIN")
vg() { valgrind --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --error-exitcode=97 -q "$@"; }

# The hang tests fork children that are killed on purpose; skip them here.
export UNIT_SKIP='*should_not_hang*' UNIT_TIMEOUT_SCALE=10
for t in "$bin_dir"/tests/test_*; do
  vg "$t" >"$TMP/vg.out" 2>&1
  rc=$?
  if [ $rc -ne 97 ] && ! grep -q '^==[0-9]*== ' "$TMP/vg.out"; then ok "valgrind: $(basename "$t")"
  else notok "valgrind: $(basename "$t")" "$(grep '==' "$TMP/vg.out" | head -20)"; fi
done

check_vg() { # NAME COMMAND...
  name=$1; shift
  vg "$@" >"$TMP/vg.out" 2>"$TMP/vg.err"
  if [ $? -ne 97 ] && ! grep -q '^==[0-9]*== ' "$TMP/vg.err"; then ok "valgrind: $name"
  else notok "valgrind: $name" "$(grep '==' "$TMP/vg.err" | head -20)"; fi
}
check_vg "play --json" "$RAPPORT_BIN" play discovery-call --seed 3 --choices 1,2,1,3,2 --json
check_vg "piped play with commands" sh -c "printf '1\n:notes\n:undo\n2\n:transcript\n:restart\n1\n' | valgrind --leak-check=full --error-exitcode=97 -q '$RAPPORT_BIN' play tests/scenarios/tiny.lua --seed 1"
check_vg "check with random play" "$RAPPORT_BIN" check --random 30 tests/scenarios/tiny.lua tests/scenarios/check/structure.lua
check_vg "test" "$RAPPORT_BIN" test tests/scenarios/tiny.lua tests/scenarios/check/failing_tests.lua
check_vg "graph" "$RAPPORT_BIN" graph discovery-call
check_vg "list" "$RAPPORT_BIN" list
check_vg "a broken scenario" "$RAPPORT_BIN" play tests/scenarios/bad/next_typo.lua
check_vg "an aborting scenario" "$RAPPORT_BIN" play tests/scenarios/bad/runtime_say.lua --choices 1
rp play tests/scenarios/tiny.lua --seed 2 --choices 1,2 --json >"$TMP/r.json" 2>/dev/null
check_vg "replay" "$RAPPORT_BIN" replay "$TMP/r.json"

# Homework: assign, a graded attempt, grading on two threads with every output.
mkdir -p "$TMP/hw"
check_vg "assign" "$RAPPORT_BIN" assign discovery-call --pass 60 --due 2099-01-01T00:00Z --attempts 2 --time-limit 5 --id vg -o "$TMP/hw/a.json"
check_vg "homework" "$RAPPORT_BIN" homework "$TMP/hw/a.json" --trainee vg --choices earn_agenda,where_breaks,cost_of_it -o "$TMP/hw/s1.json"
rp homework "$TMP/hw/a.json" --trainee vg2 --choices pitch_features,double_down,keep_pushing -o "$TMP/hw/s2.json" >/dev/null 2>&1
sed 's/"overall":[^,]*/"overall": 99/' "$TMP/hw/s2.json" >"$TMP/hw/s3.json"
head -c 500 "$TMP/hw/s1.json" >"$TMP/hw/s4.json"
check_vg "grade (two threads, every output)" "$RAPPORT_BIN" grade "$TMP/hw/a.json" "$TMP/hw" --jobs 2 --csv "$TMP/g.csv" --xapi "$TMP/x.json" --json
check_vg "grade --summary" "$RAPPORT_BIN" grade "$TMP/hw/a.json" "$TMP/hw" --summary
