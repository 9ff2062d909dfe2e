# faults.sh -- faults in the world: a full disk, a read-only data directory,
# a history file another process is writing, a terminal that closes in the
# middle of a session (SIGHUP), SIGTERM while sessions save, output that
# cannot be written.  Each must give a clear message, leave no damaged or
# half-written file in the history, and keep the session's record whenever
# it can.
. tests/e2e/lib.sh
S=tests/scenarios/tiny.lua

# Whether every record under DIR parses as a whole session record, and no
# temporary file (NAME.json.tmp.PID) was left behind.
history_whole() { # DIR
  bad=0
  for f in "$1"/trainees/*/sessions/*; do
    [ -e "$f" ] || continue
    case $f in
    *.json) python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["format"]=="rapport.session" and d["status"] in ("completed","quit","aborted")' "$f" 2>/dev/null || bad=$((bad + 1)) ;;
    *) bad=$((bad + 1)) ;;
    esac
  done
  [ $bad -eq 0 ]
}
count_records() { ls "$1"/trainees/*/sessions/*.json 2>/dev/null | wc -l; }

# ---- a full disk -------------------------------------------------------------
# A 64 KiB tmpfs when mount works (root in a machine or container that
# allows it), else a file size limit (ulimit -f, which rapport turns from a
# signal into EFBIG).
MNT="$TMP/small"
mkdir -p "$MNT"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=64k tmpfs "$MNT" 2>/dev/null; then
  trap 'umount "$MNT" 2>/dev/null; rm -rf "$TMP"' EXIT
  rp play $S --seed 1 --choices ask,cost --data-dir "$MNT" --trainee ann >/dev/null 2>&1
  before=$(cat "$MNT"/trainees/ann/sessions/*.json | sha256sum)
  # Fill what is left (a tmpfs counts whole pages).
  dd if=/dev/zero of="$MNT/filler" bs=4096 2>/dev/null
  run rp play $S --seed 2 --choices ask,cost --data-dir "$MNT" --trainee ann
  expect_rc "full disk: play exits 1" 1
  expect_err "full disk: the message says the session was not saved, and why" \
    "the session could not be saved to ann's history"
  expect_err "full disk: ... because the disk is full" "No space left on device"
  expect_out "full disk: the debrief is still shown" "Sam orders two printers."
  expect_eq "full disk: the earlier record is untouched" \
    "$(cat "$MNT"/trainees/ann/sessions/*.json | sha256sum)" "$before"
  history_whole "$MNT" && ok "full disk: no half-written or temporary file is left" ||
    notok "full disk: no half-written or temporary file is left" "$(ls -la "$MNT"/trainees/ann/sessions)"
  rm -f "$MNT/filler"
  run rp play $S --seed 3 --choices ask,cost --data-dir "$MNT" --trainee ann
  expect_rc "full disk: once there is room again, sessions save" 0
  umount "$MNT"
  trap 'rm -rf "$TMP"' EXIT
else
  ok "full disk: no tmpfs here (not root, or mount refused) # SKIP: the ulimit -f test below stands in"
fi

D="$TMP/fsize"
rp play $S --seed 1 --choices ask,cost --data-dir "$D" --trainee bo >/dev/null 2>&1
before=$(cat "$D"/trainees/bo/sessions/*.json | sha256sum)
# 1 block of 512 bytes: a record (about 4 KB) cannot be written.
(ulimit -f 1 && exec "$RAPPORT_BIN" play $S --seed 2 --choices ask,cost --data-dir "$D" --trainee bo) \
  >"$TMP/out" 2>"$TMP/err"
RC=$?
ERR=$(cat "$TMP/err")
expect_rc "file size limit: play exits 1 (not killed by SIGXFSZ)" 1
expect_err "file size limit: the message names the history and the reason" "File too large (nothing was changed)"
expect_eq "file size limit: the earlier record is untouched" \
  "$(cat "$D"/trainees/bo/sessions/*.json | sha256sum)" "$before"
history_whole "$D" && ok "file size limit: no half-written or temporary file is left" ||
  notok "file size limit: no half-written or temporary file is left" "$(ls -la "$D"/trainees/bo/sessions)"

# Output that cannot be written is an error, not silence.
if [ -w /dev/full ]; then
  run sh -c "'$RAPPORT_BIN' list >/dev/full"
  expect_rc "output to a full device: exit 1" 1
  expect_err "output to a full device: said once" "rapport: could not write the output: No space left on device"
  run sh -c "'$RAPPORT_BIN' play $S --seed 4 --choices ask,cost --json --data-dir '$TMP/full' --trainee cy >/dev/full"
  expect_rc "play with its output on a full device: exit 1" 1
  expect_eq "... and the record is still saved" "$(count_records "$TMP/full")" "1"
fi

# A closed output pipe does not lose the record either: the reader has
# gone before rapport writes its first line (SIGPIPE, unless ignored).
mkfifo "$TMP/out.fifo"
(exec <"$TMP/out.fifo") &
"$RAPPORT_BIN" play $S --seed 5 --choices ask,cost --data-dir "$TMP/pipe" --trainee di >"$TMP/out.fifo" 2>/dev/null
wait
expect_eq "output to a pipe whose reader is gone: the record is saved" "$(count_records "$TMP/pipe")" "1"
history_whole "$TMP/pipe" && ok "output to a pipe whose reader is gone: the record is whole" ||
  notok "output to a pipe whose reader is gone: the record is whole"

# ---- a read-only data directory -------------------------------------------
RO="$TMP/ro"
rp play $S --seed 1 --choices ask,cost --data-dir "$RO" --trainee ed >/dev/null 2>&1
ro=""
if [ "$(id -u)" = 0 ]; then
  # root ignores permissions: a read-only mount of the directory instead
  if mount --bind "$RO" "$RO" 2>/dev/null && mount -o remount,bind,ro "$RO" 2>/dev/null; then
    ro=mount
    trap 'umount "$RO" 2>/dev/null; rm -rf "$TMP"' EXIT
  fi
else
  chmod -R a-w "$RO" && ro=chmod
fi
if [ -n "$ro" ]; then
  run rp play $S --seed 2 --choices ask,cost --data-dir "$RO" --trainee ed
  expect_rc "read-only data directory: play exits 1" 1
  case "$ERR" in
  *"the session could not be saved to ed's history"*"Read-only file system"* | \
    *"the session could not be saved to ed's history"*"Permission denied"*)
    ok "read-only data directory: the message says why the session was not saved" ;;
  *) notok "read-only data directory: the message says why the session was not saved" "stderr: $ERR" ;;
  esac
  expect_out "read-only data directory: the debrief is still shown" "Sam orders two printers."
  run rp play $S --seed 2 --choices ask,cost --data-dir "$RO" --trainee newcomer
  expect_rc "read-only data directory, new trainee: play exits 1" 1
  expect_err "read-only data directory, new trainee: names the directory it could not make" "$RO/trainees/newcomer"
  run rp progress --data-dir "$RO" --trainee ed
  expect_rc "read-only data directory: progress still reads the history" 0
  expect_out "read-only data directory: ... all of it" "Progress of ed: 1 session"
  [ "$ro" = mount ] && umount "$RO" 2>/dev/null
  [ "$ro" = chmod ] && chmod -R u+w "$RO"
  trap 'rm -rf "$TMP"' EXIT
else
  ok "read-only data directory # SKIP: running as root where mount is refused"
fi

# ---- a history file another process is writing ------------------------------
H="$TMP/busy"
rp play $S --seed 1 --choices ask,cost --data-dir "$H" --trainee flo >/dev/null 2>&1
SD="$H/trainees/flo/sessions"
good=$(ls "$SD"/*.json)
good_sum=$(sha256sum <"$good")
# A writer that has put out half a record under its final name and goes on
# slowly (what a program that does not write atomically looks like), and a
# rapport save in flight (its temporary file).
(printf '{"format": "rapport.session", "format_version": 1, "scenario": {"id": "ti' >"$SD/20990101T000000Z-slow.json"
  sleep 3
  printf 'ny"}\n' >>"$SD/20990101T000000Z-slow.json") &
writer=$!
printf '{"format": "rapport.ses' >"$SD/20990101T000001Z-inflight.json.tmp.4242"
sleep 0.3
run rp progress --data-dir "$H" --trainee flo
expect_rc "a record being written: progress exits 1 (the history has a damaged file)" 1
expect_err "... naming the file being written" "20990101T000000Z-slow.json:1: not valid JSON"
expect_out "... and still counting the whole records" "Progress of flo: 1 session"
case "$ERR" in *inflight*) notok "a save in flight (temporary file) is not reported" "$ERR" ;;
*) ok "a save in flight (temporary file) is not reported" ;; esac
run rp play $S --seed 2 --choices ask,cost --data-dir "$H" --trainee flo
expect_rc "a record being written: another session still saves" 0
wait $writer
expect_eq "the other process's file is left as it wrote it" \
  "$(cat "$SD/20990101T000000Z-slow.json")" \
  '{"format": "rapport.session", "format_version": 1, "scenario": {"id": "tiny"}'
expect_eq "... and the records are untouched" "$(ls "$SD"/*.json | grep -c -v 20990101)" "2"
expect_eq "... the first one byte for byte" "$(sha256sum <"$good")" "$good_sum"

# A history of nothing but damaged files (regression: qsort on no records
# was undefined behaviour, fatal under the sanitizers).
mkdir -p "$TMP/dmg/trainees/gus/sessions"
echo 'not json' >"$TMP/dmg/trainees/gus/sessions/a.json"
run rp progress --data-dir "$TMP/dmg" --trainee gus
expect_rc "a history of only damaged files: progress exits 1" 1
expect_err "... naming the file" "a.json:1: not valid JSON"

# ---- the terminal closes mid-session (SIGHUP), SIGTERM mid-session ----------
if command -v tmux >/dev/null; then
  SOCK="rapport-faults-$$"
  T() { tmux -L "$SOCK" "$@"; }
  trap 'T kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
  screen() { T capture-pane -p -J -S -100 -t play 2>/dev/null; }
  wait_for() { # TEXT: up to 10 s
    i=0
    while [ $i -lt 100 ]; do
      screen | grep -qF -- "$1" && return 0
      sleep 0.1
      i=$((i + 1))
    done
    return 1
  }
  # start TRAINEE: rapport in a terminal; its pid in $TMP/pid.TRAINEE
  start() {
    T kill-server 2>/dev/null
    T -f /dev/null new-session -d -s play -x 100 -y 50 \
      "echo \$\$ >'$TMP/pid.$1'; exec env NO_COLOR=1 XDG_STATE_HOME='$TMP/state' \
       '$RAPPORT_BIN' play $S --seed 3 --data-dir '$TMP/tty' --trainee $1"
    # the prompt: the last line that is not blank is "> " (or ">")
    i=0
    until [ "$(screen | sed 's/ *$//' | grep -v '^$' | tail -1)" = ">" ]; do
      [ $i -ge 100 ] && { notok "rapport starts in tmux" "$(screen | tail -5)"; break; }
      sleep 0.1
      i=$((i + 1))
    done
    T send-keys -t play "1" Enter
    wait_for "You: What's getting in your way this week?" ||
      notok "the first choice is made" "$(screen | tail -5)"
  }
  gone() { # PID: waits up to 10 s for it to exit
    i=0
    while kill -0 "$1" 2>/dev/null && [ $i -lt 100 ]; do
      sleep 0.1
      i=$((i + 1))
    done
    ! kill -0 "$1" 2>/dev/null
  }
  record_of() { ls "$TMP"/tty/trainees/"$1"/sessions/*.json 2>/dev/null | head -1; }

  start hup
  pid=$(cat "$TMP/pid.hup")
  T kill-server # the terminal goes away: SIGHUP to rapport
  gone "$pid" && ok "SIGHUP: rapport exits when its terminal closes" ||
    { notok "SIGHUP: rapport exits when its terminal closes"; kill -9 "$pid"; }
  f=$(record_of hup)
  if [ -n "$f" ]; then
    expect_eq "SIGHUP: the session so far is saved as quit, with its one decision" \
      "$(json "$f" 'd["status"], len(d["decisions"]), d["decisions"][0]["choice"]')" "('quit', 1, 'ask')"
    run rp replay "$f"
    expect_rc "SIGHUP: the saved record replays" 0
  else
    notok "SIGHUP: the session so far is saved" "no record in $TMP/tty/trainees/hup"
  fi

  start term
  pid=$(cat "$TMP/pid.term")
  kill -TERM "$pid"
  gone "$pid" && ok "SIGTERM: rapport exits" || { notok "SIGTERM: rapport exits"; kill -9 "$pid"; }
  f=$(record_of term)
  [ -n "$f" ] && expect_eq "SIGTERM: the session so far is saved as quit" \
    "$(json "$f" 'd["status"], len(d["decisions"])')" "('quit', 1)" ||
    notok "SIGTERM: the session so far is saved" "no record"
  T kill-server 2>/dev/null
  trap 'rm -rf "$TMP"' EXIT
else
  notok "tmux is installed (make test installs it)"
fi

# SIGTERM to a session reading its answers from a pipe.
mkfifo "$TMP/answers"
"$RAPPORT_BIN" play $S --seed 3 --data-dir "$TMP/fifo" --trainee hal <"$TMP/answers" >"$TMP/fifo.out" 2>&1 &
pid=$!
exec 7>"$TMP/answers"
echo 1 >&7
i=0
while ! grep -q "You: What's getting" "$TMP/fifo.out" && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
kill -TERM $pid
wait $pid 2>/dev/null
rc=$?
exec 7>&-
expect_eq "SIGTERM while waiting for a piped answer: rapport ends by the signal" "$rc" "143"
f=$(ls "$TMP"/fifo/trainees/hal/sessions/*.json 2>/dev/null | head -1)
[ -n "$f" ] && expect_eq "... and saves the session so far as quit" \
  "$(json "$f" 'd["status"], len(d["decisions"])')" "('quit', 1)" ||
  notok "... and saves the session so far" "no record"

# ---- SIGTERM at random moments while sessions play and save -----------------
# Spread over 0 to 1.2 times one run's measured duration, like the kill -9
# test in history.sh: whenever it lands, every record is whole, no temporary
# file is left, and a run stopped once its session had started still saves.
t0=$(date +%s%N)
"$RAPPORT_BIN" play $S --seed 999 --choices ask,cost --data-dir "$TMP/probe" --trainee probe >/dev/null 2>&1
t1=$(date +%s%N)
span=$(((t1 - t0) / 1000000 * 12 / 10 + 1))
# timeout sends the signal: it waits on rapport itself, so a pid that
# exited and was reused can never be signalled by mistake.
i=0
stopped=0
while [ $i -lt 60 ]; do
  ms=$(((i * 7919) % span + 1))
  timeout --preserve-status -s TERM "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))" \
    "$RAPPORT_BIN" play $S --seed $i --choices ask,cost --data-dir "$TMP/term" --trainee ivy >/dev/null 2>&1
  [ $? -eq 143 ] && stopped=$((stopped + 1))
  i=$((i + 1))
done
history_whole "$TMP/term" && ok "after 60 SIGTERMs: every record is whole and no temporary file is left" ||
  notok "after 60 SIGTERMs: every record is whole and no temporary file is left" "$(ls "$TMP"/term/trainees/ivy/sessions | grep -v '\.json$' | head)"
# Both must have happened, or the signals tested nothing.
n=$(count_records "$TMP/term")
if [ "$stopped" -gt 0 ] && [ "$n" -gt 0 ]; then
  ok "the SIGTERMs landed while runs were alive ($stopped of 60 stopped by it; $n records)"
else
  notok "the SIGTERMs landed while runs were alive" "$stopped stopped, $n records"
fi
