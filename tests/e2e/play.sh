# play.sh -- scripted sessions through the real binary: choices, records,
# determinism, replay, tampering, and bad input at the prompt.
. tests/e2e/lib.sh
S=tests/scenarios/tiny.lua

# A full session with --choices: ask (trust 60), then cost -> won.
run rp play $S --seed 7 --choices 1,2
expect_rc "a scripted session exits 0" 0
expect_out "the prospect speaks" "Sam Lee: Hi. What's this about?"
expect_out "a say function sees facts" "So, the jams. What else?"
expect_out "the debrief shows the outcome" "WON, \$2,000, closes in 5 days"
expect_out "practice play shows coach notes" "Coach: An open question."
expect_out "the debrief lists every decision, by what the trainee said" \
  "  2    What do the morning jams cost you?                 4/4       +0"
case "$OUT" in *"hub "*|*"(ending '"*) notok "a trainee's debrief shows no node, choice or ending ids" "$OUT" ;; *) ok "a trainee's debrief shows no node, choice or ending ids" ;; esac
run rp play $S --seed 7 --choices 1,2 --author
expect_out "author mode's debrief names nodes and choices by id" "hub                  cost"
expect_out "and the ending" "(ending 'won')"
case "$OUT" in *"$(printf '\033')"*) notok "no colour when output is not a terminal" ;; *) ok "no colour when output is not a terminal" ;; esac

# Choices by id are the same as by number.
run rp play $S --seed 7 --choices ask,cost
expect_out "choices can be given by id" "WON, \$2,000"

# --json: standard output carries the record alone.
rp play $S --seed 7 --choices 1,2 --json --trainee alice >"$TMP/a.json" 2>"$TMP/a.err"
expect_eq "--json exits 0" "$?" "0"
expect_eq "--json output is one JSON document" "$(json "$TMP/a.json" 'd["format"]')" "rapport.session"
expect_eq "the record names the trainee" "$(json "$TMP/a.json" 'd["trainee"]')" "alice"
expect_eq "the record has the seed" "$(json "$TMP/a.json" 'd["seed"]')" "7"
expect_eq "the record has the scenario's sha256" "$(json "$TMP/a.json" 'd["scenario"]["sha256"]')" "$(sha256sum $S | cut -c1-64)"
expect_eq "the record has every decision" "$(json "$TMP/a.json" '[x["choice"] for x in d["decisions"]]')" "['ask', 'cost']"
expect_eq "the record has the ending" "$(json "$TMP/a.json" 'd["ending"]["id"], d["ending"]["result"], d["ending"]["deal_value"]')" "('won', 'won', 2000)"
expect_eq "the record is complete" "$(json "$TMP/a.json" 'd["status"]')" "completed"
expect_eq "relationship quality is 100 on the best path" "$(json "$TMP/a.json" 'd["scores"]["relationship_quality"]')" "100"
expect_eq "facts uncovered are listed" "$(json "$TMP/a.json" 'd["facts"]["uncovered"], d["facts"]["missed"]')" "(['jams'], ['budget'])"
grep -q "Sam Lee" "$TMP/a.err" && ok "--json sends the conversation to stderr" || notok "--json sends the conversation to stderr"

# Determinism: same scenario, seed and choices -> same record but for times.
rp play $S --seed 7 --choices 1,2 --json --trainee alice >"$TMP/b.json" 2>/dev/null
strip() { grep -v -e '"started_at"' -e '"ended_at"' -e '"duration_seconds"' "$1"; }
if [ "$(strip "$TMP/a.json")" = "$(strip "$TMP/b.json")" ]; then ok "records are byte-for-byte deterministic apart from times"; else notok "records are byte-for-byte deterministic apart from times" "$(diff "$TMP/a.json" "$TMP/b.json" | head)"; fi

# Replay recomputes the record and agrees with it.
run rp replay "$TMP/a.json"
expect_rc "replay of an honest record exits 0" 0
expect_out "replay prints the debrief" "WON, \$2,000"
run rp replay "$TMP/a.json" --json
echo "$OUT" >"$TMP/r.json"
if [ "$(strip "$TMP/a.json")" = "$(strip "$TMP/r.json")" ]; then ok "replay --json reproduces the record"; else notok "replay --json reproduces the record" "$(diff "$TMP/a.json" "$TMP/r.json" | head)"; fi

# Tampering: a raised score, an impossible choice, a changed scenario.
edit() { # IN OUT PYTHON-STATEMENT (on d)
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); exec(sys.argv[3]); json.dump(d, open(sys.argv[2], "w"), indent=1)' "$1" "$2" "$3"
}
edit "$TMP/a.json" "$TMP/t1.json" 'd["scores"]["overall"] = 99.5'
run rp replay "$TMP/t1.json"
expect_rc "a raised score fails replay" 1
expect_err "replay names the score that differs" "score 'overall': the record says 99.5, the replay"
edit "$TMP/a.json" "$TMP/t2.json" 'd["decisions"][1]["choice"] = "close"'
run rp replay "$TMP/t2.json"
expect_rc "a changed choice fails replay" 1
expect_err "replay names what differs after a changed choice" "does not match the replay"
edit "$TMP/a.json" "$TMP/t3.json" 'd["decisions"][1]["choice"] = "teleport"'
run rp replay "$TMP/t3.json"
expect_err "an impossible choice is named" "decision 2: choice 'teleport' is not offered at node 'hub'"
cp $S "$TMP/tiny.lua"
echo "-- edited" >>"$TMP/tiny.lua"
run rp replay "$TMP/a.json" --scenario "$TMP/tiny.lua"
expect_rc "a changed scenario file fails replay" 1
expect_err "a changed scenario is named as a different version" "different version of scenario 'tiny'"
echo '{"format": "rapport.session", "format_version": 1,' >"$TMP/broken.json"
run rp replay "$TMP/broken.json"
expect_rc "a truncated record exits 1" 1
expect_err "a truncated record is reported as invalid JSON" "broken.json:1: not valid JSON"

# Locked options show their hint and cannot be chosen.
run rp play $S --seed 1 --choices 2,cost
expect_rc "choosing a locked option fails" 1
expect_out "a locked option is shown with its hint" "(not yet: You haven't heard about a problem yet.)"
expect_err "choosing a locked option is explained" "choice 'cost' is not offered at node 'hub'"
expect_out "the session played so far still gets a debrief" "== Debrief: A tiny test call"

# Once-only hub questions disappear after use.
run rp play $S --seed 1 --choices 1,budget,budget
expect_rc "a once-only question cannot be asked twice" 1
expect_err "a once-only choice that is gone is refused" "--choices: choice 3 ('budget'): choice 'budget' is not offered at node 'hub'"

# Scripted stdin (not a terminal): one answer per line, bad input explained.
printf '9\n\nhello\n\377\376\n:notes\n:undo\n1\n:transcript\n2\n' | rp play $S --seed 3 >"$TMP/s.out" 2>&1
rc=$?
OUT=$(cat "$TMP/s.out")
RC=$rc
expect_rc "a piped session exits 0" 0
expect_out "an unknown number is refused with the range" "there is no choice 9; type a number from 1 to 2"
expect_out "an empty line gets a hint" "Type a number from 1 to 2 to answer"
expect_out "an unknown word is refused" "'hello' is not a choice here"
expect_out "invalid UTF-8 is refused" "not valid UTF-8"
expect_out ":notes before learning anything says so" "Nothing yet: ask, and listen."
expect_out ":undo with nothing to undo says so" "nothing to undo"
expect_out ":transcript shows the conversation" "-- transcript --"
expect_out "the piped session reaches an ending" "WON, \$2,000"

printf '1\n:undo\n2\n:quit\n' | rp play $S --seed 3 >"$TMP/u.out" 2>&1
OUT=$(cat "$TMP/u.out")
expect_out ":undo takes back the last choice" "Taken back."
expect_out ":quit ends with a debrief of what was played" "you ended the call after 1 decision"

# End of input at the prompt ends the call cleanly.
printf '1\n' | rp play $S --seed 3 --json >"$TMP/eof.json" 2>/dev/null
expect_eq "EOF at a prompt records the session as quit" "$(json "$TMP/eof.json" 'd["status"], len(d["decisions"])')" "('quit', 1)"
run rp replay "$TMP/eof.json"
expect_rc "a quit session replays" 0

# A very long line is refused, not truncated into a choice.
python3 -c 'print("1"*100000)' | rp play $S --seed 3 >"$TMP/long.out" 2>&1
OUT=$(cat "$TMP/long.out")
expect_out "a very long line is refused" "too long"

# A run-time error in a scenario function ends the session as aborted.
rp play tests/scenarios/bad/runtime_say.lua --seed 1 --choices 1 --json >"$TMP/ab.json" 2>"$TMP/ab.err"
expect_eq "a scenario run-time error exits 1" "$?" "1"
expect_eq "the record is marked aborted and keeps the decision" "$(json "$TMP/ab.json" 'd["status"], [x["choice"] for x in d["decisions"]]')" "('aborted', ['ask'])"
expect_eq "the abort reason names file, line and function" "$(json "$TMP/ab.json" 'd["abort_reason"]')" "tests/scenarios/bad/runtime_say.lua:16: attempt to index a nil value (local 't') (in say of node 'broken')"
run rp replay "$TMP/ab.json"
expect_rc "an aborted session replays to the same abort" 0
run rp play tests/scenarios/bad/runtime_say.lua --seed 1 --choices 1
expect_out "an aborted session still gets a debrief" "the scenario failed after 1 decision"
