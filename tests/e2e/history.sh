# history.sh -- the trainee's history: every session saved, names that can
# never leave the data directory, damaged files reported and left alone,
# nothing lost to kill -9 or to two rapport processes at once.
. tests/e2e/lib.sh
S=tests/scenarios/tiny.lua
D="$TMP/data/rapport/trainees"

run rp play $S --seed 1 --choices ask,cost --trainee alice
expect_rc "a session for alice plays" 0
expect_out "the session says where it was saved" "Saved to alice's history: $D/alice/sessions/"
n=$(ls "$D/alice/sessions" | wc -l)
expect_eq "one file per session" "$n" "1"
f=$(ls "$D/alice/sessions"/*.json)
expect_eq "the saved file is the session record" "$(json "$f" 'd["format"], d["trainee"], d["status"]')" "('rapport.session', 'alice', 'completed')"
run rp replay "$f"
expect_rc "a saved record replays" 0

printf '1\n' | rp play $S --seed 2 --trainee alice >/dev/null 2>&1
rp play tests/scenarios/bad/runtime_say.lua --seed 1 --choices 1 --trainee alice >/dev/null 2>&1
expect_eq "quit and aborted sessions are saved too" \
  "$(cat "$D"/alice/sessions/*.json | grep -c '"status"')" "3"

rp play $S --seed 1 --choices ask,cost --data-dir "$TMP/elsewhere" --trainee bob >/dev/null 2>&1
expect_eq "--data-dir puts the history elsewhere" "$(ls "$TMP/elsewhere/trainees/bob/sessions" | wc -l)" "1"
RAPPORT_TRAINEE=carol rp play $S --seed 1 --choices ask,cost >/dev/null 2>&1
expect_eq "RAPPORT_TRAINEE names the trainee" "$(ls "$D/carol/sessions" | wc -l)" "1"

for bad in ../evil a/b .hidden "" "$(printf 'x%.0s' $(seq 1 70))" 'tab	x' 'é'; do
  run rp play $S --seed 1 --choices ask --trainee "$bad"
  expect_rc "trainee name '$bad' is refused as a usage error" 2
done
[ ! -e "$TMP/data/rapport/evil" ] && [ ! -e "$TMP/data/evil" ] && ok "no name reaches outside the data directory" || notok "no name reaches outside the data directory"
run rp progress --trainee ../evil
expect_rc "progress refuses a bad name too" 2

# A damaged or foreign file is reported by name and never rewritten.
echo '{"format": "rapport.session", "format_version": 1, "scenario":' >"$D/alice/sessions/20200101T000000Z-torn.json"
echo 'not json at all' >"$D/alice/sessions/notes.json"
before=$(cat "$D/alice/sessions/20200101T000000Z-torn.json" "$D/alice/sessions/notes.json" | sha256sum)
run rp progress --trainee alice
expect_rc "progress with a damaged file exits 1" 1
expect_err "a damaged file is named" "20200101T000000Z-torn.json:1: not valid JSON"
expect_err "a foreign file is named" "notes.json:1: not valid JSON"
expect_out "the good sessions still count" "Progress of alice: 3 sessions (1 completed)"
after=$(cat "$D/alice/sessions/20200101T000000Z-torn.json" "$D/alice/sessions/notes.json" | sha256sum)
expect_eq "damaged files are left exactly as they were" "$after" "$before"
rp play $S --seed 5 --choices ask,cost --trainee alice >/dev/null 2>&1
after=$(cat "$D/alice/sessions/20200101T000000Z-torn.json" "$D/alice/sessions/notes.json" | sha256sum)
expect_eq "saving again does not touch them" "$after" "$before"

# kill -9 at random moments while sessions run and save: every record that
# reached its final name is whole; nothing earlier is damaged.  The kills are
# spread over 0 to 1.2 times one run's measured duration (the sanitizer
# build is much slower), so they land before, during and after the save.
# One run's duration is the quickest of three (the first is cold), and every
# fourth kill is sent at once, with no sleep between: a run can be quicker
# than starting `sleep`, so only that is sure to land before the save.
span=0
for p in 1 2 3; do
  t0=$(date +%s%N)
  "$RAPPORT_BIN" play $S --seed 999 --choices ask,cost --trainee probe >/dev/null 2>&1
  t1=$(date +%s%N)
  d=$(( (t1 - t0) / 1000000 * 12 / 10 + 1 ))
  if [ $span -eq 0 ] || [ $d -lt $span ]; then span=$d; fi
done
i=0
while [ $i -lt 120 ]; do
  "$RAPPORT_BIN" play $S --seed $i --choices ask,cost --trainee dave >/dev/null 2>&1 &
  pid=$! # rapport itself, not a subshell: the kill must reach it
  if [ $((i % 4)) -ne 0 ]; then
    ms=$(( (i * 7919) % span ))
    sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
  fi
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  i=$((i + 1))
done
bad=0
total=0
for f in "$D"/dave/sessions/*.json; do
  [ -e "$f" ] || continue
  total=$((total + 1))
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["status"]=="completed"' "$f" 2>/dev/null || bad=$((bad + 1))
done
expect_eq "after 120 kill -9s, every saved record parses and is complete" "$bad" "0"
# Both outcomes must have happened, or the kills did not test anything.
if [ "$total" -gt 0 ] && [ "$total" -lt 120 ]; then ok "the kills landed both before and after saves ($total of 120 saved)"
else notok "the kills landed both before and after saves" "$total of 120 saved"; fi
# A kill after a record was written and before it was published leaves a
# whole temporary record (NAME.json.tmp.PID); its writer is dead, so the
# next read of the history publishes it (docs/hardening.md).
left=0
for f in "$D"/dave/sessions/*.json.tmp.*; do
  [ -e "$f" ] || continue
  # A kill between link() and removing the temporary name leaves a copy of
  # a record already published: that one is removed, not counted again.
  [ -e "${f%%.tmp.*}" ] && continue
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["status"]=="completed"' "$f" 2>/dev/null && left=$((left + 1))
done
rp progress --trainee dave --json >"$TMP/p.json" 2>"$TMP/p.err"
expect_eq "the history loads with nothing damaged after the kills, whole temporary records recovered" \
  "$(json "$TMP/p.json" 'd["sessions"]') $(cat "$TMP/p.err")" "$((total + left)) "
expect_eq "... leaving no whole temporary record behind ($left recovered)" \
  "$(for f in "$D"/dave/sessions/*.json.tmp.*; do [ -e "$f" ] && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$f" 2>/dev/null && echo "$f"; done)" ""
bad=0
for f in "$D"/dave/sessions/*.json; do
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["status"]=="completed"' "$f" 2>/dev/null || bad=$((bad + 1))
done
expect_eq "... and every record, recovered or not, parses and is complete" "$bad" "0"

# Two processes for the same trainee at once lose nothing.
j=0
while [ $j -lt 20 ]; do
  "$RAPPORT_BIN" play $S --seed $j --choices ask,cost --trainee erin >/dev/null 2>&1 &
  "$RAPPORT_BIN" play $S --seed $j --choices ask,cost --trainee erin >/dev/null 2>&1 &
  wait
  j=$((j + 1))
done
expect_eq "40 sessions from two processes at once, 40 records" "$(ls "$D/erin/sessions" | grep -c '\.json$')" "40"
