#!/bin/sh
# grade_bench.sh -- grading throughput: N submissions of the default
# scenario (real graded attempts along varied paths, copied to N trainees),
# graded with --jobs 1 and --jobs <cores>.  Prints one JSON object per run:
#   {"jobs": J, "submissions": N, "seconds": S, "per_second": R}
# Usage: sh tests/bench/grade_bench.sh BIN N WORKDIR
set -eu
BIN=$1 N=${2:-10000} W=${3:-$(mktemp -d)}
mkdir -p "$W/subs" "$W/base"
export RAPPORT_PATH="$PWD/scenarios" NO_COLOR=1 XDG_DATA_HOME="$W/data" XDG_STATE_HOME="$W/state"
rm -f "$W/a.json"
"$BIN" assign discovery-call --pass 70 --due 2099-01-01T00:00Z --attempts 3 --id bench -o "$W/a.json" 2>/dev/null
# 40 attempts along different paths: answers drawn from a seeded generator,
# one per line (rapport ignores numbers that are not offered).
i=0
while [ $i -lt 40 ]; do
  python3 -c "import random; r=random.Random($i); print('\n'.join(str(r.randint(1,4)) for _ in range(80)))" |
    "$BIN" homework "$W/a.json" --trainee "b$i" -o "$W/base/b$i.json" >/dev/null 2>&1 || true
  i=$((i + 1))
done
python3 - "$W" "$N" <<'PY'
import json, os, sys
w, n = sys.argv[1], int(sys.argv[2])
bases = [json.load(open(os.path.join(w, "base", f))) for f in sorted(os.listdir(os.path.join(w, "base")))]
for i in range(n):
    d = dict(bases[i % len(bases)])
    d["trainee"] = "t%05d" % i
    with open(os.path.join(w, "subs", "s%05d.json" % i), "w") as f:
        json.dump(d, f, indent="\t")
PY
cores=$(nproc)
for jobs in 1 $cores; do
  best=""
  for round in 1 2 3; do
    s=$(python3 -c "import time; print(time.monotonic())")
    "$BIN" grade "$W/a.json" "$W/subs" --jobs "$jobs" --json >"$W/out.json"
    e=$(python3 -c "import time; print(time.monotonic())")
    t=$(python3 -c "print($e - $s)")
    best=$(python3 -c "b='$best'; print($t if not b or $t < float(b) else b)")
  done
  python3 -c "
import json; d=json.load(open('$W/out.json'))
n=len(d['submissions']); assert n == $N, n
v=sum(1 for s in d['submissions'] if s['class'] in ('passed','failed'))
print(json.dumps({'jobs': $jobs, 'submissions': n, 'verified': v, 'seconds': round($best, 3), 'per_second': round(n / $best)}))"
done
