# grade_backstop.sh -- grading does not depend on the number of threads,
# even for a scenario whose function runs close to the sandbox's CPU-time
# backstop (SBX_TIME_LIMIT, 10 s a call).  The function compares two
# megabyte strings in a loop, sized here so that one call costs about 6 s
# of CPU on this build and machine.  `rapport grade --jobs 1` and
# `--jobs 2` must print the same bytes, with --jobs 2 run on one CPU: each
# call then takes about 12 s of wall time while the two workers share the
# core, so the backstop is checked during it, and it must count this
# thread's CPU time (6 s, under the limit), not the process's (the two
# workers' together, over it).
. tests/e2e/lib.sh
command -v taskset >/dev/null || { notok "taskset is installed (util-linux)"; exit 1; }
W="$TMP/w"
mkdir -p "$W/subs"
FUTURE=2099-12-31T17:00+01:00
CPU=$(python3 -c 'import os; print(min(os.sched_getaffinity(0)))')

# make_scenario N: backstop.lua whose opening line compares N times
make_scenario() {
  cat >"$W/backstop.lua" <<EOF
-- One function near the CPU backstop: each comparison of two different
-- megabyte strings is one instruction that reads both (cf. the hostile
-- amp_streq.lua), so the instruction budget allows far more than 10 s.
local a = ("x"):rep(1048575) .. "a"
local b = ("x"):rep(1048575) .. "b"
local function burn(n)
  local x, y, same = a, b, 0
  for _ = 1, n do if x == y then same = same + 1 end end
  return same
end
return scenario {
  id = "backstop", title = "A slow opening line", module = "testing",
  difficulty = "beginner", version = "$1", minutes = 1, shuffle = false,
  brief = "Sam thinks before speaking.",
  prospect = { name = "Sam Lee", role = "Office manager", company = "Lee & Co" },
  start = "hello",
  nodes = {
    hello = {
      say = function(s) return "Hi (" .. burn($1) .. ")." end,
      choices = {
        { id = "ask", text = "What's in your way?", skills = { listening = 2 },
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
  rm -f "$W/a.json" "$W/subs"/*
  rp assign "$W/backstop.lua" --pass 50 --due $FUTURE --attempts 3 --id bs -o "$W/a.json" >/dev/null 2>&1
}

# cpu CMD...: runs it (output to $W/out), prints its CPU seconds
cpu() {
  python3 - "$W/out" "$@" <<'PY'
import resource, subprocess, sys
with open(sys.argv[1], "w") as out:
    rc = subprocess.call(sys.argv[2:], stdout=out, stderr=subprocess.STDOUT)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.3f" % (r.ru_utime + r.ru_stime) if rc == 0 else "failed")
PY
}

# homework NAME: one attempt (choose "ask"), then copies for two trainees
homework() {
  rm -f "$W/sam.json"
  printf '1\n' | rp homework "$W/a.json" --scenario "$W/backstop.lua" --trainee sam -o "$W/sam.json" >/dev/null 2>&1
  python3 - "$W" <<'PY'
import json, sys
w = sys.argv[1]
d = json.load(open(w + "/sam.json"))
for t in ("ann", "bob"):
    d["trainee"] = t
    json.dump(d, open("%s/subs/%s.json" % (w, t), "w"), indent="\t")
PY
}

# Calibrate: the CPU one comparison costs here (this build, this machine).
N0=20000
make_scenario $N0
homework
t0=$(cpu "$RAPPORT_BIN" grade "$W/a.json" "$W/subs/ann.json" --scenario "$W/backstop.lua" --jobs 1)
make_scenario 0
homework
tz=$(cpu "$RAPPORT_BIN" grade "$W/a.json" "$W/subs/ann.json" --scenario "$W/backstop.lua" --jobs 1)
N=$(python3 -c "
t = max($t0 - $tz, 0.01)
print(max(1000, min(1500000, int($N0 * 6.5 / t))))")
echo "# one call of $N comparisons: about 6.5 s of CPU ($N0 took $t0 s, 0 took $tz s)"

make_scenario "$N"
homework
run rp grade "$W/a.json" "$W/subs" --scenario "$W/backstop.lua" --jobs 1
expect_rc "--jobs 1 grades the slow scenario" 0
cp "$TMP/out" "$W/one.txt"
expect_out "and its function ran to the end: both attempts pass" "passed           ann"
case "$OUT" in *"time limit"*) notok "no call hit the time limit on one thread" "$OUT" ;; *) ok "no call hit the time limit on one thread" ;; esac
start=$(date +%s)
run taskset -c "$CPU" "$RAPPORT_BIN" grade "$W/a.json" "$W/subs" --scenario "$W/backstop.lua" --jobs 2
wall=$(($(date +%s) - start))
expect_rc "--jobs 2 on one CPU grades it" 0
echo "# --jobs 2 on CPU $CPU took $wall s"
if cmp -s "$TMP/out" "$W/one.txt"; then
  ok "--jobs 2 (on one CPU) prints exactly what --jobs 1 prints"
else
  notok "--jobs 2 (on one CPU) prints exactly what --jobs 1 prints" \
    "$(diff "$W/one.txt" "$TMP/out" | head -20)"
fi
# The check above can fail only if the calls outlasted the wall-clock
# limit, after which CPU time is read: say so when they did not.
if [ "$wall" -ge 11 ]; then
  ok "the calls ran past the wall-clock limit (CPU time was read)"
else
  notok "the calls ran past the wall-clock limit (CPU time was read)" \
    "--jobs 2 took $wall s: the scenario is too quick to test the backstop"
fi
