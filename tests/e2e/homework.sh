# homework.sh -- scored homework through the real binary: rapport assign,
# rapport homework (scripted and in a real terminal with a time limit) and
# rapport grade on real submission files, one per classification, with the
# Moodle and Canvas CSV checked against their import rules and every xAPI
# statement checked by Learning Locker's validator (npm).
. tests/e2e/lib.sh
# The work happens in folders of its own; the scenarios stay findable by id.
export RAPPORT_PATH="$RAPPORT_ROOT/scenarios"
command -v tmux >/dev/null || { notok "tmux is installed (make test installs it)"; exit 1; }

SOCK="rapport-hw-$$"
T() { tmux -L "$SOCK" "$@"; }
trap 'T kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
screen() { T capture-pane -p -J -S -300 -t hw 2>/dev/null; }
wait_for() { # TEXT [SECONDS]
  i=0
  n=$((${2:-10} * 10))
  while [ $i -lt $n ]; do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}
check_screen() { # NAME TEXT [SECONDS]
  if wait_for "$2" "${3:-10}"; then ok "$1"; else notok "$1" "screen lacks: $2" "$(screen | tail -15)"; fi
}

BEST=earn_agenda,where_breaks,cost_of_it,notice_before,ask_proof,ask_decision,involve_marcus,ask_budget,budget_fit,ask_timeline,summarize,payoff_q,propose_proof
WORST=pitch_features,double_down,keep_pushing
W="$TMP/work"
mkdir -p "$W/subs" "$W/tty"
FUTURE=2099-12-31T17:00+01:00

# ---- rapport assign --------------------------------------------------------
run rp assign discovery-call --pass 70 --due $FUTURE --attempts 2 --time-limit 1 \
  --id dc-week1 --title "Week 1, discovery call" --instructions "Find the real problem before you pitch."
expect_rc "assign writes to standard output without -o" 0
echo "$OUT" >"$W/stdout.json"
expect_eq "the assignment pins the scenario's SHA-256" \
  "$(json "$W/stdout.json" 'd["scenario"]["sha256"]')" \
  "$(sha256sum scenarios/discovery-call.lua | cut -d' ' -f1)"
expect_eq "the due time keeps its zone" "$(json "$W/stdout.json" 'd["due"]')" "2099-12-31T17:00:00+01:00"

run rp assign discovery-call --pass 70 --due $FUTURE --attempts 2 --id dc-week1 \
  --title "Week 1, discovery call" -o "$W/a.json"
expect_rc "assign -o writes a file" 0
run rp assign discovery-call --pass 70 --due $FUTURE --attempts 2 -o "$W/a.json"
expect_rc "assign never replaces an assignment file" 1
expect_err "and says the file exists" "exists"
run rp assign discovery-call --pass 70 --due "next friday" --attempts 2
expect_rc "a due time rapport cannot read is a usage error" 2
expect_err "which shows the forms it reads" "2026-12-04T17:00+01:00"
run rp assign discovery-call --pass 170 --due $FUTURE --attempts 2
expect_rc "a pass mark over 100 is refused" 2
run rp assign discovery-call --pass 70 --due 2026-12-04 --attempts 2 --id "../x"
expect_rc "an assignment id that is not file-name safe is refused" 2
run rp assign discovery-call --pass 60 --due 2020-01-01T09:00Z --attempts 1 --id dc-late -o "$W/late.json"
expect_err "assigning with a past due time warns" "already passed"
rp assign discovery-call --pass 70 --due $FUTURE --attempts 2 --id dc-other -o "$W/other.json" 2>/dev/null
rp assign discovery-call --pass 70 --due $FUTURE --attempts 3 --time-limit 1 --id dc-timed -o "$W/timed.json" 2>/dev/null

# An assignment with a broken field is refused by name.
sed 's/"pass_mark":[^,]*/"pass_mark": "high"/' "$W/a.json" >"$W/broken.json"
run rp homework "$W/broken.json" --choices "$BEST"
expect_rc "a broken assignment is refused" 1
expect_err "naming the file and field" "broken.json: field 'pass_mark' must be a number from 0 to 100"
sed 's/"max_attempts"/"max_atempts"/' "$W/a.json" >"$W/typo.json"
run rp homework "$W/typo.json" --choices "$BEST"
expect_err "an unknown assignment field is named" "unknown field 'max_atempts'"

# ---- the graded REPL in a real terminal: no coaching, no :undo, time limit --
# Started first: its one-minute limit runs while the rest of the file goes on.
cp "$W/timed.json" "$W/tty/"
T -f /dev/null new-session -d -s hw -x 110 -y 50 \
  "cd '$W/tty' && env RAPPORT_PATH='$RAPPORT_PATH'  NO_COLOR=1 XDG_DATA_HOME='$TMP/data' XDG_STATE_HOME='$TMP/state' '$RAPPORT_BIN' homework timed.json --trainee tess; echo EXIT=\$?; sleep 120"
check_screen "homework shows the assignment before it starts" "Attempt 1 of 3.  Pass mark 70 of 100."
check_screen "and waits for Enter so the clock starts when the trainee is ready" "Press Enter to start attempt 1"
T send-keys -t hw Enter
check_screen "the prompt shows the time left" " left] >"
T send-keys -t hw "1" Enter
sleep 0.5
T send-keys -t hw ":undo" Enter
check_screen ":undo is refused in graded play" ":undo is for practice"
if screen | grep -q "Coach:"; then notok "no coach notes during graded play" "$(screen | grep Coach: | head -3)"; else ok "no coach notes during graded play"; fi
TTY_STARTED=$(date +%s)

# ---- graded attempts (scripted) --------------------------------------------
cd "$W/subs" || exit 1
play() { # TRAINEE CHOICES [ASSIGNMENT] [more options]
  t=$1
  c=$2
  a=../${3:-a.json}
  if [ $# -ge 3 ]; then shift 3; else shift $#; fi
  rp homework "$a" --trainee "$t" --choices "$c" "$@" >"$TMP/out" 2>"$TMP/err"
}
play alice "$BEST"
RC=$?
ERR=$(cat "$TMP/err")
expect_rc "a scripted graded attempt succeeds" 0
OUT=$(cat "$TMP/out")
expect_out "it says where the submission is" "Submission written to dc-week1-alice-attempt1.json"
expect_eq "the submission is in the current folder" "$(ls dc-week1-alice-attempt1.json 2>/dev/null)" "dc-week1-alice-attempt1.json"
expect_eq "the submission is a graded record" "$(json dc-week1-alice-attempt1.json 'd["mode"]')" "graded"
expect_eq "with the assignment and attempt" "$(json dc-week1-alice-attempt1.json 'd["homework"]["assignment"], d["homework"]["attempt"]')" "('dc-week1', 1)"
expect_eq "and it went into the trainee's history" \
  "$(ls "$TMP/data/rapport/trainees/alice/sessions" | wc -l)" 1
# The conversation comes before the debrief's first heading.
if sed -n '/^== Debrief/q;p' "$TMP/out" | grep -q "Coach:"; then
  notok "graded play shows no coach notes before the debrief"
else ok "graded play shows no coach notes before the debrief"; fi
play alice "$WORST"
expect_eq "a second attempt is numbered 2" "$(json dc-week1-alice-attempt2.json 'd["homework"]["attempt"]')" 2
play alice "$BEST"
RC=$?
ERR=$(cat "$TMP/err")
expect_rc "a third attempt of two is refused" 1
expect_err "saying the attempts are used" "alice has used all 2 attempts at 'dc-week1'"

play bob "$WORST"
play carol "earn_agenda,where_breaks"          # quits after two decisions
play dave "$BEST"
sleep 1 # attempts are ordered by the second they started
play dave "$WORST"
sleep 1
# dave's history is lost (or deleted): his rapport counts from 1 again, the
# grader does not.
rm -rf "$TMP/data/rapport/trainees/dave"
play dave "$BEST" a.json -o dave-again.json
expect_eq "-o names the submission file" "$(json dave-again.json 'd["homework"]["attempt"]')" 1
play erin "$BEST" late.json
play frank "$BEST" other.json
play gina "$BEST" a.json -o gina.json
cp gina.json gina-copy.json                      # the same attempt twice

# Versions: a changed copy of the scenario, assigned under the same id.
mkdir -p v2
sed 's/^  version = "\([^"]*\)"/  version = "\1-edited"/' "$RAPPORT_ROOT/scenarios/discovery-call.lua" >v2/discovery-call.lua
run rp homework ../a.json --trainee hal --choices "$BEST" --scenario v2/discovery-call.lua
expect_rc "homework refuses a scenario that is not the pinned version" 1
expect_err "naming both versions and what to do" "but the assignment pins version"
rp assign v2/discovery-call.lua --pass 70 --due $FUTURE --attempts 2 --id dc-week1 -o ../a-v2.json 2>/dev/null
play hal "$BEST" a-v2.json --scenario v2/discovery-call.lua -o hal.json

# Hand edits.
python3 - <<'EOF'
import json
d = json.load(open("dc-week1-bob-attempt1.json"))
d["scores"]["overall"] = 95.0                      # a hand-edited score
json.dump(d, open("bob-edited.json", "w"), indent=1)
d = json.load(open("dc-week1-bob-attempt1.json"))
d["trainee"] = "bob2"
d["decisions"][1]["choice"] = "cost_of_it"          # a forged choice list
json.dump(d, open("bob-forged.json", "w"), indent=1)
d = json.load(open("dc-week1-bob-attempt1.json"))
d["trainee"] = "../../etc"                          # a path as a name
json.dump(d, open("bad-name.json", "w"), indent=1)
d = json.load(open("dc-week1-alice-attempt2.json"))
d["trainee"] = "ivan"
d["homework"]["attempt"] = 7                        # beyond the limit
json.dump(d, open("ivan.json", "w"), indent=1)
EOF
head -c 700 dc-week1-carol-attempt1.json >truncated.json
rp play discovery-call --choices "$BEST" --json --trainee jo >practice.json 2>/dev/null
head -c 3000 /dev/urandom >junk.json
python3 -c 'print("[" * 200000)' >deep.json
python3 -c 'print("{\"x\": \"" + "a" * (5 << 20) + "\"}")' >huge.json

mkdir -p folder/nested
mv dc-week1-carol-attempt1.json folder/nested/
ln -s /etc/passwd folder/passwd.json
mkfifo folder/pipe.json 2>/dev/null
echo "not json" >folder/notes.txt

# ---- rapport grade -----------------------------------------------------------
run rp grade ../a.json . --json --jobs 2
expect_rc "grade exits 0 when every file was graded, whatever its class" 0
echo "$OUT" >"$TMP/grades.json"
expect_err "symlinks and special files in folders are left alone, and said so" "left alone 2 symlinks or special files"
cls() { json "$TMP/grades.json" "[s['class'] for s in d['submissions'] if s['file'].endswith('/$1')][0]"; }
reason() { json "$TMP/grades.json" "[s['reason'] for s in d['submissions'] if s['file'].endswith('/$1')][0]"; }
expect_eq "a best-path attempt passes" "$(cls dc-week1-alice-attempt1.json)" passed
expect_eq "a pushing attempt fails" "$(cls dc-week1-alice-attempt2.json)" failed
expect_eq "an unfinished call fails" "$(cls nested/dc-week1-carol-attempt1.json)" failed
expect_eq "and says why" "$(reason nested/dc-week1-carol-attempt1.json)" "did not finish the call (quit after 2 decisions)"
expect_eq "a hand-edited score is tampered" "$(cls bob-edited.json)" tampered
expect_eq "naming the score and both values" "$(reason bob-edited.json)" \
  "does not match its replay: score 'overall': the record says 95.0, the replay 0.0"
expect_eq "a forged choice list is tampered" "$(cls bob-forged.json)" tampered
case "$(reason bob-forged.json)" in
  *"decision 2"*) ok "naming the decision that could not be made" ;;
  *) notok "naming the decision that could not be made" "$(reason bob-forged.json)" ;;
esac
expect_eq "another version of the scenario is wrong-version" "$(cls hal.json)" wrong-version
expect_eq "another assignment is wrong-assignment" "$(cls dc-other-frank-attempt1.json)" wrong-assignment
expect_eq "a second copy of an attempt is a duplicate" \
  "$(json "$TMP/grades.json" "sorted(s['class'] for s in d['submissions'] if s['trainee'] == 'gina')")" "['duplicate', 'passed']"
expect_eq "an attempt number beyond the limit is over-attempts" "$(cls ivan.json)" over-attempts
expect_eq "a third attempt played after a history reset is over-attempts" \
  "$(json "$TMP/grades.json" "sorted(s['class'] for s in d['submissions'] if s['trainee'] == 'dave')")" \
  "['failed', 'over-attempts', 'passed']"
expect_eq "a truncated file is malformed" "$(cls truncated.json)" malformed
expect_eq "a practice record is malformed" "$(cls practice.json)" malformed
expect_eq "saying it is not a graded attempt" "$(reason practice.json)" \
  "./practice.json: a practice session, not a graded attempt (only \`rapport homework\` writes submissions)"
expect_eq "a path as a trainee name is malformed" "$(cls bad-name.json)" malformed
expect_eq "binary junk is malformed" "$(cls junk.json)" malformed
expect_eq "JSON nested 200,000 deep is malformed" "$(cls deep.json)" malformed
expect_eq "a 5 MiB file is malformed" "$(cls huge.json)" malformed
expect_eq "the late assignment's file is wrong-assignment here" "$(cls dc-late-erin-attempt1.json)" wrong-assignment
expect_eq "the best attempt of each trainee counts" \
  "$(json "$TMP/grades.json" "[(t['trainee'], t['grade'], t['attempt']) for t in d['trainees'] if t['trainee'] in ('alice', 'dave')]")" \
  "[('alice', 100, 1), ('dave', 100, 1)]"
expect_eq "a trainee with only a tampered file has no grade" \
  "$(json "$TMP/grades.json" "[t['grade'] for t in d['trainees'] if t['trainee'] == 'bob2']")" "[None]"

# The same files on one thread give the same results.
rp grade ../a.json . --json --jobs 1 >"$TMP/grades1.json" 2>/dev/null
if cmp -s "$TMP/grades.json" "$TMP/grades1.json"; then ok "--jobs 2 and --jobs 1 grade identically"; else notok "--jobs 2 and --jobs 1 grade identically" "$(diff "$TMP/grades.json" "$TMP/grades1.json" | head -5)"; fi

# Late: graded against its own assignment.
run rp grade ../late.json dc-late-erin-attempt1.json --csv "$TMP/late.csv"
expect_out "an attempt after the due time is late" "late"
expect_eq "and has no grade in the gradebook" "$(sed -n 2p "$TMP/late.csv" | cut -d, -f1-2)" "erin,-"
rp grade ../late.json dc-late-erin-attempt1.json --csv "$TMP/late2.csv" --accept-late >/dev/null 2>&1
expect_eq "--accept-late lets it count" "$(sed -n 2p "$TMP/late2.csv" | cut -d, -f1-2)" "erin,100"

# ---- the gradebooks --------------------------------------------------------
run rp grade ../a.json . --csv "$TMP/moodle.csv"
expect_rc "grade --csv writes the Moodle gradebook" 0
python3 - "$TMP/moodle.csv" "$TMP/grades.json" >"$TMP/csvcheck" 2>&1 <<'EOF'
import csv, io, json, sys
raw = open(sys.argv[1], "rb").read()
problems = []
if raw.startswith(b"\xef\xbb\xbf"): problems.append("has a BOM")
if b"\r\n" not in raw or raw.replace(b"\r\n", b"").count(b"\n") > raw.count(b"\"") : problems.append("lines must end in CRLF")
rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
head, body = rows[0], rows[1:]
if head[0] != "username" or len(head) != 3 or not head[2].endswith("feedback"):
    problems.append("header: %r" % head)
trainees = {t["trainee"]: t for t in json.load(open(sys.argv[2]))["trainees"]}
names = [r[0] for r in body]
if sorted(names) != sorted(trainees): problems.append("rows %r vs trainees %r" % (names, sorted(trainees)))
for r in body:
    if len(r) != 3: problems.append("row width %r" % r); continue
    g = r[1]
    # Moodle: a blank or "-" is no grade; any other non-numeric aborts.
    if g != "-":
        try: float(g)
        except ValueError: problems.append("grade %r is not numeric" % g)
    want = trainees[r[0]]["grade"]
    if (want is None) != (g == "-") or (want is not None and float(g) != float(want)):
        problems.append("grade for %s: %r, want %r" % (r[0], g, want))
    if not r[2] or r[2][0] in "=+-@": problems.append("feedback %r" % r[2][:20])
print("\n".join(problems) if problems else "clean")
EOF
expect_eq "the Moodle CSV follows Moodle's import rules" "$(cat "$TMP/csvcheck")" clean
run rp grade ../a.json . --csv "$TMP/canvas.csv" --canvas
expect_eq "the Canvas CSV has Canvas's columns" "$(head -1 "$TMP/canvas.csv" | tr -d '\r')" \
  "Student,ID,SIS User ID,SIS Login ID,Section,\"Week 1, discovery call (dc-week1)\""
expect_eq "and its Points Possible row" "$(sed -n 2p "$TMP/canvas.csv" | tr -d '\r')" "    Points Possible,,,,,100"
expect_eq "with the grade of each trainee" "$(grep '^alice,' "$TMP/canvas.csv" | tr -d '\r')" "alice,,,alice,,100"
run rp grade ../a.json . --canvas
expect_rc "--canvas without --csv is a usage error" 2

# ---- xAPI ------------------------------------------------------------------
run rp grade ../a.json . --xapi "$TMP/x.json" --lrs-base https://academy.example/xapi
expect_rc "grade --xapi writes statements" 0
N=$(json "$TMP/x.json" 'len(d)')
WANT=$(json "$TMP/grades.json" "sum(1 + s['decisions'] for s in d['submissions'] if s['class'] in ('passed','failed','late','over-attempts','over-time'))")
expect_eq "one statement per attempt plus one per decision" "$N" "$WANT"
expect_eq "attempts are passed or failed, decisions answered" \
  "$(json "$TMP/x.json" "sorted(set(s['verb']['id'].rsplit('/',1)[1] for s in d))")" "['answered', 'failed', 'passed']"
expect_eq "an answered statement's response is the choice id" \
  "$(json "$TMP/x.json" "[s['result']['response'] for s in d if s['verb']['id'].endswith('answered') and s['actor']['account']['name'] == 'alice'][:2]")" \
  "['earn_agenda', 'where_breaks']"
expect_eq "all statements of an attempt share its registration" \
  "$(json "$TMP/x.json" "len(set(s['context']['registration'] for s in d if s['actor']['account']['name'] == 'bob'))")" 1
expect_eq "activity IRIs sit under --lrs-base" \
  "$(json "$TMP/x.json" "d[0]['object']['id'].startswith('https://academy.example/xapi/assignments/dc-week1')")" True
if [ ! -d "$RAPPORT_ROOT/tests/xapi/node_modules/@learninglocker" ]; then
  (cd "$RAPPORT_ROOT/tests/xapi" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1 ||
    npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1)
fi
if node "$RAPPORT_ROOT/tests/xapi/validate.js" "$TMP/x.json" >"$TMP/xv" 2>&1; then
  ok "every statement passes @learninglocker/xapi-validation ($(tail -1 "$TMP/xv"))"
else
  notok "every statement passes @learninglocker/xapi-validation" "$(head -10 "$TMP/xv")"
fi
echo '[{"id":"x","actor":{},"verb":{"id":"nope"}}]' >"$TMP/bad-x.json"
if node "$RAPPORT_ROOT/tests/xapi/validate.js" "$TMP/bad-x.json" >/dev/null 2>&1; then
  notok "the validator rejects a broken statement (so the check above can fail)"
else ok "the validator rejects a broken statement (so the check above can fail)"; fi
rp grade ../a.json . --xapi "$TMP/x2.json" --lrs-base https://academy.example/xapi >/dev/null 2>&1
if cmp -s "$TMP/x.json" "$TMP/x2.json"; then ok "grading twice gives the same statements (ids included)"; else notok "grading twice gives the same statements (ids included)"; fi
run rp grade ../a.json . --xapi "$TMP/x3.json" --lrs-base "not an iri"
expect_rc "a --lrs-base that is not an IRI is a usage error" 2

# ---- the cohort view ---------------------------------------------------------
run rp grade ../a.json . --summary
expect_out "the summary gives the pass rate" "pass rate"
expect_out "the score distribution" " 90-100 "
expect_out "the average per skill" "Average per skill"
expect_out "and where most trainees pushed" "node 'opening'"
run rp grade ../a.json . --summary --json
expect_rc "--summary and --json both want standard output: usage error" 2

# ---- the terminal session whose time ran out --------------------------------
cd "$W/tty" || exit 1
left=$((TTY_STARTED + 62 - $(date +%s)))
[ $left -gt 0 ] && sleep $left
check_screen "when the time limit passes the call ends by itself" "Time is up: the call ends here." 20
check_screen "and the submission is written" "Submission written to dc-timed-tess-attempt1.json" 10
expect_eq "recording that the time limit ended it" \
  "$(json dc-timed-tess-attempt1.json 'd["homework"]["timed_out"], d["status"]')" "(True, 'quit')"
run rp grade timed.json dc-timed-tess-attempt1.json --json
expect_eq "it grades as failed, unfinished" "$(echo "$OUT" | python3 -c 'import json,sys; s=json.load(sys.stdin)["submissions"][0]; print(s["class"], s["reason"])')" \
  "failed the time limit ended the call after 1 decision"
# A submission whose times say it ran past the limit is over-time.
python3 - <<'EOF'
import json
d = json.load(open("dc-timed-tess-attempt1.json"))
d["trainee"] = "uma"
d["started_at"] = "2026-01-01T09:00:00Z"
d["ended_at"] = "2026-01-01T09:10:00Z"
d["homework"]["submitted_at"] = "2026-01-01T09:10:00Z"
json.dump(d, open("uma.json", "w"), indent=1)
EOF
run rp grade timed.json uma.json --json
expect_eq "an attempt longer than the time limit is over-time" \
  "$(echo "$OUT" | python3 -c 'import json,sys; print(json.load(sys.stdin)["submissions"][0]["class"])')" over-time
