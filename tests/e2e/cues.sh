# cues.sh -- `rapport check`'s cue analysis: players that read only the
# options' wording, the cue model, and the cue-wins / cue-leak warnings.
. "$(dirname "$0")/lib.sh"

C=tests/scenarios/check

# A scenario whose best option is always the longest, a question, "you".
run rp check $C/cue_longest.lua
expect_rc "cues are warnings: check without --strict passes" 0
expect_out "the longest-option player wins, named with its median" \
  "cue_longest.lua: warning: a wording-only player (longest: the longest option) scores 100.0 (median of 7 seeds; the pass mark is 65) and reaches the best ending 'won' on 7 of 7 seeds [cue-wins]"
expect_out "with the path it took (playable with --choices)" "    path: ask1,ask2,ask3"
# (The model's pick depends on what the curriculum teaches it, so the
# players named are checked up to the model.)
expect_out "the leaking decision is named by file:line, node and choice" \
  "cue_longest.lua:15: warning: node 'one': the best option (choice 'ask1') is the pick of "
expect_out "with the cues that picked it" \
  "of the 11 wording-only players that meet this decision (longest, question, you-not-we, test-wise, no-pitch, echo, first"
expect_out "the cues section lists every player" "    shortest    median   6.3  ending lost"
expect_out "and the cue model against chance" "    cue model: picks the best option in"
case "$OUT" in *"statement: "*"[cue-wins]"*) notok "a player that loses is not reported" ;; *) ok "a player that loses is not reported" ;; esac

run rp check --strict $C/cue_longest.lua
expect_rc "--strict fails on cue warnings" 1

run rp check --no-cues --strict $C/cue_longest.lua
expect_rc "--no-cues leaves the other checks" 0
case "$OUT" in *"[cue-"*|*"cues:"*) notok "--no-cues prints no cue section or warning" "$OUT" ;; *) ok "--no-cues prints no cue section or warning" ;; esac

run rp check --pass-mark 80 $C/cue_longest.lua
expect_out "--pass-mark is the mark in the message" "(median of 7 seeds; the pass mark is 80)"
run rp check --pass-mark 101 $C/cue_longest.lua
expect_rc "--pass-mark above 100 is a usage error" 2

# The replayed witness reaches what the player reached.
rp play $C/cue_longest.lua --seed 3 --choices ask1,ask2,ask3 --json >"$TMP/w.json" 2>/dev/null
expect_eq "the witness path plays to the best ending" "$(json "$TMP/w.json" 'd["ending"]["id"]')" "won"

# JSON: every player, its scores per seed, the model, the leaks.
rp check --json $C/cue_longest.lua >"$TMP/a.json" 2>/dev/null
rp check --json $C/cue_longest.lua >"$TMP/b.json" 2>/dev/null
expect_eq "--json has eleven players" "$(json "$TMP/a.json" 'len(d[0]["cues"]["players"])')" "11"
expect_eq "each with a score per seed" "$(json "$TMP/a.json" 'len(d[0]["cues"]["players"][0]["scores"])')" "7"
expect_eq "the shortest player's median is its middle score" \
  "$(json "$TMP/a.json" '[p for p in d[0]["cues"]["players"] if p["name"]=="shortest"][0]["median"] == sorted([p for p in d[0]["cues"]["players"] if p["name"]=="shortest"][0]["scores"])[3]')" "True"
expect_eq "the model learned from all ten shipped scenarios (this one is not among them)" \
  "$(json "$TMP/a.json" 'd[0]["cues"]["model"]["train_scenarios"]')" "10"
expect_eq "three leaking decisions" "$(json "$TMP/a.json" '[l["node"] for l in d[0]["cues"]["leaks"]]')" "['one', 'two', 'three']"
strip() { python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
for x in d: x["exploration"].pop("seconds", None)
print(json.dumps(d, sort_keys=True))' "$1"; }
expect_eq "the analysis is deterministic (two runs, same JSON)" "$(strip "$TMP/a.json")" "$(strip "$TMP/b.json")"

# Options that are functions are judged on the text they return.
rp check --json $C/cue_function.lua >"$TMP/f.json" 2>/dev/null
expect_eq "a function's text counts for its length" \
  "$(json "$TMP/f.json" '[p["median"] for p in d[0]["cues"]["players"] if p["name"] in ("longest","shortest")]')" "[100, 0]"

# Leave one scenario out: a shipped scenario's model never sees it.
rp check --json scenarios/discovery-call.lua >"$TMP/d.json" 2>/dev/null
expect_eq "a shipped scenario's model learns from the nine others" \
  "$(json "$TMP/d.json" 'd[0]["cues"]["model"]["train_scenarios"]')" "9"
expect_eq "and is measured on its own decisions" \
  "$(json "$TMP/d.json" 'd[0]["cues"]["model"]["decisions"] > 0 and 0 <= d[0]["cues"]["model"]["accuracy"] <= 1')" "True"

# No curriculum to learn from: the model is left out, the rest still runs.
mkdir -p "$TMP/empty/scenarios"
cp $C/cue_longest.lua "$TMP/empty/scenarios/"
(cd "$TMP/empty" && RAPPORT_PATH= "$RAPPORT_BIN" check --json scenarios/cue_longest.lua) >"$TMP/e.json" 2>/dev/null
expect_eq "with only itself on the search path the model is not trained" \
  "$(json "$TMP/e.json" 'd[0]["cues"]["model"]["trained"]')" "False"
expect_eq "and ten players remain" "$(json "$TMP/e.json" 'len(d[0]["cues"]["players"])')" "10"

# Locked options show the expected move: practice lists them with their
# hint, graded and assessed play do not list them at all.
T=tests/scenarios/tiny.lua
run rp play $T --seed 2 --choices pitch
expect_out "practice shows a locked option with its hint" "You haven't heard about a problem yet."
rp assign $T --pass 50 --due 2099-01-01 --attempts 3 -o "$TMP/assign.json" >/dev/null 2>&1
run rp homework "$TMP/assign.json" --scenario $T --trainee lockt --choices pitch -o "$TMP/s.json"
case "$OUT$ERR" in
*"heard about a problem"*) notok "graded play does not show locked options" "$OUT" ;;
*"Is there budget"*) ok "graded play does not show locked options" ;;
*) notok "graded play does not show locked options" "the hub was not shown: $OUT $ERR" ;;
esac

# Several wordings: the seed picks one, the record keeps it, replay checks.
cat >"$TMP/w.lua" <<'LUA'
return scenario {
  id = "wordings", title = "Wordings", module = "testing", difficulty = "beginner",
  version = "1", brief = "b", shuffle = false,
  prospect = { name = "Ana Ruiz", role = "Buyer", company = "Ruiz" },
  start = "one",
  nodes = { one = { say = "Hello.", choices = {
    { id = "a", text = { "Wording one.", "Wording two.", "Wording three." },
      skills = { listening = 1 }, next = "won", coach = "c" },
    { id = "b", text = "Other.", skills = { pushing = 1 }, next = "won", coach = "c" } } } },
  endings = { won = { say = "Done.", outcome = { result = "won", deal_value = 1, days_to_close = 1 } } },
}
LUA
seen=""
for seed in 1 2 3 4 5 6 7 8; do
  w=$(rp play "$TMP/w.lua" --seed $seed --choices b 2>/dev/null | grep -o "Wording [a-z]*" | head -1)
  w2=$(rp play "$TMP/w.lua" --seed $seed --choices b 2>/dev/null | grep -o "Wording [a-z]*" | head -1)
  [ "$w" = "$w2" ] || seen="$seen differs-on-seed-$seed"
  case " $seen " in *" $w "*) ;; *) seen="$seen $w" ;; esac
done
case "$seen" in *differs*) notok "one seed always shows the same wording" "$seen" ;; *) ok "one seed always shows the same wording" ;; esac
n=$(echo "$seen" | tr ' ' '\n' | grep -c .)
[ "$n" -ge 4 ] && ok "different seeds show different wordings ($seen)" || notok "different seeds show different wordings" "$seen"
rp play "$TMP/w.lua" --seed 4 --choices a --json >"$TMP/wr.json" 2>/dev/null
wd=$(json "$TMP/wr.json" 'd["decisions"][0]["wording"]')
case "$wd" in 0|1|2) ok "the record keeps which wording was shown ($wd)" ;; *) notok "the record keeps which wording was shown" "$wd" ;; esac
rp replay "$TMP/wr.json" --scenario "$TMP/w.lua" >/dev/null 2>&1
expect_eq "the record replays" "$?" "0"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["decisions"][0]["wording"]=(d["decisions"][0]["wording"]+1)%3; json.dump(d,open(sys.argv[2],"w"))' "$TMP/wr.json" "$TMP/wt.json"
run rp replay "$TMP/wt.json" --scenario "$TMP/w.lua"
expect_err "an edited wording does not replay" "the replay shows wording $wd"
sed 's/text = { "Wording one.", "Wording two.", "Wording three." }/text = { }/' "$TMP/w.lua" >"$TMP/w0.lua"
run rp play "$TMP/w0.lua" --choices 1
expect_err "an empty list of wordings is refused with file:line" "w0.lua:7: choice 'a' in node 'one': field 'text' lists 0 wordings; give 1 to 8"
