# tsan_grade.sh -- rapport grade on many threads under ThreadSanitizer: a
# batch of real submissions (replayed through scenarios with functions, so
# every worker runs its own Lua sandbox) plus tampered, malformed and
# duplicate ones, graded with --jobs 4 into every output.  Any data race
# report fails it (TSan exits 66 at the first), and the results must be
# those of the normal binary on one thread.
#
# RAPPORT_TSAN_BIN is build-tsan/rapport (make test builds it; tests/run.sh
# runs this script once).  Without it the check fails: a race check that
# quietly skips would pass a racy grader.
. tests/e2e/lib.sh
export RAPPORT_PATH="$RAPPORT_ROOT/scenarios"
TSAN_BIN=${RAPPORT_TSAN_BIN:-}
if [ -z "$TSAN_BIN" ] || [ ! -x "$TSAN_BIN" ]; then
  notok "the ThreadSanitizer build exists" \
    "RAPPORT_TSAN_BIN='$TSAN_BIN' is not a program: run make tsan (make test builds it)"
  exit 1
fi
if ! nm "$TSAN_BIN" 2>/dev/null | grep -q __tsan_init; then
  notok "RAPPORT_TSAN_BIN is built with -fsanitize=thread" "$TSAN_BIN has no __tsan_init"
  exit 1
fi
ok "the ThreadSanitizer build exists"
# halt_on_error: the first report ends the run with exit 66; report the
# threads' creation stacks in full.
export TSAN_OPTIONS="halt_on_error=1:exitcode=66:second_deadlock_stack=1"

W="$TMP/w"
mkdir -p "$W/subs" "$W/base"
FUTURE=2099-12-31T17:00+01:00
for scn in discovery-call angry-customer; do
  rp assign $scn --pass 60 --due $FUTURE --attempts 3 --id "t-$scn" -o "$W/$scn.json" 2>/dev/null
  # Real attempts along different paths: answers from a seeded generator,
  # one per line (numbers not offered are ignored).
  i=0
  while [ $i -lt 8 ]; do
    python3 -c "import random; r=random.Random($i); print('\n'.join(str(r.randint(1,4)) for _ in range(80)))" |
      rp homework "$W/$scn.json" --trainee "b$i" -o "$W/base/$scn-$i.json" >/dev/null 2>&1
    i=$((i + 1))
  done
done
n_base=$(ls "$W/base" | wc -l)
expect_eq "16 real submissions were made" "$n_base" 16

# Each scenario's batch: its attempts copied to 24 trainees, a second and
# third attempt for some, one duplicate, one with a forged score, one that
# is not JSON, one answering the other assignment.
python3 - "$W" <<'PY'
import json, os, sys
w = sys.argv[1]
for scn, other in (("discovery-call", "angry-customer"), ("angry-customer", "discovery-call")):
    d = os.path.join(w, "subs", scn)
    os.makedirs(d)
    base = [json.load(open(os.path.join(w, "base", "%s-%d.json" % (scn, i)))) for i in range(8)]
    for i in range(24):
        s = dict(base[i % 8])
        s["trainee"] = "t%02d" % (i % 17)
        s["seed"] = s["seed"] + i  # another attempt: a replay of its own
        json.dump(s, open(os.path.join(d, "s%02d.json" % i), "w"), indent="\t")
    json.dump(base[0], open(os.path.join(d, "dup-a.json"), "w"))
    json.dump(base[0], open(os.path.join(d, "dup-b.json"), "w"))
    forged = dict(base[1])
    real = forged["scores"]["overall"]
    forged["scores"] = dict(forged["scores"], overall=0 if real else 100)
    json.dump(forged, open(os.path.join(d, "forged.json"), "w"))
    open(os.path.join(d, "junk.json"), "w").write('{"format": "rapport.record", ')
    json.dump(json.load(open(os.path.join(w, "base", "%s-0.json" % other))),
              open(os.path.join(d, "other.json"), "w"))
PY

for scn in discovery-call angry-customer; do
  a="$W/$scn.json"
  subs="$W/subs/$scn"
  # the reference: the normal build on one thread
  rp grade "$a" "$subs" --jobs 1 --json >"$W/ref.json" 2>"$W/ref.err"
  rp grade "$a" "$subs" --jobs 1 --summary >"$W/ref.sum" 2>/dev/null
  for out in json summary table; do
    case $out in
    json) set -- --json ;;
    summary) set -- --summary ;;
    table) set -- --csv "$W/g.csv" --xapi "$W/x.json" ;;
    esac
    "$TSAN_BIN" grade "$a" "$subs" --jobs 4 "$@" >"$W/out" 2>"$W/err"
    rc=$?
    if [ $rc -ne 66 ] && ! grep -q "ThreadSanitizer" "$W/err"; then
      ok "$scn, --jobs 4, $out: no data race reported (exit $rc)"
    else
      notok "$scn, --jobs 4, $out: no data race reported" "exit $rc" \
        "$(grep -A30 'WARNING: ThreadSanitizer' "$W/err" | head -40)"
    fi
    case $out in
    json) expect_eq "$scn: the results on 4 threads are those on one" \
      "$(cmp -s "$W/out" "$W/ref.json" && echo same)" same ;;
    summary) expect_eq "$scn: the cohort view on 4 threads is that on one" \
      "$(cmp -s "$W/out" "$W/ref.sum" && echo same)" same ;;
    esac
  done
  classes=$(json "$W/ref.json" '" ".join(sorted(set(s["class"] for s in d["submissions"])))')
  # (whether an attempt passes depends on its seed, drawn at play time:
  # a verified one is passed or failed)
  for c in "passed failed" duplicate tampered malformed wrong-assignment; do
    found=no
    for x in $c; do
      case " $classes " in *" $x "*) found=yes ;; esac
    done
    if [ $found = yes ]; then
      ok "$scn: the batch has a $(echo "$c" | sed 's/ / or /') submission"
    else
      notok "$scn: the batch has a $(echo "$c" | sed 's/ / or /') submission" "classes: $classes"
    fi
  done
done
