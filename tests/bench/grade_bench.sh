#!/bin/sh
# grade_bench.sh -- grading throughput: N submissions of the default
# scenario (real graded attempts along varied paths, copied to N trainees),
# graded with --jobs 1 and --jobs <cores>.  Prints one JSON object per run:
#   {"jobs": J, "submissions": N, "verified": V, "seconds": S,
#    "per_second": R, "cpu_seconds": C, "rounds": K}
# (S the best wall time of K rounds, C the least CPU time; the outputs of
# every --jobs must be byte-identical or it fails).
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
# Best of GRADE_ROUNDS (default 5) per --jobs, the rounds of one worker and
# of one per core interleaved so that both meet the same machine; each run
# timed from inside one Python process (no interpreter start in the
# figure), its output checked after.
python3 - "$BIN" "$W" "$N" "$cores" "${GRADE_ROUNDS:-5}" <<'PY'
import json, os, resource, subprocess, sys, time
bin_, w, n, cores, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
jobs_list = [1] + ([cores] if cores > 1 else [])
best = {j: None for j in jobs_list}
cpu = {j: None for j in jobs_list}
for _ in range(rounds):
    for j in jobs_list:
        out = os.path.join(w, "out%d.json" % j)
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(out, "w") as f:
            s = time.monotonic()
            subprocess.run([bin_, "grade", os.path.join(w, "a.json"), os.path.join(w, "subs"),
                            "--jobs", str(j), "--json"], stdout=f, check=True)
            t = time.monotonic() - s
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        c = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        if best[j] is None or t < best[j]:
            best[j] = t
        if cpu[j] is None or c < cpu[j]:
            cpu[j] = c
outs = [open(os.path.join(w, "out%d.json" % j), "rb").read() for j in jobs_list]
assert all(o == outs[0] for o in outs), "--jobs changed the results"
for j in jobs_list:
    d = json.load(open(os.path.join(w, "out%d.json" % j)))
    m = len(d["submissions"])
    assert m == n, m
    v = sum(1 for x in d["submissions"] if x["class"] in ("passed", "failed"))
    print(json.dumps({"jobs": j, "submissions": m, "verified": v,
                      "seconds": round(best[j], 3), "per_second": round(m / best[j]),
                      "cpu_seconds": round(cpu[j], 3), "rounds": rounds}))
PY
