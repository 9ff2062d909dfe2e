# check.sh -- rapport check and rapport test through the real binary: every
# diagnostic on purpose-built scenarios, JSON output, exit codes, and the
# tests scenarios carry.
. tests/e2e/lib.sh
C=tests/scenarios/check

# codes FILE: "code where" lines from a --json report, sorted
codes() {
  python3 -c 'import json,sys
for r in json.load(open(sys.argv[1])):
  for d in r["diagnostics"]: print(d["code"], d.get("where",""), d.get("line",0))' "$1" | sort
}

rp check --json $C/structure.lua >"$TMP/s.json"
expect_eq "check exits 1 on errors" "$?" "1"
got=$(codes "$TMP/s.json")
for want in \
  "no-effect choice 'chat' in node 'opening' 16" \
  "no-coach choice 'stuck' in node 'opening' 17" \
  "unused-fact fact 'secret' 8" \
  "unused-meter meter 'mood' 7" \
  "dead-end node 'dead' 45" \
  "never-offered choice 'dream' in node 'hub' 25" \
  "unreached-node node 'orphan' 52" \
  "unreached-ending ending 'never' 60" \
  "no-exit node 'trap' 31" \
  "loop choice 'again' in node 'hub' 23"; do
  case "$got" in *"$want"*) ok "check finds: $want" ;; *) notok "check finds: $want" "$got" ;; esac
done
expect_eq "a dead end comes with the path that reaches it" \
  "$(json "$TMP/s.json" '[x["path"] for x in d[0]["diagnostics"] if x["code"]=="dead-end"]')" "['stuck']"
expect_eq "check counts coverage" \
  "$(json "$TMP/s.json" 'd[0]["coverage"]["nodes_reached"], d[0]["coverage"]["endings_reached"], d[0]["coverage"]["choices_offered"]')" "(5, 1, 7)"

run rp check $C/structure.lua
expect_out "human output names file:line, level, where and code" \
  "tests/scenarios/check/structure.lua:45: error: node 'dead': no choice can be offered here on some path: the conversation is stuck [dead-end]"
expect_out "human output says what to do" "hint: give the node a choice without conditions"

rp check --json $C/balance.lua >"$TMP/b.json"
expect_eq "balance warnings alone exit 0" "$?" "0"
got=$(codes "$TMP/b.json")
for want in "pushing-wins ending 'big'" "best-without-rq ending 'big'" \
  "rq-loses ending 'lost'" "value-not-rising ending 'small'"; do
  case "$got" in *"$want"*) ok "check warns: $want" ;; *) notok "check warns: $want" "$got" ;; esac
done
expect_eq "the pushing-wins warning carries the pushing path" \
  "$(json "$TMP/b.json" '[x["path"] for x in d[0]["diagnostics"] if x["code"]=="pushing-wins"]')" "['push']"
run rp check --strict $C/balance.lua
expect_rc "--strict makes warnings fail" 1

# Path analysis on a small scenario, exactly.
rp check --json tests/scenarios/tiny.lua >"$TMP/t.json"
expect_eq "paths are counted per ending" \
  "$(json "$TMP/t.json" '[(e["id"], e["paths"]) for e in d[0]["endings"]]')" "[('won', 2), ('slow', 0), ('lost', 4)]"
expect_eq "score ranges per ending" \
  "$(json "$TMP/t.json" '[e["overall"] for e in d[0]["endings"] if e["reached"]]')" "[[79.5, 100], [0, 42.9]]"
expect_eq "best and worst paths are playable choice lists" \
  "$(json "$TMP/t.json" 'd[0]["best_path"]["choices"], d[0]["worst_path"]["choices"]')" "('ask,cost', 'pitch,close')"
run rp play tests/scenarios/tiny.lua --seed 1 --choices "$(json "$TMP/t.json" 'd[0]["best_path"]["choices"]')" --json
echo "$OUT" >"$TMP/best.json"
expect_eq "the best path, played, scores what check said" "$(json "$TMP/best.json" 'd["scores"]["overall"]')" "100"

run rp check --max-states 3 tests/scenarios/tiny.lua
expect_out "a bound is reported when hit" "stopped at the bound: --max-states"
run rp check --json --max-states 3 tests/scenarios/tiny.lua
echo "$OUT" >"$TMP/b.json"
expect_eq "--json says which bound stopped the exploration" \
  "$(json "$TMP/b.json" 'd[0]["exploration"]["bounded"], d[0]["exploration"]["bound"], d[0]["exploration"]["states"]')" "(True, 'max_states', 3)"
expect_eq "an exploration that ends by itself names no bound" \
  "$(json "$TMP/t.json" 'd[0]["exploration"]["bounded"], "bound" in d[0]["exploration"]')" "(False, False)"

run rp check tests/scenarios/bad/next_typo.lua
expect_rc "a scenario that does not load fails the check" 1
expect_out "the load error is printed with file and line" "next_typo.lua:13: choice 'pitch'"

run rp check
expect_rc "check without a scenario is a usage error" 2

# rapport test
run rp test tests/scenarios/tiny.lua
expect_rc "passing scenario tests exit 0" 0
expect_out "rapport test ends with the summary line" "3 passed, 0 failed"
run rp test $C/failing_tests.lua
expect_rc "failing scenario tests exit 1" 1
expect_out "a passing test is listed" "ok   failing-tests: passes"
expect_out "a wrong ending is explained" "expected ending 'won', got ending 'lost'"
expect_out "a failed bound is explained" "expected overall >= 50, got 0"
expect_out "an impossible step is explained" "step 2 ('push'): the conversation had already ended (at an ending)"
expect_out "an unexpected offer is explained" "expected 'ask' not to be offered at 'opening', but it is"
expect_out "failures show the path" "path: push (seed 1)"
expect_out "the summary counts each test" "1 passed, 4 failed"

# Random play: seeded, covering, and a pass mark from its distribution.
rp check --json --random 200 --seed 5 --suggest-pass 50 tests/scenarios/tiny.lua >"$TMP/r1.json"
expect_eq "random play exits 0 on a clean run" "$?" "0"
rp check --json --random 200 --seed 5 --suggest-pass 50 tests/scenarios/tiny.lua >"$TMP/r2.json"
expect_eq "random play is deterministic for a seed" \
  "$(json "$TMP/r1.json" 'd[0]["random"]')" "$(json "$TMP/r2.json" 'd[0]["random"]')"
expect_eq "random play preferring unused options covers every choice" \
  "$(json "$TMP/r1.json" 'd[0]["random"]["choices_taken"], d[0]["random"]["choices"]')" "(5, 5)"
expect_eq "random play counts every run at an ending" \
  "$(json "$TMP/r1.json" 'sum(d[0]["random"]["endings"].values())')" "200"
expect_eq "the suggested pass mark is the median for 50%" \
  "$(json "$TMP/r1.json" 'd[0]["random"]["suggested_pass_mark"] == d[0]["random"]["overall"]["median"] or abs(d[0]["random"]["suggested_pass_mark"] - d[0]["random"]["overall"]["median"]) < 15')" "True"
run rp check --random 50 --suggest-pass 80 tests/scenarios/tiny.lua
expect_out "the human report suggests a pass mark" "passes 80% of random players"
run rp check --suggest-pass 120 tests/scenarios/tiny.lua
expect_rc "a pass mark over 100% is a usage error" 2

# Regression: shuffled display order must not change what the explorer
# finds (it once chose by shown number after a restore had reshuffled).
sed 's/ shuffle = false,//' $C/structure.lua >"$TMP/shuffled.lua"
rp check --json $C/structure.lua >"$TMP/s1.json" 2>/dev/null
rp check --json "$TMP/shuffled.lua" >"$TMP/s2.json" 2>/dev/null
expect_eq "shuffling options does not change the states explored" \
  "$(json "$TMP/s2.json" 'd[0]["exploration"]["states"], d[0]["exploration"]["transitions"], d[0]["coverage"]')" \
  "$(json "$TMP/s1.json" 'd[0]["exploration"]["states"], d[0]["exploration"]["transitions"], d[0]["coverage"]')"
