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
