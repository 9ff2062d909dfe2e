# grade_pinned.sh -- rapport grade reads the pinned scenario once: the
# bytes it checked against the assignment's SHA-256 are the bytes every
# worker compiles.  The scenario file here takes about two seconds to load
# (its top level compares megabyte strings), and is replaced by another
# version a moment after grading starts: after the main thread read it,
# before any worker could have.  Every submission must still be graded on
# the pinned version, with --jobs 1 and --jobs 2 alike.
. tests/e2e/lib.sh
W="$TMP/w"
mkdir -p "$W/subs"
FUTURE=2099-12-31T17:00+01:00

# scenario LOAD_COMPARISONS LISTENING: the file, slow to load by the first,
# its "ask" choice worth the second in listening; a megabyte of comment
# makes its reading visible in /proc/PID/io (see below)
scenario() {
  python3 -c 'print("-- " + "x" * 1048576)'
  cat <<EOF
local a = ("x"):rep(1048575) .. "a"
local b = ("x"):rep(1048575) .. "b"
local same = 0
for _ = 1, $1 do if a == b then same = same + 1 end end
return scenario {
  id = "pinned", title = "A pinned call", module = "testing",
  difficulty = "beginner", version = "1", minutes = 1, shuffle = false,
  brief = "Sam wants to talk about printers.",
  prospect = { name = "Sam Lee", role = "Office manager", company = "Lee & Co" },
  start = "hello",
  nodes = {
    hello = {
      say = function(s) return "Hi." end,
      choices = {
        { id = "ask", text = "What's in your way?", skills = { listening = $2 },
          next = "won", coach = "An open question." },
        { id = "pitch", text = "Buy now.", skills = { pushing = 2 },
          next = "lost", coach = "A pitch." },
      },
    },
  },
  endings = {
    won = { say = "Sam buys.", outcome = { result = "won", deal_value = 1, days_to_close = 1 } },
    lost = { say = "Sam hangs up.", outcome = { result = "lost" } },
  },
}
EOF
}

# Calibrate the slow load: about two seconds of this build's time.
scenario 2000 2 >"$W/pinned.lua"
t=$(python3 - "$RAPPORT_BIN" "$W/pinned.lua" "$W/calib.json" <<'PY'
import subprocess, sys, time
s = time.monotonic()
subprocess.run([sys.argv[1], "assign", sys.argv[2], "--pass", "50", "--due",
                "2099-12-31T17:00+01:00", "--attempts", "1", "-o", sys.argv[3]],
               capture_output=True)
print(time.monotonic() - s)
PY
)
N=$(python3 -c "print(max(2000, min(2000000, int(2000 * 2.0 / max($t, 0.001)))))")
echo "# a load of $N comparisons: about 2 s (2000 took $t s)"
scenario "$N" 2 >"$W/pinned.lua"
scenario "$N" 3 >"$W/other.lua" # another version: other scores
rp assign "$W/pinned.lua" --pass 50 --due $FUTURE --attempts 3 --id pin -o "$W/a.json" 2>/dev/null
printf '1\n' | rp homework "$W/a.json" --scenario "$W/pinned.lua" --trainee sam -o "$W/sam.json" >/dev/null 2>&1
python3 - "$W" <<'PY'
import json, sys
w = sys.argv[1]
d = json.load(open(w + "/sam.json"))
for i in range(4):
    d["trainee"] = "t%d" % i
    json.dump(d, open("%s/subs/t%d.json" % (w, i), "w"), indent="\t")
PY
cp "$W/pinned.lua" "$W/keep.lua"

for jobs in 1 2; do
  cp "$W/keep.lua" "$W/pinned.lua"
  run rp grade "$W/a.json" "$W/subs" --scenario "$W/pinned.lua" --jobs $jobs
  cp "$TMP/out" "$W/ref.txt"
  expect_out "--jobs $jobs: the pinned version passes every submission" "  t3                     100  passed"
  case "$OUT" in *tampered*) notok "--jobs $jobs: none is tampered" "$OUT" ;; *) ok "--jobs $jobs: none is tampered" ;; esac
  # Again, with the file replaced as soon as the main thread has read it
  # (its read bytes in /proc/PID/io pass the file's megabyte), during its
  # two-second compile.
  "$RAPPORT_BIN" grade "$W/a.json" "$W/subs" --scenario "$W/pinned.lua" --jobs $jobs \
    >"$W/out.txt" 2>"$W/err.txt" &
  pid=$!
  i=0
  while [ $i -lt 300 ]; do
    r=$(sed -n 's/^rchar: //p' "/proc/$pid/io" 2>/dev/null)
    [ "${r:-0}" -gt 1048576 ] && break
    sleep 0.01
    i=$((i + 1))
  done
  cp "$W/other.lua" "$W/pinned.tmp" && mv "$W/pinned.tmp" "$W/pinned.lua"
  wait $pid
  RC=$?
  expect_rc "--jobs $jobs, the file replaced mid-run: grading succeeds" 0
  if cmp -s "$W/out.txt" "$W/ref.txt"; then
    ok "--jobs $jobs, the file replaced mid-run: the results are the pinned version's"
  else
    notok "--jobs $jobs, the file replaced mid-run: the results are the pinned version's" \
      "$(diff "$W/ref.txt" "$W/out.txt" | head -12)" "stderr: $(cat "$W/err.txt")"
  fi
done
