# repl_signals.sh -- the REPL's signals in a real terminal (tmux), and typed
# numbers too large for any integer.
#
# Writes are made to block by stopping the terminal's output with Ctrl-S
# (IXON): rapport's echo of a typed key then waits in write() until Ctrl-Q.
# A signal delivered meanwhile is one that arrives while rapport is busy,
# not waiting for a key, which is where a flag checked before a plain
# select() used to be lost.  Ctrl-S and Ctrl-Q are taken by the terminal
# driver and never reach rapport, so nothing after them is a key press.
. tests/e2e/lib.sh
command -v tmux >/dev/null || { notok "tmux is installed (make test installs it)"; exit 1; }

RUN=0
SOCK="rapport-sig-$$-$RUN"
T() { tmux -L "$SOCK" "$@"; }
trap 'T kill-server 2>/dev/null; rm -rf "$TMP"' EXIT

screen() { T capture-pane -p -J -S -200 -t play 2>/dev/null; }
# The last N non-empty lines of the screen.
tail_lines() { screen | sed 's/ *$//' | grep -v '^$' | tail -n "$1"; }
# wait_for TEXT [TENTHS]: polls the screen, by default for up to 10 s.
wait_for() {
  i=0
  while [ $i -lt "${2:-100}" ]; do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}
check_screen() { # NAME TEXT
  if wait_for "$2"; then ok "$1"; else notok "$1" "screen lacks: $2" "$(screen | tail -15)"; fi
}

# start ARGS...: `rapport play ARGS` in a new tmux server, its pid in
# $TMP/pid and its stderr in $TMP/err; "EXIT=rc" shows when it ends.  The
# pane's terminal gets IXON, for Ctrl-S to stop its output.
start() {
  T kill-server 2>/dev/null
  RUN=$((RUN + 1))
  SOCK="rapport-sig-$$-$RUN"
  rm -f "$TMP/pid" "$TMP/err"
  T -f /dev/null new-session -d -s play -x 100 -y 50 \
    "stty ixon; sh -c 'echo \$\$ >\"$TMP/pid\"; exec env NO_COLOR=1 XDG_STATE_HOME=\"$TMP/state\" XDG_DATA_HOME=\"$TMP/data\" \"$RAPPORT_BIN\" play $* 2>\"$TMP/err\"'; echo EXIT=\$?; sleep 30"
  i=0
  while [ ! -s "$TMP/pid" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
  PID=$(cat "$TMP/pid")
}

# frozen NAME TEXT: Ctrl-S, then types TEXT, whose echo must not show (the
# precondition of every check that follows it).
frozen() {
  T send-keys -t play C-s
  sleep 0.2
  T send-keys -t play -l "$2"
  sleep 0.4
  if screen | grep -qF -- "> $2"; then
    notok "$1: Ctrl-S stops the terminal's output" "$(screen | tail -5)"
    return 1
  fi
  return 0
}

no_write_error() { # NAME
  if grep -q "could not write" "$TMP/err" 2>/dev/null; then
    notok "$1" "stderr: $(cat "$TMP/err")"
  else
    ok "$1"
  fi
}

# ---- a resize while a write is blocked ------------------------------------
# SIGWINCH used to be installed without SA_RESTART: the blocked write failed
# with EINTR, stdio dropped the output and rapport ended with "could not
# write the output", exit 1.
start tests/scenarios/tiny.lua --seed 3
check_screen "resize: the prompt appears" "> "
if frozen "resize" ":transcript"; then
  T resize-window -t play -x 90 -y 40
  sleep 0.2
  kill -WINCH "$PID"
  sleep 0.2
  kill -WINCH "$PID"
  sleep 0.2
  T send-keys -t play C-q
  check_screen "resize: the typed line shows once the terminal goes on" "> :transcript"
  T send-keys -t play Enter
  check_screen "resize: the command then runs" "-- transcript --"
  T send-keys -t play ":quit" Enter
  check_screen "resize: the call ends with a debrief" "== Debrief: A tiny test call =="
  check_screen "resize: rapport exits 0" "EXIT=0"
  no_write_error "resize: no 'could not write the output'"
fi

# ---- Ctrl-C while busy, not yet waiting for a key -------------------------
# It used to be noted and then left until the next key press; now the line
# is cleared and a fresh prompt drawn as soon as rapport is free, with no
# key pressed.  Three times, in one call.
start tests/scenarios/tiny.lua --seed 3
check_screen "SIGINT: the prompt appears" "> "
hints=0
for k in 7 8 9; do
  frozen "SIGINT $k" "$k" || break
  kill -INT "$PID"
  sleep 0.2
  T send-keys -t play C-q
  want=$(printf '> %s\n>' "$k")
  i=0
  while [ $i -lt 10 ] && [ "$(tail_lines 2)" != "$want" ]; do sleep 0.1; i=$((i + 1)); done
  expect_eq "SIGINT $k: a fresh prompt within a second, no key pressed" "$(tail_lines 2)" "$want"
  T send-keys -t play Enter
  hints=$((hints + 1))
  i=0
  while [ $i -lt 50 ] && [ "$(screen | grep -c 'Type a number from 1 to 2 to answer')" -lt $hints ]; do sleep 0.1; i=$((i + 1)); done
  expect_eq "SIGINT $k: the cleared line is empty (the $k was dropped)" "$(screen | grep -c 'Type a number from 1 to 2 to answer')" $hints
done
T send-keys -t play "1" Enter
check_screen "SIGINT: the call goes on" "You: What's getting in your way this week?"
T send-keys -t play C-d
check_screen "SIGINT: rapport exits 0" "EXIT=0"
no_write_error "SIGINT: no 'could not write the output'"

# ---- SIGTERM right after the prompt appears --------------------------------
# Sent the moment the prompt shows, when rapport is about to wait: it must
# end the call within a second, saved, without a key.  Several times.
n_saved() { find "$TMP/data" -name '*.json' 2>/dev/null | wc -l | tr -d ' '; }
for k in 1 2 3 4 5; do
  before=$(n_saved)
  start tests/scenarios/tiny.lua --seed 3
  i=0
  while [ $i -lt 1000 ] && ! screen | grep -q '^> *$'; do i=$((i + 1)); done
  kill -TERM "$PID"
  if wait_for "EXIT=" 10; then
    expect_eq "SIGTERM $k: ends rapport within a second, as the signal asked" "$(screen | grep -o 'EXIT=[0-9]*')" "EXIT=143"
  else
    notok "SIGTERM $k: ends rapport within a second" "$(screen | tail -5)"
  fi
  expect_eq "SIGTERM $k: the call is saved" "$(n_saved)" "$((before + 1))"
done

# ---- typed numbers too large for any integer -------------------------------
# Refused with the usual messages; under UBSan (build-asan) with no runtime
# error.  :set used sscanf's %ld, whose overflow is undefined behaviour (and
# in glibc set the meter to its maximum).
BIG=99999999999999999999
start tests/scenarios/tiny.lua --seed 3 --author
check_screen "numbers: the prompt appears" "> "
T send-keys -t play "$BIG" Enter
check_screen "numbers: a huge choice number is refused with the range" "'$BIG' is not a choice here; type a number from 1 to 2"
T send-keys -t play ":set trust $BIG" Enter
check_screen "numbers: :set refuses a huge value" "usage: :set METER VALUE (a whole number from -1000000 to 1000000)"
T send-keys -t play ":set trust 1000001" Enter
T send-keys -t play ":set trust 55" Enter
check_screen "numbers: :set still sets a meter" "trust 55"
if screen | grep -q "| trust 100 |"; then notok "numbers: no :set reached the meter's maximum" "$(screen | grep trust)"; else ok "numbers: no :set reached the meter's maximum"; fi
T send-keys -t play ":quit" Enter
check_screen "numbers: rapport exits 0" "EXIT=0"
if grep -q "runtime error" "$TMP/err" 2>/dev/null; then notok "numbers: no undefined behaviour reported" "$(cat "$TMP/err")"; else ok "numbers: no undefined behaviour reported"; fi

run rp play tests/scenarios/tiny.lua --seed 3 --choices "$BIG"
expect_rc "--choices: a huge number is refused" 1
expect_err "--choices: ... with the number as typed and the range" "choice 1 ('$BIG'): there is no choice $BIG; type a number from 1 to 2"
run rp play tests/scenarios/tiny.lua --seed 3 --choices 1000
expect_err "--choices: a number past the old cut-off is named, not taken as 0" "there is no choice 1000; type a number from 1 to 2"
run sh -c "printf '%s\n' '$BIG' | RAPPORT_PATH=tests/scenarios '$RAPPORT_BIN'"
expect_rc "menu: a huge number is refused" 1
expect_err "menu: ... as not in the list" "'$BIG' is not in the list"
