# hostile.sh -- scenarios written to escape or exhaust the sandbox: every
# tests/hostile/*.lua, plus files made here (100,000 nodes, binary junk,
# bytecode, an empty file, a file over the size limit, deep nesting).
#
# Each goes through both `rapport check FILE` and `rapport play FILE
# --choices ...` under a wall-clock guard, and must end with exit 1 (not a
# signal, not the guard's 124), a message naming the file and the reason
# (the file's "-- expect:" line), and nothing written but the aborted
# session record that play keeps.  On the normal build each run is also
# held to a virtual-memory limit (`ulimit -v`; AddressSanitizer reserves
# terabytes of address space, so not there).
. tests/e2e/lib.sh

GUARD=${HOSTILE_TIMEOUT:-60}
case "$RAPPORT_BIN" in
*asan*) VMEM=unlimited ;;
*) VMEM=786432 ;; # KiB: the 256 MiB sandbox cap plus the engine's own use
esac

WORK="$TMP/work" # the working directory of every run: must stay empty
GEN="$TMP/gen"   # files made by this script
mkdir -p "$WORK" "$GEN" "$TMP/home"
export HOME="$TMP/home" RAPPORT_TRAINEE=hostile
SESSIONS="$TMP/data/rapport/trainees/hostile/sessions"

# Every file and directory that could be written, with size and time.
snapshot() {
  find "$WORK" "$TMP/data" "$TMP/state" "$TMP/home" "$RAPPORT_ROOT/tests/hostile" \
    -printf '%p %y %s %T@\n' 2>/dev/null | sort
}

# run_guarded: runs rapport with the guard and the memory limit, in $WORK.
run_guarded() {
  (cd "$WORK" && ulimit -v "$VMEM" && exec timeout "$GUARD" "$RAPPORT_BIN" "$@") \
    >"$TMP/out" 2>"$TMP/err"
  RC=$?
  OUT=$(head -c 20000 "$TMP/out")
  ERR=$(head -c 20000 "$TMP/err")
}

# attempt NAME FILE WANT CMD: one command on one hostile file.
attempt() {
  name=$1 file=$2 want=$3 cmd=$4
  before=$(snapshot)
  t0=$(date +%s%N)
  if [ "$cmd" = check ]; then
    run_guarded check "$file"
    said="$OUT
$ERR" # check reports a scenario's problems on stdout, load errors on stderr
  else
    run_guarded play "$file" --seed 1 --choices "$choices"
    said=$ERR
  fi
  ms=$((($(date +%s%N) - t0) / 1000000))
  what="$name: $cmd ends with exit 1 naming the file and the reason"
  case $RC in
  1) ;;
  124) notok "$what" "no answer within $GUARD s (killed by the guard)"; return ;;
  *) notok "$what" "exit $RC$([ $RC -gt 128 ] && echo " (signal $((RC - 128)))")" \
    "stderr: $(echo "$ERR" | tail -5)"; return ;;
  esac
  # WANT may list several answers, one a line (a slower build may meet the
  # time limit before the instruction budget): any one will do.
  found=""
  while IFS= read -r w; do
    case $said in *"$w"*) found=$w ;; esac
  done <<EOF
$want
EOF
  if [ -z "$found" ]; then
    notok "$what" "output lacks: $want" "stderr: $(echo "$ERR" | head -5)" \
      "stdout: $(echo "$OUT" | head -3)"
    return
  fi
  case $said in
  *"$file"*) ok "$what (${ms} ms)" ;;
  *) notok "$what" "the message does not name $file" "stderr: $ERR" ;;
  esac
  # Nothing written, except by play: the aborted session's record (and
  # the directories that hold it).
  changed=$(snapshot | grep -vxF -e "$before" | cut -d' ' -f1)
  bad=""
  for p in $changed; do
    case $p in
    "$SESSIONS"/*.json)
      st=$(json "$p" 'd["status"]' 2>/dev/null)
      [ "$cmd" = play ] && [ "$st" = aborted ] || bad="$bad $p (status $st)" ;;
    "$TMP/data" | "$TMP/data/rapport" | "$TMP/data/rapport/trainees" | \
      "$TMP/data/rapport/trainees/hostile" | "$SESSIONS")
      [ "$cmd" = play ] || bad="$bad $p" ;;
    *) bad="$bad $p" ;;
    esac
  done
  if [ -z "$bad" ]; then
    ok "$name: $cmd writes nothing$([ "$cmd" = play ] && echo " but an aborted session record")"
  else
    notok "$name: $cmd writes nothing more" "written:$bad"
  fi
  rm -f "$SESSIONS"/*.json
}

# hostile FILE [WANT]: both commands; WANT defaults to the file's
# "-- expect:" lines.  play answers 1 three times, or as many times as a
# "-- turns: N" line says.
hostile() {
  file=$1
  want=${2:-$(sed -n 's/^-- expect: //p' "$file")}
  turns=$(sed -n 's/^-- turns: //p' "$file" | head -1)
  choices=$(yes 1 | head -n "${turns:-3}" | paste -sd, -)
  [ -n "$want" ] || { notok "$(basename "$file") declares -- expect:"; return; }
  attempt "$(basename "$file")" "$file" "$want" check
  attempt "$(basename "$file")" "$file" "$want" play
}

for f in "$RAPPORT_ROOT"/tests/hostile/${HOSTILE_ONLY:-*}.lua; do
  hostile "$f"
done
[ -z "${HOSTILE_ONLY:-}" ] || exit 0

# ---- files made here --------------------------------------------------------

# A valid chain of N nodes: n1 -> n2 -> ... -> nN -> done.  BROKEN makes
# the last node's choice point at a node that does not exist.
chain() { # N BROKEN
  awk -v n="$1" -v broken="$2" 'BEGIN {
    print "return scenario {"
    print "  id = \"big\", title = \"t\", module = \"m\", difficulty = \"beginner\","
    print "  version = \"1\", brief = \"b\","
    print "  prospect = { name = \"A\", role = \"B\", company = \"C\" },"
    print "  start = \"n1\","
    print "  nodes = {"
    for (i = 1; i <= n; i++) {
      nx = i < n ? "n" (i + 1) : (broken ? "nowhere" : "done")
      printf "    n%d = { say = \"Node %d.\", choices = { { id = \"go\", text = \"On.\", next = \"%s\", skills = { listening = 1 }, coach = \"c\" } } },\n", i, i, nx
    }
    print "  },"
    print "  endings = { done = { say = \"bye\", outcome = { result = \"won\" } } },"
    print "}"
  }'
}
chain 100000 1 >"$GEN/nodes_100k_broken.lua"
hostile "$GEN/nodes_100k_broken.lua" \
  "nodes_100k_broken.lua:100006: choice 'go' in node 'n100000': next node 'nowhere' does not exist"

# The same 100,000 nodes, valid: check explores them all and play starts,
# within the guard and the memory limit.
chain 100000 0 >"$GEN/nodes_100k.lua"
t0=$(date +%s%N)
run_guarded check "$GEN/nodes_100k.lua"
ms=$((($(date +%s%N) - t0) / 1000000))
expect_rc "a valid 100,000-node scenario passes check (${ms} ms)" 0
if grep -q "reached 100000/100000 nodes, 1/1 endings" "$TMP/out"; then
  ok "check explored all 100,000 nodes"
else notok "check explored all 100,000 nodes" "$(grep -m1 reached "$TMP/out")"; fi
run_guarded play "$GEN/nodes_100k.lua" --seed 1 --choices 1,1,1
expect_rc "a valid 100,000-node scenario plays" 0
expect_out "play reaches node 4 of 100,000" "Node 4."
rm -f "$SESSIONS"/*.json

# Binary junk: deterministic pseudo-random bytes (a linear congruential
# generator in awk), not starting with ESC (that is the bytecode case).
LC_ALL=C awk 'BEGIN { x = 7; for (i = 0; i < 65536; i++) {
  x = (x * 69069 + 1) % 4294967296; b = int(x / 16777216)
  if (i == 0 && b == 27) b = 28
  printf "%c", b } }' >"$GEN/binary_junk.lua"
hostile "$GEN/binary_junk.lua" "binary_junk.lua:1: unexpected symbol"

# Bytecode of a valid scenario (luac when installed, else its header).
if command -v luac5.4 >/dev/null; then
  cp "$RAPPORT_ROOT/tests/scenarios/tiny.lua" "$GEN/tiny_src.lua"
  luac5.4 -o "$GEN/bytecode.lua" "$GEN/tiny_src.lua"
else
  printf '\033LuaT\000\031\223\r\n\032\n' >"$GEN/bytecode.lua"
fi
hostile "$GEN/bytecode.lua" \
  "bytecode.lua: is a compiled Lua chunk; scenarios must be Lua source text"

: >"$GEN/empty.lua"
hostile "$GEN/empty.lua" \
  "empty.lua: the file must end with 'return scenario { ... }' (it returned nothing)"

# NUL bytes inside the text.
printf 'return scenario {\000}\n' >"$GEN/nul_bytes.lua"
hostile "$GEN/nul_bytes.lua" "nul_bytes.lua:1: unexpected symbol"

# Over the 64 MiB size limit: refused before it is read whole.
yes -- | head -c 67108865 >"$GEN/too_big.lua"
hostile "$GEN/too_big.lua" "too_big.lua: larger than the limit of 67108864 bytes"

# 100,000 nested parentheses: the parser's own nesting limit.
awk 'BEGIN { printf "return "; for (i = 0; i < 100000; i++) printf "(";
  printf "1"; for (i = 0; i < 100000; i++) printf ")"; print "" }' >"$GEN/deep_nesting.lua"
hostile "$GEN/deep_nesting.lua" "deep_nesting.lua: C stack overflow"

# A string constant of 2 MiB: over the string limit before any code runs.
awk 'BEGIN { printf "local s = \""; for (i = 0; i < 2097152 / 64; i++)
  printf "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
  print "\"" }' >"$GEN/long_literal.lua"
hostile "$GEN/long_literal.lua" \
  "long_literal.lua: a string constant longer than the limit of 1048576 bytes"

# A directory, and a file that cannot be read.
mkdir -p "$GEN/dir.lua"
hostile "$GEN/dir.lua" "dir.lua: no such scenario file"
if [ "$(id -u)" != 0 ]; then
  echo 'return 1' >"$GEN/unreadable.lua"
  chmod 000 "$GEN/unreadable.lua"
  hostile "$GEN/unreadable.lua" "unreadable.lua: Permission denied"
fi

# Nothing anywhere in the working directory after all of it.
left=$(find "$WORK" -mindepth 1 | head -5)
expect_eq "the working directory is still empty" "$left" ""
