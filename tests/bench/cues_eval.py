#!/usr/bin/env python3
"""cues_eval.py -- does the wording give the answer away?  A held-out check.

`rapport check` plays each scenario with eleven wording-only players of its
own (engine/author/check_cues.c).  This script is the held-out half: other
wording-only players, written apart from those and from the scenarios, that
read only what a trainee sees of the options (never the prospect's lines,
meters or facts), played through the real binary over several seeds.  It
prints, per scenario, each player's median overall score and whether any
seed reached the best ending, beside `rapport check`'s own cue table and the
cue model's accuracy against chance, and exits 1 when a floor is missed:

  - every wording-only player's median below 65 (--pass-mark);
  - no wording-only player reaches the scenario's best ending.

Usage: python3 tests/bench/cues_eval.py [--bin build/rapport] [--seeds 5]
       [--json OUT] [SCENARIO.lua ...]      (default: scenarios/*.lua)
Not part of `make test` (it plays a few thousand sessions); `make cues-eval`.
"""
import argparse
import glob
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile

OPTION = re.compile(r"^  (\d+)\) (.*)$")
ACK = ("i hear", "it sounds", "that sounds", "so ", "i understand",
       "that makes sense", "sounds like", "i get it", "fair enough")
HEDGES = {"maybe", "perhaps", "might", "could", "possibly", "wonder"}
PRODUCT = {"roi", "dashboard", "integration", "software", "tool", "system",
           "onboarding", "pricing", "invoice", "license", "seats", "module",
           "rollout", "implementation", "vendor", "solution", "offer"}


def words(t):
    return re.findall(r"[a-z0-9']+", t.lower())


def shown_options(text):
    """The options of the last menu in a transcript: [(number, text)]."""
    blocks, cur = [], []
    for line in text.splitlines():
        m = OPTION.match(line)
        if m:
            cur.append((int(m.group(1)), m.group(2)))
        elif cur and line.startswith("     ") and line.strip():
            n, t = cur[-1]  # an option wrapped onto the next line
            cur[-1] = (n, t + " " + line.strip())
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks[-1] if blocks else []


# Each player: options [(number, text)], the prospect's first name, rng ->
# the number it picks.  Ties go to the first shown.
def best_by(opts, key):
    return max(opts, key=lambda o: (key(o[1]), -opts.index(o)))[0]


def most_commas(o, name, rng):
    return best_by(o, lambda t: (t.count(","), len(t)))


def names_prospect(o, name, rng):
    return best_by(o, lambda t: (name.lower() in t.lower(), len(t)))


def acknowledger(o, name, rng):
    return best_by(o, lambda t: (t.lower().startswith(ACK), "?" in t))


def shortest_question(o, name, rng):
    return best_by(o, lambda t: ("?" in t, -len(t)))


def middle_length(o, name, rng):
    ranked = sorted(o, key=lambda x: (len(x[1]), x[0]))
    return ranked[(len(ranked) - 1) // 2][0]


def long_words(o, name, rng):
    return best_by(o, lambda t: len({w for w in words(t) if len(w) >= 7}))


def hedger(o, name, rng):
    return best_by(o, lambda t: (bool(HEDGES & set(words(t))), len(t)))


def numbers(o, name, rng):
    return best_by(o, lambda t: (any(c.isdigit() for c in t), "?" in t))


def no_product(o, name, rng):
    return best_by(o, lambda t: (-len(PRODUCT & set(words(t))),
                                 words(t).count("your")))


def random_question(o, name, rng):
    qs = [x for x in o if "?" in x[1]] or o
    return rng.choice(qs)[0]


PLAYERS = [most_commas, names_prospect, acknowledger, shortest_question,
           middle_length, long_words, hedger, numbers, no_product,
           random_question]


def play(binary, path, seed, player, name, env, max_turns=60):
    """Plays one session; returns (overall, ending id or None)."""
    rng = random.Random(seed * 7919 + PLAYERS.index(player))
    picks = []
    for _ in range(max_turns):
        args = [binary, "play", path, "--seed", str(seed), "--json"]
        if picks:
            args += ["--choices", ",".join(map(str, picks))]
        # no choices yet: input at its end, so the call stops at the start
        p = subprocess.run(args, capture_output=True, text=True, env=env,
                           stdin=subprocess.DEVNULL)
        try:
            rec = json.loads(p.stdout)
        except ValueError:
            return 0.0, None
        if rec.get("status") != "quit":
            end = rec.get("ending")
            return rec["scores"]["overall"], end and end.get("id")
        opts = shown_options(p.stderr)
        if not opts:
            return rec["scores"]["overall"], None
        picks.append(player(opts, name, rng))
    return 0.0, None


def best_ending(check):
    won = [e for e in check.get("endings", []) if e["result"] == "won"]
    return max(won, key=lambda e: e["deal_value"])["id"] if won else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/rapport")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--pass-mark", type=float, default=65.0)
    ap.add_argument("--json")
    ap.add_argument("scenarios", nargs="*")
    a = ap.parse_args()
    paths = a.scenarios or sorted(glob.glob("scenarios/*.lua"))
    tmp = tempfile.mkdtemp()
    env = dict(os.environ, XDG_DATA_HOME=tmp, XDG_STATE_HOME=tmp, NO_COLOR="1")
    results, missed = [], []
    for path in paths:
        c = subprocess.run([a.bin, "check", "--json", path],
                           capture_output=True, text=True, env=env)
        check = json.loads(c.stdout)[0]
        if "cues" not in check:
            print(f"{path}: does not load", file=sys.stderr)
            missed.append(path)
            continue
        intro = subprocess.run([a.bin, "play", path], capture_output=True,
                               text=True, env=env,
                               stdin=subprocess.DEVNULL).stdout.splitlines()
        name = intro[1].split()[0] if len(intro) > 1 else ""
        best = best_ending(check)
        row = {"scenario": check["id"], "best_ending": best,
               "model": check["cues"]["model"], "builtin": {}, "heldout": {}}
        for p in check["cues"]["players"]:
            row["builtin"][p["name"]] = {"median": p["median"],
                                         "best_ending": p["best_ending_runs"] > 0}
        for pl in PLAYERS:
            runs = [play(a.bin, path, s, pl, name, env)
                    for s in range(1, a.seeds + 1)]
            row["heldout"][pl.__name__] = {
                "median": statistics.median(r[0] for r in runs),
                "best_ending": any(r[1] == best for r in runs)}
        results.append(row)
        for kind in ("builtin", "heldout"):
            for n, r in row[kind].items():
                if r["median"] >= a.pass_mark or r["best_ending"]:
                    missed.append(f"{check['id']}: {kind} {n} median "
                                  f"{r['median']:.1f}"
                                  f"{' (best ending)' if r['best_ending'] else ''}")
        m = row["model"]
        acc = (f"{m['accuracy']:.2f} vs chance {m['chance']:.2f}"
               if m.get("trained") else "not trained")
        print(f"{check['id']}: cue model {acc}")
        for kind in ("builtin", "heldout"):
            print("  " + kind + ": " + "  ".join(
                f"{n}={r['median']:.0f}{'*' if r['best_ending'] else ''}"
                for n, r in row[kind].items()))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)
    if missed:
        print(f"{len(missed)} floor(s) missed:", file=sys.stderr)
        for m in missed:
            print("  " + m, file=sys.stderr)
        return 1
    print("every wording-only player stays below the pass mark and short of "
          "the best ending")
    return 0


if __name__ == "__main__":
    sys.exit(main())
