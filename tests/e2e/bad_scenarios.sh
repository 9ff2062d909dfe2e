# bad_scenarios.sh -- every broken scenario in tests/scenarios/bad that
# declares "-- expect: MESSAGE" on its first line must be refused with
# exactly that message (file, line, node, choice, field), exit 1.
. tests/e2e/lib.sh
for f in tests/scenarios/bad/*.lua; do
  want=$(head -1 "$f" | sed -n 's/^-- expect: //p')
  [ -n "$want" ] || continue
  run rp play "$f" --seed 1 --choices 1
  expect_rc "$(basename "$f"): refused with exit 1" 1
  got=$(echo "$ERR" | head -1)
  expect_eq "$(basename "$f"): exact message" "$got" "rapport: $want"
done
