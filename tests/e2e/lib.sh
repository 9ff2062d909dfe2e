# lib.sh -- helpers for end-to-end tests (sourced, not run).
#
# Each check prints "ok - NAME" or "not ok - NAME" plus what differed.
# RAPPORT_BIN is the binary under test (set by tests/run.sh).
set -u
: "${RAPPORT_BIN:=$PWD/build/rapport}"
: "${RAPPORT_ROOT:=$PWD}"
cd "$RAPPORT_ROOT" || exit 1
rp() { "$RAPPORT_BIN" "$@"; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# Keep the tester's own history and data out of it.
export XDG_STATE_HOME="$TMP/state" XDG_DATA_HOME="$TMP/data"
export NO_COLOR=1
unset RAPPORT_PATH RAPPORT_TRAINEE

ok() { echo "ok - $1"; }
notok() { echo "not ok - $1"; shift; for l in "$@"; do echo "    $l"; done; }

# check NAME EXPECTED_RC COMMAND...: runs it, output in $OUT, $ERR, $RC
run() {
  "$@" >"$TMP/out" 2>"$TMP/err"
  RC=$?
  OUT=$(cat "$TMP/out")
  ERR=$(cat "$TMP/err")
}

expect_rc() { # NAME RC
  if [ "$RC" -eq "$2" ]; then ok "$1"; else notok "$1" "exit $RC, wanted $2" "stderr: $ERR" "stdout: $(echo "$OUT" | tail -5)"; fi
}

expect_out() { # NAME SUBSTRING  (in stdout)
  case "$OUT" in *"$2"*) ok "$1" ;; *) notok "$1" "stdout lacks: $2" "stdout: $(echo "$OUT" | tail -8)" "stderr: $ERR" ;; esac
}

expect_err() { # NAME SUBSTRING  (in stderr)
  case "$ERR" in *"$2"*) ok "$1" ;; *) notok "$1" "stderr lacks: $2" "stderr: $ERR" ;; esac
}

expect_eq() { # NAME GOT WANTED
  if [ "$2" = "$3" ]; then ok "$1"; else notok "$1" "got:    $2" "wanted: $3"; fi
}

# json FILE EXPR: a value from a JSON file, via python3 when present, else lua
json() {
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {"d": d}))' "$1" "$2"
}
