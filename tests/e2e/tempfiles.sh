# tempfiles.sh -- rapport's temporary files cannot be used against it.
#
# Every file rapport writes goes first to a temporary name beside it
# (NAME.tmp.PID, then NAME.tmp.PID.RANDOM while that is taken), created
# exclusively.  In a shared folder someone else can plant a symbolic link
# at that name pointing to a file of yours; rapport must never follow it
# (that truncated the file it pointed to), and the write must still work.
# `sh -c '... exec rapport'` gives rapport the shell's $$ as its PID, so
# the links are planted at exactly the names it tries first.
. tests/e2e/lib.sh
export RAPPORT_PATH="$RAPPORT_ROOT/scenarios"
S=$RAPPORT_ROOT/tests/scenarios/tiny.lua
W="$TMP/shared"
mkdir -p "$W"
cd "$W" || exit 1
V="$TMP/victim"
printf 'precious: the victim file, not to be touched\n' >"$V"
vsum=$(sha256sum <"$V")
victim_whole() { # NAME
  expect_eq "$1: the file the link points to is untouched, byte for byte" "$(sha256sum <"$V")" "$vsum"
}

# ---- rapport assign -o (a new file: link) ------------------------------------
sh -c 'ln -s "$1" a.json.tmp.$$; exec "$2" assign discovery-call --pass 70 --due 2099-12-31 --attempts 2 --id week1 -o a.json' \
  sh "$V" "$RAPPORT_BIN" >"$TMP/out" 2>"$TMP/err"
RC=$? ERR=$(cat "$TMP/err") OUT=$(cat "$TMP/out")
expect_rc "assign -o with a link planted at its temporary name still writes" 0
victim_whole "assign -o"
if [ -f a.json ] && [ ! -L a.json ] && [ "$(json a.json 'd["id"]')" = week1 ]; then
  ok "assign -o: the assignment is a regular file of its own"
else notok "assign -o: the assignment is a regular file of its own" "$(ls -l "$W")"; fi
ls -l "$W" | grep -q 'a.json.tmp.*->' && ok "assign -o: the planted link is left where it was (not ours to remove)" ||
  notok "assign -o: the planted link is left where it was (not ours to remove)" "$(ls -l "$W")"

# ---- rapport homework -o (the submission) and its history save ---------------
# The history's temporary name is known too: STARTED-tiny-SEED-PID-0.json
# plus .tmp.PID, STARTED to the second; links for the seconds around now.
D="$TMP/data/rapport/trainees/ann/sessions"
mkdir -p "$D"
sh -c 'D=$3; V=$1; t=$(date +%s); for k in -1 0 1 2 3 4 5 6 7 8; do
    when=$(date -u -d "@$((t + k))" +%Y%m%dT%H%M%SZ)
    ln -sf "$V" "$D/$when-tiny-7-$$-0.json.tmp.$$"; done
  exec "$2" play "$4" --seed 7 --choices ask,cost --trainee ann' sh "$V" "$RAPPORT_BIN" "$D" "$S" >"$TMP/out" 2>"$TMP/err"
RC=$? ERR=$(cat "$TMP/err") OUT=$(cat "$TMP/out")
expect_rc "a history save with links planted at its temporary names still saves" 0
victim_whole "history save"
n=$(find "$D" -name '*.json' -type f | wc -l)
expect_eq "history save: the record is saved as a regular file" "$n" "1"
run rp progress --trainee ann
expect_rc "history save: progress reads the history (the planted links are not records)" 0
expect_out "... and counts the session" "Progress of ann: 1 session"

BEST=earn_agenda,where_breaks,cost_of_it,notice_before,ask_proof,ask_decision,involve_marcus,ask_budget,budget_fit,ask_timeline,summarize,payoff_q,propose_proof
sh -c 'ln -s "$1" sub.json.tmp.$$; exec "$2" homework a.json --trainee bea --choices "$3" -o sub.json' \
  sh "$V" "$RAPPORT_BIN" "$BEST" >"$TMP/out" 2>"$TMP/err"
RC=$? ERR=$(cat "$TMP/err") OUT=$(cat "$TMP/out")
expect_rc "homework -o with a link planted at its temporary name still writes" 0
victim_whole "homework -o"
if [ -f sub.json ] && [ ! -L sub.json ] && [ "$(json sub.json 'd["trainee"]')" = bea ]; then
  ok "homework -o: the submission is a regular file of its own"
else notok "homework -o: the submission is a regular file of its own" "$(ls -l "$W")"; fi

# A link at the final name itself: never followed, never replaced.
ln -s "$V" taken.json
run rp homework a.json --trainee cy --choices "$BEST" -o taken.json
expect_rc "homework -o naming a planted link fails" 1
expect_err "... saying the name exists" "taken.json already exists"
victim_whole "homework -o at a link"
[ -L taken.json ] && ok "... and the link is left as it was" || notok "... and the link is left as it was"

# ---- a file that is replaced (rapport graph -o: rename) ----------------------
sh -c 'ln -s "$1" g.dot.tmp.$$; exec "$2" graph "$3" -o g.dot' sh "$V" "$RAPPORT_BIN" "$S" >"$TMP/out" 2>"$TMP/err"
RC=$? ERR=$(cat "$TMP/err") OUT=$(cat "$TMP/out")
expect_rc "graph -o with a link planted at its temporary name still writes" 0
victim_whole "graph -o"
if [ -f g.dot ] && [ ! -L g.dot ] && grep -q digraph g.dot; then ok "graph -o: the graph is a regular file of its own"
else notok "graph -o: the graph is a regular file of its own" "$(ls -l "$W")"; fi
ln -s "$V" g2.dot
run rp graph "$S" -o g2.dot
expect_rc "graph -o over a planted link writes" 0
victim_whole "graph -o over a link"
[ -f g2.dot ] && [ ! -L g2.dot ] && ok "... replacing the link itself, not the file it points to" ||
  notok "... replacing the link itself, not the file it points to" "$(ls -l "$W")"

# ---- someone else's file at the temporary name --------------------------
# Names rapport would try after the first are random: a regular file at the
# first name shows the retry, and leaves that file alone too.
printf 'another writer\n' >"h.json.tmp.keep"
sh -c 'printf "someone else'"'"'s temporary file\n" >h.json.tmp.$$; exec "$1" assign discovery-call --pass 70 --due 2099-12-31 --attempts 2 --id week2 -o h.json' \
  sh "$RAPPORT_BIN" >"$TMP/out" 2>"$TMP/err"
RC=$? ERR=$(cat "$TMP/err")
expect_rc "a regular file at the temporary name: the write still succeeds" 0
f=$(ls h.json.tmp.* | grep -v keep)
expect_eq "... and that file is left as it was" "$(cat "$f")" "someone else's temporary file"
# Rapport's own temporaries here were the .RANDOM retries: none is left.
expect_eq "no temporary file of rapport's own is left behind" \
  "$(find "$W" "$D" -name '*.tmp.*.*' | wc -l) $(find "$W" "$D" -name '*.tmp.*' | wc -l)" "0 15"
