# scenarios.sh -- every shipped scenario passes rapport check --strict (no
# errors, no warnings, no balance warning) and its own rapport test.
. tests/e2e/lib.sh
for f in scenarios/*.lua; do
  run rp check --strict "$f"
  expect_rc "$(basename "$f"): rapport check --strict is clean" 0
  run rp test "$f"
  expect_rc "$(basename "$f"): rapport test passes" 0
  case "$OUT" in *" 0 passed"*) notok "$(basename "$f"): has tests" ;; *) ok "$(basename "$f"): has tests" ;; esac
done
