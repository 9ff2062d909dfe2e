# limits.sh -- the scenario limits (SCN_CHOICES_MAX, SCN_NODES_MAX,
# SCN_TOTAL_CHOICES_MAX in include/core/scn.h) and the explorer's
# (EXPLORE_MAX_STATES): over a limit, a generated scenario is refused at
# load with file:line and the exact message, exit 1; at the limit it loads
# and checks cleanly.
. tests/e2e/lib.sh
GEN="$TMP/gen"
mkdir -p "$GEN"

# wide N: one node 'a' of N choices (its `choices =` on line 8), every one
# leading to the one ending.
wide() {
  awk -v n="$1" 'BEGIN {
    print "return scenario {"
    print "  id = \"wide\", title = \"t\", module = \"m\", difficulty = \"beginner\","
    print "  version = \"1\", brief = \"b\","
    print "  prospect = { name = \"A\", role = \"B\", company = \"C\" },"
    print "  start = \"a\","
    print "  nodes = {"
    print "    a = {"
    print "      say = \"Hello.\", choices = {"
    for (i = 1; i <= n; i++)
      printf "        { id = \"c%d\", text = \"Line %d.\", next = \"done\", skills = { listening = 1 }, coach = \"c\" },\n", i, i
    print "      } },"
    print "  },"
    print "  endings = { done = { say = \"bye\", outcome = { result = \"won\" } } },"
    print "}"
  }'
}

# shared NODES CHOICES: NODES nodes n1..nNODES, all one table of CHOICES
# choices, made by a loop (`nodes =` on line 11): a small file, a big graph.
shared() {
  cat <<EOF
local cs = {}
for i = 1, $2 do
  cs[i] = { id = "c" .. i, text = "t", next = "done", skills = { listening = 1 }, coach = "c" }
end
local nd = { say = "s", choices = cs }
local nodes = {}
for i = 1, $1 do nodes["n" .. i] = nd end
return scenario {
  id = "many", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b", prospect = { name = "A", role = "B", company = "C" },
  start = "n1", nodes = nodes,
  endings = { done = { say = "bye", outcome = { result = "won" } } },
}
EOF
}

# refused NAME FILE MESSAGE: play and check both refuse it, exit 1.
refused() {
  run rp play "$2" --seed 1 --choices 1
  expect_rc "$1: play refuses it" 1
  expect_eq "$1: the exact message" "$(echo "$ERR" | head -1)" "rapport: $2:$3"
  run rp check "$2"
  expect_rc "$1: check refuses it" 1
  expect_eq "$1: check says the same" "$(echo "$OUT" | head -1)" "$2:$3"
}

# ---- choices per node -------------------------------------------------------

wide 257 >"$GEN/wide257.lua"
refused "257 choices in a node" "$GEN/wide257.lua" \
  "8: node 'a': field 'choices' has 257 choices; at most 256 are allowed"

# The issue's node: 40,000 choices made check report a [loop] that is not
# there (the option's index was packed into 16 bits) after 45 s.
wide 40000 >"$GEN/wide40000.lua"
refused "40,000 choices in a node" "$GEN/wide40000.lua" \
  "8: node 'a': field 'choices' has 40000 choices; at most 256 are allowed"

# At the limit: every choice reaches the ending, once each, and nothing
# loops.
wide 256 >"$GEN/wide256.lua"
run rp check "$GEN/wide256.lua"
expect_rc "256 choices in a node: check passes" 0
expect_out "every one is offered" "offered 256/256 choices"
expect_out "each is one path to the ending" "256 distinct paths from start to an ending, 1 to 1 decisions long"
case "$OUT" in
*"[loop]"*) notok "no false [loop] at 256 choices" "$(grep -m1 loop "$TMP/out")" ;;
*) ok "no false [loop] at 256 choices" ;;
esac
run rp check --json "$GEN/wide256.lua"
expect_eq "the JSON agrees: 256 paths, no loop" \
  "$(json "$TMP/out" 'str(d[0]["paths"]) + " " + str(len([x for x in d[0]["diagnostics"] if x["code"] == "loop"]))')" \
  "256 0"

# ---- nodes per scenario ------------------------------------------------------

shared 1000000 1 >"$GEN/nodes_over.lua"
refused "a million nodes and an ending" "$GEN/nodes_over.lua" \
  "11: 'nodes' and 'endings' hold 1000001 nodes and endings; at most 1000000 are allowed"

# ---- choices per scenario ----------------------------------------------------

# 3,907 nodes sharing 256 choices: the node that passes a million is named
# (nodes are compiled in id order, n1, n10, n100, n1000, ..., so the 3,907th
# is n999), at the line of its `nodes =`.
shared 3907 256 >"$GEN/choices_over.lua"
refused "3,907 nodes of 256 choices" "$GEN/choices_over.lua" \
  "11: node 'n999': field 'choices' brings the scenario to 1000192 choices; at most 1000000 are allowed in all"
# One node fewer is 999,936 choices: it loads and plays.
shared 3906 256 >"$GEN/choices_at.lua"
run rp play "$GEN/choices_at.lua" --seed 1 --choices 1
expect_rc "3,906 nodes of 256 choices (999,936) load and play" 0
expect_out "and the choice leads to the ending" "bye"

# ---- the explorer's bound ----------------------------------------------------

T=tests/scenarios/tiny.lua
run rp check --max-states 1000000001 "$T"
expect_rc "--max-states above 1,000,000,000 is refused" 2
expect_err "naming the range" "--max-states takes a whole number from 1 to 1000000000 (got '1000000001')"
run rp check --max-states 1000000000 "$T"
expect_rc "--max-states 1,000,000,000 is accepted" 0

# ---- JSON output is whole or refused ------------------------------------------

# check --json and progress --json add every field through rp_json_build,
# which fails the whole output when one cannot be added (swept allocation
# by allocation in test_oom): a bare cJSON_Add* would leave it out silently.
bare=$(grep -n 'cJSON_Add' engine/cli/cli_check.c engine/cli/cli_progress.c)
if [ -z "$bare" ]; then ok "check and progress build their JSON through rp_json_build"
else notok "check and progress build their JSON through rp_json_build" "$bare"; fi
