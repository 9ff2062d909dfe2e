# scenarios.sh -- every shipped scenario meets the curriculum's quality bar:
# rapport check --strict is clean (no errors, no warnings, no balance
# warning), its own rapport test passes with tests present, its best path has
# at least 12 decisions (the baseline: every path 10 to 14), it has at least
# three reachable endings with different deal values or days to close.
. tests/e2e/lib.sh
for f in scenarios/*.lua; do
  n=$(basename "$f" .lua)
  rp check --strict --json "$f" >"$TMP/c.json" 2>"$TMP/c.err"
  expect_eq "$n: rapport check --strict is clean" "$?" "0"
  grep -q '"code"' "$TMP/c.json" && notok "$n: no diagnostics at all" "$(json "$TMP/c.json" '[x["code"] for x in d[0]["diagnostics"]]')"
  run rp test "$f"
  expect_rc "$n: rapport test passes" 0
  case "$OUT" in *" 0 passed"*) notok "$n: has tests" ;; *) ok "$n: has tests" ;; esac
  if [ "$n" = baseline ]; then
    expect_eq "$n: every path is 10 to 14 decisions" \
      "$(json "$TMP/c.json" '10 <= d[0]["decisions"][0] and d[0]["decisions"][1] <= 14')" "True"
  else
    expect_eq "$n: the best path has at least 12 decisions" \
      "$(json "$TMP/c.json" 'len(d[0]["best_path"]["choices"].split(",")) >= 12')" "True"
  fi
  expect_eq "$n: at least 3 reachable endings with different outcomes" \
    "$(json "$TMP/c.json" 'len(set((e["result"], e["deal_value"]) for e in d[0]["endings"] if e["reached"])) >= 3')" "True"
  expect_eq "$n: the best path wins" \
    "$(json "$TMP/c.json" '[e["result"] for e in d[0]["endings"] if e["id"] == d[0]["best_path"]["ending"]][0]')" "won"
done
