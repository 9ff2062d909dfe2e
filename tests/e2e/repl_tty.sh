# repl_tty.sh -- the REPL in a real terminal (tmux): readline prompt, Tab
# completion, :undo, Ctrl-C cancelling a line, Ctrl-D ending with a debrief,
# history kept across runs, colour only when NO_COLOR is unset.
. tests/e2e/lib.sh
command -v tmux >/dev/null || { notok "tmux is installed (make test installs it)"; exit 1; }

RUN=0
SOCK="rapport-test-$$-$RUN"
T() { tmux -L "$SOCK" "$@"; }
trap 'T kill-server 2>/dev/null; rm -rf "$TMP"' EXIT

screen() { T capture-pane -p -J -S -200 -t play 2>/dev/null; }
# wait_for TEXT: polls the screen for up to 10 s.
wait_for() {
  i=0
  while [ $i -lt 100 ]; do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}
check_screen() { # NAME TEXT
  if wait_for "$2"; then ok "$1"; else notok "$1" "screen lacks: $2" "$(screen | tail -15)"; fi
}
# check_prompt NAME LINE: polls for up to 10 s until the screen's last line
# that is not blank is LINE (trailing blanks aside): the prompt at the start
# of the line the cursor waits on, with what has been typed after it.  "> "
# alone would be found almost anywhere.
last_line() { screen | sed 's/ *$//' | grep -v '^$' | tail -1; }
check_prompt() {
  want=$(printf '%s' "$2" | sed 's/ *$//')
  i=0
  while [ $i -lt 100 ]; do
    [ "$(last_line)" = "$want" ] && { ok "$1"; return; }
    sleep 0.1
    i=$((i + 1))
  done
  notok "$1" "the last line is '$(last_line)', not '$want'" "$(screen | tail -15)"
}

start() { # ENV-ASSIGNMENTS... (each run gets its own tmux server)
  T kill-server 2>/dev/null
  RUN=$((RUN + 1))
  SOCK="rapport-test-$$-$RUN"
  T -f /dev/null new-session -d -s play -x 100 -y 50 \
    "env $* XDG_STATE_HOME='$TMP/state' '$RAPPORT_BIN' play tests/scenarios/tiny.lua --seed 3; echo EXIT=\$?; sleep 30"
}

start NO_COLOR=1
check_screen "the prospect speaks in the terminal" "Sam Lee: Hi. What's this about?"
check_prompt "the readline prompt waits at the start of the last line" "> "

T send-keys -t play "1" Enter
check_screen "a typed number makes the choice" "You: What's getting in your way this week?"
check_screen "the coach note follows in practice" "Coach: An open question."

# Tab completion of :commands (":und" + Tab completes to ":undo").
T send-keys -t play ":und" Tab
check_screen "Tab completes a :command" "> :undo"
T send-keys -t play Enter
check_screen ":undo takes the choice back" "Taken back."

# Tab with a partial number lists nothing foreign; a complete one is kept.
T send-keys -t play "1" Enter
check_screen "after undo the same choice can be made again" "So, the jams. What else?"

# Ctrl-C cancels the line being typed, and the session goes on.
T send-keys -t play "3"
sleep 0.3
T send-keys -t play C-c
sleep 0.3
T send-keys -t play "2" Enter
check_screen "Ctrl-C cancelled the typed line (2 was chosen, not 32)" "You: What do the morning jams cost you?"
check_screen "the session reaches its ending" "Sam orders two printers."
check_screen "the debrief follows the ending" "== Debrief: A tiny test call =="
check_screen "rapport exits 0" "EXIT=0"

# History was saved in the XDG state directory.
if grep -qx ':undo' "$TMP/state/rapport/history" 2>/dev/null; then ok "history is kept in \$XDG_STATE_HOME/rapport/history"; else notok "history is kept in \$XDG_STATE_HOME/rapport/history" "$(cat "$TMP/state/rapport/history" 2>&1)"; fi

# A second run: Up arrow recalls the last line; Ctrl-D ends with a debrief.
start -u NO_COLOR
check_screen "the second run starts" "Sam Lee: Hi."
T send-keys -t play Up
check_prompt "Up recalls history from the last run" "> 2"
T send-keys -t play C-u "1" Enter
check_screen "the edited line is used" "You: What's getting in your way"
if T capture-pane -p -e -t play | grep -q "$(printf '\033\\[')"; then ok "colour on a terminal without NO_COLOR"; else notok "colour on a terminal without NO_COLOR"; fi
T send-keys -t play C-d
check_screen "Ctrl-D ends the call with a debrief" "you ended the call after 1 decision"
check_screen "Ctrl-D exits 0" "EXIT=0"
