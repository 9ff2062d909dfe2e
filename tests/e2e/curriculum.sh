# curriculum.sh -- the program that ships: at least five modules and eight
# scenarios in curriculum order, rapport modules and list grouped by it, and
# the baseline assessment with its advice.
. tests/e2e/lib.sh

run rp modules --json
expect_rc "rapport modules finds every scenario the curriculum names" 0
echo "$OUT" >"$TMP/m.json"
expect_eq "at least five modules" "$(json "$TMP/m.json" 'len(d["modules"]) >= 5')" "True"
expect_eq "at least eight scenarios in the modules" \
  "$(json "$TMP/m.json" 'sum(len(m["scenarios"]) for m in d["modules"]) >= 8')" "True"
expect_eq "every module says what it trains" \
  "$(json "$TMP/m.json" 'all(len(m["trains"]) > 40 for m in d["modules"])')" "True"
expect_eq "each scenario id in the manifest is found" \
  "$(json "$TMP/m.json" 'all(s["found"] for m in d["modules"] for s in m["scenarios"])')" "True"
expect_eq "every scenario on the path is in the curriculum or is the baseline" \
  "$(ls scenarios/*.lua | wc -l)" "$(json "$TMP/m.json" '1 + sum(len(m["scenarios"]) for m in d["modules"])')"

run rp modules
expect_out "rapport modules starts with the baseline" "Start here: rapport baseline"
expect_out "rapport modules numbers the modules" "Module 1: Listening"

run rp list
expect_rc "rapport list exits 0" 0
first=$(echo "$OUT" | head -1)
expect_eq "rapport list shows the baseline first" "$first" "Baseline assessment"
order=$(echo "$OUT" | grep '^Module' | cut -d: -f1 | tr '\n' ' ')
expect_eq "rapport list groups modules in curriculum order" "$order" "Module 1 Module 2 Module 3 Module 4 Module 5 "

# The baseline: its best path, scripted, in assessment mode.
rp check --json scenarios/baseline.lua >"$TMP/b.json" 2>/dev/null
best=$(json "$TMP/b.json" 'd[0]["best_path"]["choices"]')
worst=$(json "$TMP/b.json" 'd[0]["worst_path"]["choices"]')
run rp baseline --seed 1 --choices "$best"
expect_rc "the baseline plays" 0
case "$OUT" in *"Coach:"*) notok "the baseline shows no coaching during the call" ;; *) ok "the baseline shows no coaching during the call" ;; esac
expect_out "the baseline ends with the full debrief" "== Debrief:"
expect_out "a trusted advisor's baseline names no weak spot" "No weak spot: a trusted advisor's call. Go on to the hardest module: Module 5, Closing through the relationship."
run rp baseline --seed 1 --choices "$worst"
expect_out "a pushy baseline is sent to the objections module" "Work on first: pushing less"
expect_out "the advice names the module and its first scenario" "Module 4, Objections without pushing: start with \`rapport play send-me-a-brochure\`."
rp baseline --seed 1 --choices "$worst" --json --trainee tess >"$TMP/a.json" 2>/dev/null
expect_eq "the baseline record says assessment and where to go" \
  "$(json "$TMP/a.json" 'd["mode"], d["assessment"]["work_on"], d["assessment"]["module"]')" "('assessment', 'pushing', 'objections')"
printf '1\n:undo\n:quit\n' | rp baseline --seed 1 >"$TMP/u.out" 2>&1
OUT=$(cat "$TMP/u.out")
expect_out "the baseline has no :undo" ":undo is for practice"
