# cli.sh -- the command line: help, version, usage errors, list.
. tests/e2e/lib.sh

run rp --version
expect_rc "--version exits 0" 0
expect_out "--version prints the version" "rapport 0."

run rp --help
expect_rc "--help exits 0" 0
for c in play list replay help; do expect_out "--help lists $c" "  $c "; done
expect_out "--help documents exit codes" "Exit status: 0 ok, 1"

run rp help play
expect_rc "help play exits 0" 0
expect_out "help play shows the --choices option" "--choices LIST"

run rp play --help
expect_out "play --help shows the same help" "usage: rapport play SCENARIO"

run rp frobnicate
expect_rc "an unknown command is a usage error (2)" 2
expect_err "an unknown command is named" "no command 'frobnicate'"

run rp play
expect_rc "play without a scenario is a usage error" 2
expect_err "play without a scenario says which is missing" "which scenario?"

run rp play tiny --bogus
expect_rc "an unknown option is a usage error" 2
expect_err "an unknown option is named" "unknown option '--bogus'"

run rp play tiny --seed
expect_rc "an option without its value is a usage error" 2

run rp play tests/scenarios/tiny.lua --seed -4 --choices 1
expect_rc "a negative seed is a usage error" 2

run rp play no-such-scenario
expect_rc "a missing scenario exits 1" 1
expect_err "a missing scenario says where rapport looked" "no scenario 'no-such-scenario' (looked in ./scenarios"

run rp list
expect_rc "list exits 0" 0
expect_out "list shows the default scenario" "discovery-call"
expect_out "list groups by module" "discovery"

run rp list --json
expect_rc "list --json exits 0" 0
echo "$OUT" >"$TMP/list.json"
expect_eq "list --json is a JSON array naming the default scenario" \
  "$(json "$TMP/list.json" '[e["id"] for e in d].count("discovery-call")')" "1"

# RAPPORT_PATH adds directories; a broken file there is reported, not fatal.
mkdir -p "$TMP/extra"
cp tests/scenarios/tiny.lua "$TMP/extra/"
cp tests/scenarios/bad/next_typo.lua "$TMP/extra/"
RAPPORT_PATH="$TMP/extra" run rp list
expect_out "RAPPORT_PATH scenarios are listed" "tiny"
expect_err "a broken scenario on the path is reported by file and line" "next_typo.lua:13:"
expect_rc "list exits 1 when a scenario failed to load" 1
RAPPORT_PATH="$TMP/extra" run rp play tiny --seed 1 --choices 1,2
expect_rc "play finds a scenario by id on RAPPORT_PATH" 0

# The bare command shows the menu; Enter starts the default scenario.
run sh -c "printf '\n:quit\n' | '$RAPPORT_BIN'"
expect_rc "the menu with Enter plays the default scenario" 0
expect_out "the menu lists scenarios with a number, the baseline first" " 1) baseline"
expect_out "Enter starts the default scenario and ends with a debrief" "== Debrief: Discovery call"
