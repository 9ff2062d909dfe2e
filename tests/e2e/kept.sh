# kept.sh -- a result the trainee saw is a result in their history.
#
# 1. The record is saved before the debrief (or --json's record) is shown:
#    a rapport killed while showing it has saved it already.  The kill is
#    made to land exactly there: standard output is a pipe filled to the
#    brim, so rapport blocks in its first write of the result; the record
#    must be in the history by then, and still be there after kill -9.
# 2. A complete temporary record left by a writer that no longer runs (a
#    kill between writing and publishing) is published the next time the
#    history is read; a live writer's file, and a torn one, never are.
. tests/e2e/lib.sh
S=tests/scenarios/tiny.lua
D="$TMP/data/rapport/trainees"

# blocked.py RAPPORT SESSIONS REFERENCE INPUT ARGS... -- (1): runs rapport
# ARGS with INPUT on standard input; when it has printed all it prints
# before the result (known from REFERENCE, the output of the same run),
# the pipe is filled and standard input closed.  Prints
# "saved-while-showing" when the record appeared while rapport was still
# blocked showing the result, else what happened.
cat >"$TMP/blocked.py" <<'EOF'
import fcntl, glob, os, select, subprocess, sys, time
rapport, sessions, pre, stdin_text = sys.argv[1:5]
args = sys.argv[5:]
pre = open(pre, "rb").read()
# What rapport prints before the result: up to the debrief ("\n== Debrief"
# and on, its first line blank), or nothing with --json (the transcript
# goes to standard error then, the record alone to standard output).
pre = pre[:pre.index(b"\n== Debrief")] if b"\n== Debrief" in pre else b""
r, w = os.pipe()
p = subprocess.Popen([rapport] + args, stdin=subprocess.PIPE, stdout=w,
                     stderr=subprocess.DEVNULL)
p.stdin.write(stdin_text.encode())
p.stdin.flush()
got = b""
deadline = time.time() + 30
while len(got) < len(pre) and time.time() < deadline:
    if select.select([r], [], [], 0.1)[0]:
        got += os.read(r, len(pre) - len(got))
if got != pre:
    p.kill()
    print("the output before the result differs:", got[-200:], pre[-200:])
    sys.exit(0)
# Fill the pipe (shared with rapport's standard output) to the last byte.
fl = fcntl.fcntl(w, fcntl.F_GETFL)
fcntl.fcntl(w, fcntl.F_SETFL, fl | os.O_NONBLOCK)
for chunk in (65536, 4096, 1):
    try:
        while True:
            os.write(w, b"x" * chunk)
    except BlockingIOError:
        pass
fcntl.fcntl(w, fcntl.F_SETFL, fl)
p.stdin.close()  # end of input: the session ends and rapport shows it
saved = False
deadline = time.time() + 10
while time.time() < deadline and p.poll() is None:
    if glob.glob(sessions + "/*.json"):
        saved = True
        break
    time.sleep(0.02)
time.sleep(0.2)
alive = p.poll() is None
p.kill()
p.wait()
if saved and alive:
    print("saved-while-showing")
else:
    print("saved" if saved else "not-saved", "alive" if alive else "exited")
EOF
blocked() { # NAME INPUT [play options...]
  name=$1 input=$2
  shift 2
  # The same run, unblocked, for what it prints (output is deterministic).
  printf '%s' "$input" | rp play $S --seed 1 --data-dir "$TMP/ref" --trainee ref "$@" >"$TMP/pre" 2>/dev/null
  python3 "$TMP/blocked.py" "$RAPPORT_BIN" "$D/$name/sessions" "$TMP/pre" "$input" \
    play $S --seed 1 --trainee "$name" "$@"
}

# ---- 1. saved before it is shown ---------------------------------------------
got=$(blocked deb '1
')
expect_eq "the record is saved before the debrief is shown" "$got" "saved-while-showing"
run rp progress --trainee deb
expect_out "... and is in the history after kill -9 during the debrief" "Progress of deb: 1 session"
got=$(blocked js '1
' --json)
expect_eq "the record is saved before --json prints it" "$got" "saved-while-showing"
run rp progress --trainee js
expect_out "... and is in the history after kill -9 while printing it" "Progress of js: 1 session"

# ---- 2. a complete record left by a dead writer is recovered ------------------
rp play $S --seed 3 --choices ask,cost --data-dir "$TMP/src" --trainee rec >/dev/null 2>&1
whole=$(ls "$TMP/src"/trainees/rec/sessions/*.json)
SD="$D/rec/sessions"
mkdir -p "$SD"
sh -c 'exit 0' &
dead=$!
wait $dead
sleep 300 &
live=$!
trap 'kill $live 2>/dev/null; rm -rf "$TMP"' EXIT
n1="20990101T000001Z-tiny-3-$dead-0.json" # killed before link()
cp "$whole" "$SD/$n1.tmp.$dead"
n2="20990101T000002Z-tiny-3-$dead-0.json" # its first temporary name was taken
cp "$whole" "$SD/$n2.tmp.$dead.0123456789ab"
n3="20990101T000003Z-tiny-3-$live-0.json" # a writer still at work
cp "$whole" "$SD/$n3.tmp.$live"
n4="20990101T000004Z-tiny-3-$dead-0.json" # torn: killed while writing
head -c 300 "$whole" >"$SD/$n4.tmp.$dead"
n5="20990101T000005Z-tiny-3-$dead-0.json" # whole JSON, not a record
printf '{"format": "rapport.session"}\n' >"$SD/$n5.tmp.$dead"
n6="20990101T000006Z-tiny-3-$dead-0.json" # killed after link(), before unlink()
cp "$whole" "$SD/$n6"
cp "$whole" "$SD/$n6.tmp.$dead"
torn_sum=$(cat "$SD/$n4.tmp.$dead" "$SD/$n5.tmp.$dead" | sha256sum)

run rp progress --trainee rec
expect_rc "progress with left-over temporary records exits 0" 0
expect_eq "... and reports nothing damaged" "$ERR" ""
expect_out "the dead writers' complete records are recovered and counted" "Progress of rec: 3 sessions"
for n in $n1 $n2; do
  if [ -f "$SD/$n" ] && cmp -s "$SD/$n" "$whole"; then ok "$n: published under its own name, byte for byte"
  else notok "$n: published under its own name, byte for byte" "$(ls "$SD")"; fi
done
expect_eq "... and their temporary files are gone" \
  "$(ls "$SD" | grep -c -e "^$n1.tmp" -e "^$n2.tmp" -e "^$n6.tmp")" "0"
expect_eq "a record published already (killed before removing the temporary file) is counted once" \
  "$(ls "$SD" | grep -c "^$n6")" "1"
if [ -f "$SD/$n3.tmp.$live" ] && [ ! -e "$SD/$n3" ]; then ok "a live writer's temporary file is never taken"
else notok "a live writer's temporary file is never taken" "$(ls "$SD")"; fi
if [ ! -e "$SD/$n4" ] && [ ! -e "$SD/$n5" ] &&
  [ "$(cat "$SD/$n4.tmp.$dead" "$SD/$n5.tmp.$dead" | sha256sum)" = "$torn_sum" ]; then
  ok "torn and foreign temporary files are never published, and left as they are"
else notok "torn and foreign temporary files are never published, and left as they are" "$(ls "$SD")"; fi
run rp replay "$SD/$n1"
expect_rc "a recovered record replays" 0

kill $live
wait $live 2>/dev/null
run rp progress --trainee rec
expect_out "once that writer is gone, its record is recovered too" "Progress of rec: 4 sessions"
[ -f "$SD/$n3" ] && [ ! -e "$SD/$n3.tmp.$live" ] && ok "... under its own name" || notok "... under its own name" "$(ls "$SD")"
run rp progress --trainee rec
expect_out "reading the history again recovers nothing twice" "Progress of rec: 4 sessions"
expect_eq "... and the folder holds 4 records and the 2 torn files" "$(ls "$SD" | wc -l)" "6"
