# author.sh -- author mode: ids, meters and facts on screen; :goto, :set and
# :reload (with the replay of the choices made so far); none of it in
# practice play.
. tests/e2e/lib.sh
cp tests/scenarios/tiny.lua "$TMP/edit.lua"

run sh -c "printf '1\n:goto hello\n:set trust 7\n:set mood 3\n:goto nowhere\n:quit\n' | '$RAPPORT_BIN' play '$TMP/edit.lua' --author --seed 1"
expect_rc "an author session exits 0" 0
expect_out "author mode shows choice ids" "1) [ask] What's getting in your way"
expect_out "author mode shows node, line, meters and facts" "[author] node 'hub' ($TMP/edit.lua:27) | trust 60 | facts: jams"
expect_out ":goto jumps to a node" "[author] node 'hello' ($TMP/edit.lua:15) | trust 60 | facts: jams"
expect_out ":set sets a meter" "| trust 7 | facts: jams"
expect_out ":set names an unknown meter" "No meter 'mood'"
expect_out ":goto names an unknown node" "No node 'nowhere' in this scenario."

# :reload picks up an edit and replays the choices made so far.  The edit
# happens once rapport has shown the first reply (polled, not slept).
fifo="$TMP/in"
mkfifo "$fifo"
"$RAPPORT_BIN" play "$TMP/edit.lua" --author --seed 1 <"$fifo" >"$TMP/r.out" 2>&1 &
pid=$!
exec 3>"$fifo"
printf '1\n' >&3
i=0
while ! grep -q "Coach: An open question" "$TMP/r.out" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
sed -i 's/So, the jams. What else?/So. The jams, then./' "$TMP/edit.lua"
printf ':reload\n' >&3
i=0
while ! grep -q "Reloaded" "$TMP/r.out" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
sed -i 's/id = "ask"/id = "asked"/' "$TMP/edit.lua"
printf ':reload\n' >&3
i=0
while ! grep -q "Replay stopped" "$TMP/r.out" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
echo 'return 42' >"$TMP/edit.lua"
printf ':reload\n:quit\n' >&3
exec 3>&-
wait $pid
RC=$?
OUT=$(cat "$TMP/r.out")
expect_rc "the reloading session exits 0" 0
expect_out ":reload replays the choices made" "Reloaded $TMP/edit.lua; replayed 1 of 1 choices."
expect_out ":reload shows the edited text" "Sam Lee: So. The jams, then."
expect_out ":reload stops where the edit no longer allows a choice" "Replay stopped at turn 1: choice 'ask' is not offered at node 'hello'"
expect_out "a reload that fails keeps the old version and says why" "Not reloaded (the old version stays): $TMP/edit.lua: the file must end with 'return scenario { ... }'"

# Practice play has none of it.
run sh -c "printf ':goto hub\n:quit\n' | '$RAPPORT_BIN' play tests/scenarios/tiny.lua --seed 1"
expect_out "practice play has no :goto" "Unknown command :goto"
case "$OUT" in *"[author]"*) notok "practice play shows no author status" ;; *) ok "practice play shows no author status" ;; esac

# An author session's record says so and is not replayed as practice.
printf '1\n:set trust 99\n2\n' | rp play tests/scenarios/tiny.lua --author --seed 1 --json >"$TMP/a.json" 2>/dev/null
expect_eq "an author session is recorded as mode author" "$(json "$TMP/a.json" 'd["mode"]')" "author"
run rp replay "$TMP/a.json"
expect_rc "an author-mode record is not replayed" 1
expect_err "replay says why an author record is refused" "an author-mode session cannot be replayed"
