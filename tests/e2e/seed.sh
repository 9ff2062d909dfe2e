# seed.sh -- a session's seed is kept exactly, end to end.
#
# --seed takes up to 2^53 - 1 (sixteen digits) and a random default seed is
# as large; cJSON printed numbers with 15 significant digits, so the record
# said 6.32675238536724e+15 for 6326752385367239.  The record, the
# submission, --json and replay must carry every digit.  discovery-call
# shuffles its options with the seed, so answering "1" to every question
# picks by it (from standard input: sessions differ in length).
. tests/e2e/lib.sh
export RAPPORT_PATH="$RAPPORT_ROOT/scenarios"
S=discovery-call
ones() { yes 1 | head -n 40; }
H="$TMP/data/rapport/trainees"

# The seed's text in a record file: the digits exactly as written.
seed_text() { sed -n 's/^	"seed":	\([^,]*\),$/\1/p' "$1"; }
# The choices a record made, in order.
choices() { json "$1" '",".join(x["choice"] for x in d["decisions"])'; }

for seed in 9007199254740991 6326752385367239 4503599627370497 1000000000000000; do
  ones >"$TMP/in"
  run rp play $S --seed $seed --json --trainee ann <"$TMP/in"
  expect_rc "--seed $seed plays" 0
  printf '%s\n' "$OUT" >"$TMP/r-$seed.json"
  expect_eq "--seed $seed: --json prints the seed with every digit" "$(seed_text "$TMP/r-$seed.json")" "$seed"
  saved=$(ls "$H"/ann/sessions/*-$S-$seed-*.json)
  expect_eq "--seed $seed: the saved record says the same digits" "$(seed_text "$saved")" "$seed"
  run rp replay "$saved" --json
  expect_rc "--seed $seed: the record replays and matches" 0
  printf '%s\n' "$OUT" >"$TMP/re-$seed.json"
  expect_eq "--seed $seed: the replay's record keeps the digits" "$(seed_text "$TMP/re-$seed.json")" "$seed"
  # The same seed, read back from the record, picks the same options: the
  # seed that was recorded is the seed that was played.
  again=$(json "$saved" 'd["seed"]')
  ones | rp play $S --seed "$again" --json --trainee ann >"$TMP/a-$seed.json" 2>/dev/null
  expect_eq "--seed $seed: the recorded seed plays the same session again" \
    "$(choices "$TMP/a-$seed.json")" "$(choices "$saved")"
done
expect_eq "different seeds picked different options (the seed is used)" \
  "$(for s in 9007199254740991 6326752385367239 4503599627370497 1000000000000000; do choices "$TMP/r-$s.json"; done | sort -u | wc -l)" "4"

# Random default seeds: the history file's name carries the seed (%llu, so
# exact); the record inside must say the same.  About one in five random
# seeds lost digits before, so twenty sessions all but surely meet one.
i=0
bad=""
while [ $i -lt 20 ]; do
  ones | rp play $S --trainee rnd >/dev/null 2>&1
  i=$((i + 1))
done
for f in "$H"/rnd/sessions/*.json; do
  name=$(basename "$f" | sed "s/^[^-]*-$S-\([0-9]*\)-.*/\1/")
  [ "$(seed_text "$f")" = "$name" ] || bad="$bad $name:$(seed_text "$f")"
  rp replay "$f" >/dev/null 2>&1 || bad="$bad $name:replay"
done
expect_eq "20 random seeds: each record's seed is its file name's, digit for digit, and replays" "$bad" ""
n=$(ls "$H"/rnd/sessions/*.json | wc -l)
expect_eq "... (20 sessions saved)" "$n" "20"

# A graded attempt's submission (a random seed too).
mkdir -p "$TMP/w"
cd "$TMP/w" || exit 1
rp assign $S --pass 70 --due 2099-12-31 --attempts 3 --id week1 -o a.json 2>/dev/null
ones | rp homework a.json --trainee sub -o s1.json >/dev/null 2>&1
rec=$(ls "$H"/sub/sessions/*.json)
name=$(basename "$rec" | sed "s/^[^-]*-$S-\([0-9]*\)-.*/\1/")
expect_eq "the submission's seed has every digit" "$(seed_text s1.json)" "$name"
run rp replay s1.json
expect_rc "... and the submission replays" 0
cd "$RAPPORT_ROOT" || exit 1

# A record written before: the seed rounded to 15 digits still parses
# (as the rounded number) and replays, since choices are replayed by id.
old="$TMP/old.json"
# Records from before choices had several wordings carry no "wording":
# the rounded seed would pick others, so the fabricated old record has none.
sed 's/^	"seed":	9007199254740991,$/	"seed":	9.00719925474099e+15,/; /^			"wording":	[0-9]*,$/d' "$TMP/r-9007199254740991.json" >"$old"
expect_eq "(the old record has the rounded seed)" "$(seed_text "$old")" "9.00719925474099e+15"
run rp replay "$old"
expect_rc "an old record with a rounded seed still replays" 0
mkdir -p "$H/old/sessions"
sed 's/"trainee":	"ann"/"trainee":	"old"/' "$old" >"$H/old/sessions/20240101T000000Z-$S-1-1-0.json"
run rp progress --trainee old
expect_rc "... and progress reads it" 0
expect_out "... as a session" "Progress of old: 1 session"
