# runner.sh -- tests/run.sh counts what it is told: it is run on a made-up
# tree (e2e scripts and "unit tests" that print TAP and cmocka lines), and
# its last line and exit status are checked.  A check that says
# "ok - NAME # SKIP why" is skipped, not passed; so is a cmocka test that
# called skip(); nothing passed is a failure.
. tests/e2e/lib.sh
RUNNER="$RAPPORT_ROOT/tests/run.sh"

# tree NAME: an empty tree in $TMP/NAME with a build directory.
tree() {
  T="$TMP/$1"
  mkdir -p "$T/tests/e2e" "$T/build/tests"
  : >"$T/tests/e2e/lib.sh"
}
# e2e NAME LINE...: an end-to-end script printing these lines.
e2e() {
  n=$1
  shift
  printf "echo '%s'\n" "$@" >"$T/tests/e2e/$n.sh"
}
# unit NAME PASSED SKIPPED FAILED: a program printing cmocka's summary.
unit() {
  {
    echo '#!/bin/sh'
    echo "echo '[==========] $(($2 + $3 + $4)) test(s) run.'"
    echo "echo '[  PASSED  ] $2 test(s).'"
    [ "$3" -gt 0 ] && echo "echo '[  SKIPPED ] $3 test(s), listed below:'" &&
      echo "echo '[  SKIPPED ] some_test'"
    [ "$4" -gt 0 ] && echo "echo '[  FAILED  ] $4 test(s), listed below:'" &&
      echo "echo '[  FAILED  ] other_test'" && echo 'exit 1'
    echo 'exit 0'
  } >"$T/build/tests/test_$1"
  chmod +x "$T/build/tests/test_$1"
}
# summary: runs run.sh in the tree; its last line in $LAST, status in $RC.
summary() {
  LAST=$(cd "$T" && sh "$RUNNER" build 2>&1 | tail -1)
  RC=$(cd "$T" && sh "$RUNNER" build >/dev/null 2>&1; echo $?)
}

tree mixed
e2e a "ok - one" "ok - two" "ok - three # SKIP no tmpfs here" "ok - four # skip lower case"
e2e b "ok - five" "ok - fuzz targets # SKIP: clang cannot build them"
unit x 3 1 0
summary
expect_eq "skips are counted apart from passes, in the last line" "$LAST" "6 passed, 0 failed, 4 skipped"
expect_eq "skips alone do not fail a run" "$RC" "0"

tree skips
e2e a "ok - only # SKIP not here"
unit x 0 2 0
summary
expect_eq "a run of skips only passes nothing" "$LAST" "0 passed, 0 failed, 3 skipped"
[ "$RC" -ne 0 ] && ok "a run where nothing passed fails" || notok "a run where nothing passed fails" "exit $RC"

tree failing
e2e a "ok - one" "not ok - two" "ok - three # SKIP why"
unit x 2 0 1
summary
expect_eq "failures are counted" "$LAST" "3 passed, 2 failed, 1 skipped"
[ "$RC" -ne 0 ] && ok "a run with a failure fails" || notok "a run with a failure fails" "exit $RC"

tree crash
printf 'echo "ok - one"\nexit 3\n' >"$T/tests/e2e/a.sh"
summary
expect_eq "a script that exits non-zero without a 'not ok' counts as a failure" "$LAST" "1 passed, 1 failed, 0 skipped"
