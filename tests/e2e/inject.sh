# inject.sh -- terminal injection: a scenario, a record and a submission
# whose every text field (and a submission's file name) carries escapes
# (OSC 52, BEL, SGR, clear screen, DCS, the 8-bit CSI, DEL, CR, BS) go
# through every command that shows them, and none reaches the terminal raw:
# no ESC, BEL, C1 control or other control character but \n and \t (\r
# only before \n: CSV lines, and the terminal's own line ends), and valid
# UTF-8.  The visible text is still there, with each control character
# shown as '?' (docs/hardening.md, "Terminal injection").  On a terminal
# the front end's own colours still pass, and only they.
. tests/e2e/lib.sh
D=tests/scenarios/inject
S=$D/inject.lua
export RAPPORT_TRAINEE=mallory
GEN="$TMP/gen"
mkdir -p "$GEN"
# What the scenario's escapes look like once shown: each control is a '?'.
SEEN='?]52;c;aGk=??[31m?[5m?[2J?[H?[?1049h?P1$qm?\?2J???'

# bad FILE [crlf]: the first byte that may not reach a terminal, described;
# nothing when there is none.  With crlf a \r before \n is allowed.
bad() {
  python3 - "$@" <<'EOF'
import sys
data = open(sys.argv[1], 'rb').read()
crlf = len(sys.argv) > 2
try:
    text = data.decode('utf-8')
except UnicodeDecodeError as e:
    print('not UTF-8 at byte %d: %r' % (e.start, data[max(0, e.start - 20):e.start + 20]))
    sys.exit()
for i, ch in enumerate(text):
    c = ord(ch)
    if ch in '\n\t' or (crlf and ch == '\r' and text[i + 1:i + 2] == '\n'):
        continue
    if c < 0x20 or 0x7f <= c <= 0x9f:
        print('U+%04X at character %d: %r' % (c, i, text[max(0, i - 20):i + 20]))
        sys.exit()
EOF
}

# clean NAME [VISIBLE...]: after `run`, neither stdout nor stderr holds a
# control character, and together they show every VISIBLE text (looked for
# with line breaks and runs of spaces read as one space: text is wrapped).
# CRLF=1 allows \r before \n (a CSV).
clean() {
  name=$1
  shift
  why=""
  for f in out err; do
    b=$(bad "$TMP/$f" ${CRLF:+crlf})
    [ -n "$b" ] && why="$why
std$f: $b"
  done
  flat=$(cat "$TMP/out" "$TMP/err" | tr '\n' ' ' | tr -s ' ')
  for v in "$@"; do
    case "$flat" in *"$v"*) ;; *) why="$why
lacks: $v" ;; esac
  done
  if [ -z "$why" ]; then ok "$name"; else notok "$name" "$why" "stdout: $(echo "$OUT" | tail -4)" "stderr: $(echo "$ERR" | tail -4)"; fi
}

# ---- the one writer -------------------------------------------------------
# Structurally: no object of the front end but the writer's (cli_term.o)
# links a stdio output function, so everything it prints is cleaned
# (engine/cli/cli_term.h).  Checked on the objects the build made, with nm.
BUILD_DIR=$(dirname "$RAPPORT_BIN")
OUT_SYMS="printf fprintf vprintf vfprintf dprintf vdprintf puts fputs fputc putc
putchar fwrite perror psignal err errx warn warnx verr verrx vwarn vwarnx
fputs_unlocked fwrite_unlocked fputc_unlocked putc_unlocked putchar_unlocked
__printf_chk __fprintf_chk __vprintf_chk __vfprintf_chk __dprintf_chk
__overflow _IO_putc"
found=""
nobj=0
for o in "$BUILD_DIR"/engine/cli/*.o; do
  [ -f "$o" ] || continue
  nobj=$((nobj + 1))
  for s in $(nm -u "$o" | awk '{print $2}'); do
    for w in $OUT_SYMS; do
      [ "${s%%@*}" = "$w" ] && found="$found $(basename "$o"):$w"
    done
  done
done
writer=$(echo "$found" | tr ' ' '\n' | grep -c '^cli_term\.o:')
others=$(echo "$found" | tr ' ' '\n' | grep -v '^cli_term\.o:' | grep .)
if [ "$nobj" -lt 20 ] || [ "$writer" -eq 0 ]; then
  notok "only the writer prints" "$nobj objects under $BUILD_DIR/engine/cli; the writer's calls: $writer"
elif [ -n "$others" ]; then
  notok "only the writer prints: the front end's other objects call no stdio output function" $others
else
  ok "only the writer prints: the front end's other objects call no stdio output function"
fi

# ---- play: every field of a conversation and its debrief ------------------
run rp play $S --seed 1 --choices 1,1
expect_rc "the hostile scenario plays to its ending" 0
clean "play: title, prospect, brief, say, options, locked hint, reply, coach, say and text functions, ending, debrief" \
  "Injected call" "Priya wants to talk." "Head of ops" "Acme" "Priya here." \
  "What gets in your way?" "Buy now." "Locked line." "Locked hint." \
  "Priya replies." "Coach says ask." "Function say." "Function text?" \
  "Function reply." "Coach says cost." "Priya signs." "EUR 2,000" "$SEEN"
run rp play $S --seed 1 --choices 2
clean "play: a lost call's ending and the debrief's coach notes" "Priya hangs up." "Coach says pitch."
run rp play $S --seed 1 --choices 1,2
expect_rc "a scenario error ends the call" 1
clean "play: a scenario's error message, in the call and the debrief" "Scenario error."

# The REPL's commands, one answer a line, in author mode.
printf '1\n:notes\n:transcript\n:help\n:quit\n' >"$GEN/answers"
run sh -c '"$RAPPORT_BIN" play "$1" --author --seed 1 <"$2"' sh $S "$GEN/answers"
clean "the REPL: :notes, :transcript, :help and author mode" \
  "What you know about" "Priya's pain." "-- transcript --" "Function say."

# --json: the record on stdout is JSON whose strings escape every control.
run rp play $S --seed 1 --choices 1,1 --json
clean "play --json: the record and the conversation" "Priya here."
cp "$TMP/out" "$GEN/record.json"
expect_eq "the record keeps the text exactly (escaped for JSON)" \
  "$(json "$GEN/record.json" 'd["scenario"]["title"].endswith("\x9b2J\x7f\r\x08Injected call")')" "True"
run rp replay "$GEN/record.json"
expect_rc "the record replays" 0
clean "replay: the replayed debrief" "Injected call"
# A record is untrusted too: one whose text fields carry escapes.
python3 - "$GEN/record.json" "$GEN/tampered.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
x = '\x1b]52;c;aGk=\x07\x1b[2J\x9b2J\x7f'
d['scenario']['version'] = x + 'v9'
d['scenario']['id'] = x + 'inject'
json.dump(d, open(sys.argv[2], 'w'))
EOF
run rp replay "$GEN/tampered.json"
clean "replay: a tampered record's fields in the errors"

# ---- authoring: check, test, graph ----------------------------------------
run rp check $S
clean "check: diagnostics quoting a function's error, deal values, paths" "Scenario error." "EUR 2,000"
run rp check $S --random 20
clean "check --random" "random play"
run rp check $S --json
clean "check --json" '"level"'
printf 'local a = 1 "\033]52;c;aGk=\007\033[2J\302\233near"\n' >"$GEN/syntax.lua"
run rp check "$GEN/syntax.lua"
clean "check: a syntax error quoting raw escapes from the source" "near"
sed 's/difficulty = "beginner"/difficulty = x("expert")/' $S >"$GEN/difficulty.lua"
run rp check "$GEN/difficulty.lua"
clean "check: a compile error quoting a field's value" "expert' must be beginner"
run rp play "$GEN/difficulty.lua" --choices 1
clean "play: the same error" "expert' must be beginner"
run rp test $S
clean "test: the test names and a failure's reasons" "Test passes." "Test fails."
run rp graph $S
clean "graph: dot labels" "Injected call"
dot -Tsvg "$TMP/out" >/dev/null 2>&1 && ok "the graph's DOT is valid for Graphviz" || notok "the graph's DOT is valid for Graphviz" "$(dot -Tsvg "$TMP/out" 2>&1 | head -3)"
rp graph $S -o "$GEN/graph.dot" >/dev/null 2>&1
b=$(bad "$GEN/graph.dot")
[ -z "$b" ] && ok "graph -o FILE: the file's labels are escaped too" || notok "graph -o FILE: the file's labels are escaped too" "$b"
run rp graph $S --format svg
clean "graph --format svg" "Injected call"

# ---- the search path: list, and files that fail to load -------------------
mkdir -p "$GEN/path"
cp $S "$GEN/difficulty.lua" "$GEN/syntax.lua" "$GEN/path/"
export RAPPORT_PATH="$GEN/path"
run rp list
clean "list: module, title, and the files that fail to load" "Injected call" "expert' must be beginner" "near"
run rp list --json
clean "list --json" "Injected call"

# ---- history: progress from records (one of them written by hand) --------
run rp progress
clean "progress: the sessions per module" "testing"
run rp progress --json
clean "progress --json" "mallory"
SESS="$TMP/data/rapport/trainees/mallory/sessions"
python3 - "$GEN/tampered.json" "$SESS/20260101T000000Z-x-1-1-0.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d['scenario']['module'] = '\x1b[2J\x07\x9bmodule'
json.dump(d, open(sys.argv[2], 'w'))
EOF
run rp progress
clean "progress: a hand-made record in the history" "testing"
run rp report --html "$GEN/report.html"
clean "report: what it says on the terminal"

# ---- homework: assign, an attempt, grading (file names too) ---------------
run rp assign $S --pass 50 --due 2099-01-01 --attempts 3 -o "$GEN/assignment.json"
expect_rc "an assignment of the hostile scenario is written" 0
clean "assign"
run rp homework "$GEN/assignment.json" --scenario $S --choices 1,1 -o "$GEN/attempt.json"
expect_rc "an attempt is made" 0
clean "homework: the assignment's title and the attempt" "Homework:" "Injected call" "Priya here."
SUBS="$GEN/subs"
mkdir -p "$SUBS"
EVIL=$(printf 'mal\033]52;c;aGk=\007\033[2J\302\233lory')
cp "$GEN/attempt.json" "$SUBS/$EVIL.json"
python3 - "$GEN/attempt.json" "$SUBS/${EVIL}2.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d['scenario']['version'] = '\x1b]52;c;aGk=\x07\x1b[2J\x9b2J\x7f'
json.dump(d, open(sys.argv[2], 'w'))
EOF
truncate -s 5M "$SUBS/${EVIL}big.json"
mkfifo "$GEN/${EVIL}fifo.json"
run rp grade "$GEN/assignment.json" "$SUBS" "$GEN/${EVIL}fifo.json" --scenario $S
clean "grade: file names, reasons, a file too big and one not regular" \
  "lory.json" "larger than 4 MiB" "not a regular file"
run rp grade "$GEN/assignment.json" "$SUBS" --scenario $S --summary
clean "grade --summary" "Injected call"
run rp grade "$GEN/assignment.json" "$SUBS" --scenario $S --csv -
CRLF=1 clean "grade --csv -" "mallory"
case "$(od -An -c "$TMP/out" | tr -d ' \n')" in *'\r\n'*) ok "grade --csv -: CRLF line ends kept" ;; *) notok "grade --csv -: CRLF line ends kept" ;; esac
run rp grade "$GEN/assignment.json" "$SUBS" --scenario $S --json
clean "grade --json" "lory.json"
run rp grade "$GEN/assignment.json" "$SUBS" --scenario $S --xapi -
clean "grade --xapi -" "mallory"

# ---- a terminal: colour on; only the front end's own sequences pass ------
# script(1) gives rapport a pseudo-terminal and copies its bytes raw.  The
# front end's colours are removed from a copy; what is left must be clean
# (its line ends are the terminal's \r\n), and the scenario's escapes, its
# colours among them, must show as text.
# on_tty NAME VISIBLE COMMAND: runs the command line on a terminal.
on_tty() {
  name=$1 visible=$2
  TERM=xterm script -qec "$3" /dev/null </dev/null >"$GEN/tty.raw" 2>&1
  python3 - "$GEN/tty.raw" "$GEN/tty.rest" <<'EOF'
import sys
data = open(sys.argv[1], 'rb').read()
own = [b'\x1b[1m', b'\x1b[2m', b'\x1b[32m', b'\x1b[31m', b'\x1b[33m', b'\x1b[36m', b'\x1b[0m']
for s in own:
    data = data.replace(s, b'')
open(sys.argv[2], 'wb').write(data)
EOF
  if cmp -s "$GEN/tty.raw" "$GEN/tty.rest"; then
    notok "$name: on a terminal the front end's colours pass" "$(head -c 300 "$GEN/tty.raw" | cat -v)"
  else
    ok "$name: on a terminal the front end's colours pass"
  fi
  b=$(bad "$GEN/tty.rest" crlf)
  [ -z "$b" ] && ok "$name: and no other escape" || notok "$name: and no other escape" "$b"
  if grep -qF -- "$visible" "$GEN/tty.raw"; then ok "$name: the text shows"; else notok "$name: the text shows" "lacks: $visible" "$(head -c 600 "$GEN/tty.raw" | cat -v)"; fi
}
if command -v script >/dev/null; then
  unset NO_COLOR
  on_tty "play" "${SEEN}Priya wants to talk." "'$RAPPORT_BIN' play $S --seed 1 --choices 1,1"
  on_tty "grade" "lorybig.json: larger than 4 MiB" "'$RAPPORT_BIN' grade '$GEN/assignment.json' '$SUBS' --scenario $S"
  on_tty "check" "${SEEN}Scenario error." "'$RAPPORT_BIN' check $S"
  on_tty "test" "${SEEN}Test fails." "'$RAPPORT_BIN' test $S"
  export NO_COLOR=1
else
  notok "script(1) is installed (util-linux)"
fi
