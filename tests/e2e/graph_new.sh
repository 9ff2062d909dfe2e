# graph_new.sh -- `rapport graph` (DOT and SVG, reachability, colours) and
# `rapport new` (a starter scenario that checks clean, plays, and is never
# overwritten).
. tests/e2e/lib.sh
S=tests/scenarios/tiny.lua

# graph: DOT on standard output.
run rp graph $S
expect_rc "graph exits 0" 0
expect_out "graph prints a named digraph" 'digraph "tiny" {'
expect_out "the graph is labelled with the title" 'label="A tiny test call"'
expect_out "the graph runs left to right" "rankdir=LR"
for n in hello hub won slow lost; do
  expect_out "graph draws node '$n'" "\"$n\" [label=\"$n"
done
expect_out "the start node has a bold border" 'style="rounded,bold"'
expect_out "endings show result and deal" 'label="won\nwon, $2,000, 5 days"'
expect_out "won endings are filled green" "fillcolor=palegreen"
expect_out "lost endings are filled pink" "fillcolor=pink"
expect_out "a choice is an edge labelled with its id" \
  '"hello" -> "hub" [label="ask"'
expect_out "a once-only question loops back to its hub" \
  '"hub" -> "hub" [label="budget"'
expect_out "a next function is drawn where it was seen to lead" \
  '"hub" -> "won" [label="cost"'
expect_out "relationship-building choices are green" \
  '[label="ask", color=darkgreen'
expect_out "pushing choices are red" '[label="pitch", color=red3'
expect_out "the unreachable ending is labelled so" \
  '"slow" [label="slow (unreachable)\nstalled", style="filled,dashed"'
expect_out "the unreachable ending is stalled khaki, drawn grey" \
  'fillcolor=khaki, color=gray, fontcolor=gray'
case "$OUT" in *'-> "slow"'*) notok "no edge leads to the unreachable ending" ;;
  *) ok "no edge leads to the unreachable ending" ;; esac
printf "%s\n" "$OUT" >"$TMP/tiny.dot" # (echo would expand \n)

# The DOT is valid Graphviz input.
dot -Tsvg "$TMP/tiny.dot" >"$TMP/tiny.svg" 2>"$TMP/dot.err"
rc=$?
expect_eq "dot renders the graph without error" "$rc:$(cat "$TMP/dot.err")" "0:"
grep -q "<svg" "$TMP/tiny.svg" && ok "dot produces SVG from it" ||
  notok "dot produces SVG from it"

# The same scenario gives the same bytes.
run rp graph $S
expect_eq "graph output is deterministic" "$OUT" "$(cat "$TMP/tiny.dot")"

# A scenario with functions and hubs renders too.
rp graph discovery-call | dot -Tsvg >/dev/null 2>"$TMP/dot.err"
rc=$?
expect_eq "the default scenario's graph renders" \
  "$rc:$(cat "$TMP/dot.err")" "0:"

# Strings are escaped: quotes and backslashes in a title.
sed 's/title = "A tiny test call"/title = "Say \\"hi\\" \\\\ bye"/' $S \
  >"$TMP/quoted.lua"
run rp graph "$TMP/quoted.lua"
expect_out "quotes and backslashes are escaped" 'label="Say \"hi\" \\ bye"'
printf "%s\n" "$OUT" | dot -Tsvg >/dev/null 2>&1 &&
  ok "an escaped graph renders" || notok "an escaped graph renders"

# A `next` function that never runs (its choice is never offered) leads to
# a dashed "?" node, and the never-offered choice is drawn dashed and grey.
sed 's/next = "lost", coach/when = function() return false end,\
next = function() return "lost" end, coach/' $S >"$TMP/never.lua"
run rp graph "$TMP/never.lua"
expect_out "a never-offered choice is dashed and grey" \
  '"hub" -> "?4" [label="close", color=gray, fontcolor=gray, style=dashed'
expect_out "the unknown destination is a '?' node" '"?4" [label="?"'
expect_out "the lost ending is then unreachable" 'label="lost (unreachable)'


# --format svg and -o.
run rp graph $S --format svg
expect_rc "--format svg exits 0" 0
expect_out "--format svg prints SVG" "<svg"
run rp graph $S -o "$TMP/out.dot"
expect_rc "-o exits 0" 0
expect_eq "-o leaves standard output empty" "$OUT" ""
expect_eq "-o writes the DOT to the file" "$(cat "$TMP/out.dot")" \
  "$(cat "$TMP/tiny.dot")"
run rp graph $S --format=svg -o "$TMP/out.svg"
grep -q "<svg" "$TMP/out.svg" && ok "-o with --format svg writes SVG" ||
  notok "-o with --format svg writes SVG"

# Errors.
run rp graph tests/scenarios/nope.lua
expect_rc "a missing scenario exits 1" 1
expect_err "a missing scenario is named" "nope.lua: no such scenario file"
run rp graph tests/scenarios/bad/syntax.lua
expect_rc "a scenario that does not load exits 1" 1
run rp graph
expect_rc "graph without a scenario is a usage error" 2
run rp graph $S --format png
expect_rc "an unknown format is a usage error" 2
expect_err "the formats are named" "--format takes dot or svg"
# (an empty PATH: no dot to find)
mkdir -p "$TMP/nodot"
run env PATH="$TMP/nodot" "$RAPPORT_BIN" graph $S --format svg
expect_rc "--format svg without Graphviz exits 1" 1
expect_err "--format svg without Graphviz says what to install" \
  "install graphviz"

# new: a starter scenario that passes the strict check and plays.
run rp new my-call -o "$TMP/my-call.lua"
expect_rc "new exits 0" 0
expect_err "new says where it wrote" "Wrote $TMP/my-call.lua"
expect_err "new says what to do next" "rapport check $TMP/my-call.lua"
grep -q 'id = "my-call"' "$TMP/my-call.lua" && ok "new fills in the id" ||
  notok "new fills in the id"
grep -q 'title = "My call"' "$TMP/my-call.lua" &&
  ok "new makes a title from the id" || notok "new makes a title from the id"
run rp check --strict "$TMP/my-call.lua"
expect_rc "the starter scenario passes check --strict" 0
expect_out "the starter scenario has no errors or warnings" \
  "0 errors, 0 warnings"
run rp play "$TMP/my-call.lua" --seed 1 \
  --choices agenda,ask_pain,ask_impact,reflect,ask_decision,propose,pilot
expect_rc "the starter scenario plays" 0
expect_out "its best path wins the deal" "WON, \$36,000"
run rp play "$TMP/my-call.lua" --seed 1 --choices pitch,close_now
expect_out "pushing loses it" "LOST"
run rp graph "$TMP/my-call.lua"
expect_rc "the starter scenario graphs" 0

# new never overwrites.
sum=$(sha256sum "$TMP/my-call.lua")
run rp new my-call -o "$TMP/my-call.lua"
expect_rc "new on an existing file exits 1" 1
expect_err "new refuses to overwrite" "already exists"
expect_eq "the existing file is unchanged" "$(sha256sum "$TMP/my-call.lua")" \
  "$sum"

# Bad ids are usage errors.
for id in My-Call "a b" "" "x/y" "$(printf 'a%.0s' $(seq 65))"; do
  run rp new "$id" -o "$TMP/bad.lua"
  expect_rc "new '$(echo "$id" | cut -c1-10)' is a usage error" 2
done
[ ! -e "$TMP/bad.lua" ] && ok "a bad id writes nothing" ||
  notok "a bad id writes nothing"
run rp new
expect_rc "new without an id is a usage error" 2

# Without -o: scenarios/ID.lua under the current directory (created when
# missing), found by id from there.
mkdir "$TMP/work"
(cd "$TMP/work" && "$RAPPORT_BIN" new x-call) >"$TMP/out" 2>"$TMP/err"
expect_eq "new without -o exits 0" "$?" "0"
[ -f "$TMP/work/scenarios/x-call.lua" ] &&
  ok "new without -o writes scenarios/ID.lua" ||
  notok "new without -o writes scenarios/ID.lua" "$(cat "$TMP/err")"
(cd "$TMP/work" && "$RAPPORT_BIN" check --strict x-call) >"$TMP/out" 2>&1
expect_eq "the new scenario is found by id and checks clean" "$?" "0"
(cd "$TMP/work" && "$RAPPORT_BIN" new x-call) >"$TMP/out" 2>"$TMP/err"
expect_eq "new without -o does not overwrite either" "$?" "1"
