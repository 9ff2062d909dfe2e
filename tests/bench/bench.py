#!/usr/bin/env python3
"""bench.py -- rapport against inkjs and a bare Lua walk (run by tests/bench/run.sh).

Not a test: nothing here fails on a slow figure.  It fails (exit 1) only
when a player does not do the same walk as the peers (checksums differ) or
something does not run.  Figures are medians over interleaved rounds
(rapport, inkjs, bare Lua, rapport, ...), so that all three see the same
machine; every rapport figure is also given as a ratio to each peer.

Writes docs/performance.md and tests/bench/results.json.

Environment: BENCH_PEERS (the peer kit, default ../shared/bench-peers next
to the repository), BENCH_ROUNDS (default 5), BENCH_QUICK=1 (a smoke run
with few plays; its figures are not meant to be kept).
"""
import json
import os
import platform
import re
import select
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORK = os.path.join(ROOT, "build", "bench")
PEERS = os.path.abspath(os.environ.get(
    "BENCH_PEERS", os.path.join(ROOT, "..", "shared", "bench-peers")))
NODE_MODULES = os.path.join(ROOT, "tests", "bench", "node_modules")
BENCH = os.path.join(WORK, "bench_rapport")
RAPPORT = os.path.join(ROOT, "build", "rapport")
CONVERT = os.path.join(ROOT, "tests", "bench", "convert.py")
DEFAULT_SCENARIO = "discovery-call"

QUICK = os.environ.get("BENCH_QUICK") == "1"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "2" if QUICK else "5"))
NS = [100, 1000, 10000]
SEED = 42
PLAYS = {"rapport": 2000 if QUICK else 200000,
         "bare_lua": 1000 if QUICK else 40000,
         "inkjs": 30 if QUICK else 500}
FN_N = 1000          # the graph whose function variant is timed
CHECK_N = 1000       # rapport check on this graph (bounded at the default)
EXHAUSTIVE_N = 100   # and exhaustively on this one
WHOLE_BOUND = "200000000"  # the CHECK_N graph explored whole (44M states)
RANDOM_RUNS = 10000
GRADE_N = 10000      # submissions graded (grade_bench.sh)
GRADE_BENCH = os.path.join(ROOT, "tests", "bench", "grade_bench.sh")
STARTUP_RUNS = 3 if QUICK else 10   # hyperfine runs per command per round
PROMPT_SPAWNS = 5 if QUICK else 20  # first-prompt spawns per round

ENGINES = ("rapport", "inkjs", "bare_lua")
LABEL = {"rapport": "rapport", "inkjs": "inkjs", "bare_lua": "bare Lua"}


def log(msg):
    print("bench: " + msg, flush=True)


def die(msg):
    print("bench: FAILED: " + msg, file=sys.stderr, flush=True)
    sys.exit(1)


def env():
    e = dict(os.environ)
    e["NODE_PATH"] = NODE_MODULES
    # rapport play keeps a record of every session: not in the user's history
    for v in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME",
              "XDG_CACHE_HOME"):
        e[v] = os.path.join(WORK, "xdg")
    e["RAPPORT_TRAINEE"] = "bench"
    return e


ENV = None


def run(cmd, stdin=subprocess.DEVNULL, cwd=None):
    p = subprocess.run(cmd, stdin=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, env=ENV,
                       cwd=cwd or ROOT)
    if p.returncode != 0:
        die("%s exited %d:\n%s%s" % (" ".join(cmd), p.returncode,
                                     p.stdout[-2000:], p.stderr[-2000:]))
    return p.stdout


def run_json(cmd):
    out = run(cmd)
    for line in reversed(out.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    die("%s printed no JSON line:\n%s" % (" ".join(cmd), out[-2000:]))


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def path(*p):
    return os.path.join(WORK, *p)


# ---- the graphs ------------------------------------------------------------

def prepare():
    for f in ("gen_graph.py", "walk.lua", "run_ink.js"):
        if not os.path.exists(os.path.join(PEERS, f)):
            die("the peer kit is not at %s (set BENCH_PEERS)" % PEERS)
    for n in NS:
        prefix = path("g%d" % n)
        if not os.path.exists(prefix + ".graph.json"):
            run([sys.executable, os.path.join(PEERS, "gen_graph.py"), "-n",
                 str(n), "-b", "3", "--seed", "1", "-o", prefix])
        run([sys.executable, CONVERT, prefix + ".graph.json",
             path("s%d.lua" % n)])
        if n == FN_N:
            run([sys.executable, CONVERT, prefix + ".graph.json",
                 path("f%d.lua" % n), "--functions"])
        if not os.path.exists(prefix + ".json"):
            log("compiling g%d.ink with inkjs" % n)
            run(["node", os.path.join(PEERS, "run_ink.js"), prefix + ".ink",
                 "-p", "0", "--write-json", prefix + ".json"])


def walk_cmd(engine, n, plays, functions=False):
    if engine == "rapport":
        return [BENCH, "walk", path(("f%d.lua" if functions else "s%d.lua") % n),
                str(plays), str(SEED)]
    if engine == "inkjs":
        return ["node", os.path.join(PEERS, "run_ink.js"), path("g%d.json" % n),
                "-p", str(plays), "--seed", str(SEED)]
    return ["lua5.4", os.path.join(PEERS, "walk.lua"), path("g%d.lua" % n),
            str(plays), str(SEED)]


# ---- the walk: same checksum, then interleaved rounds ------------------------

def verify():
    """Every player must do the same walk: rapport's checksum (and its
    characters of prospect text, against walk.lua's) at each peer's number
    of plays must be the peer's."""
    expect = {}
    for n in NS:
        for peer in ("inkjs", "bare_lua"):
            p = PLAYS[peer]
            theirs = run_json(walk_cmd(peer, n, p))
            ours = run_json(walk_cmd("rapport", n, p))
            if ours["checksum"] != theirs["checksum"]:
                die("N=%d, %d plays: rapport's checksum %s differs from %s's %s"
                    % (n, p, ours["checksum"], LABEL[peer], theirs["checksum"]))
            if peer == "bare_lua" and ours["chars_out"] != theirs["chars_out"]:
                die("N=%d: rapport showed %d characters of prospect text, "
                    "walk.lua %d" % (n, ours["chars_out"], theirs["chars_out"]))
            expect[(peer, n)] = theirs["checksum"]
            log("N=%d: checksum %s over %d plays: rapport = %s" %
                (n, theirs["checksum"], p, LABEL[peer]))
        mine = run_json(walk_cmd("rapport", n, PLAYS["rapport"]))
        expect[("rapport", n)] = mine["checksum"]
        if n == FN_N:
            fn = run_json(walk_cmd("rapport", n, PLAYS["rapport"], True))
            if fn["checksum"] != mine["checksum"]:
                die("N=%d: the function variant's checksum %s differs from the "
                    "plain graph's %s" % (n, fn["checksum"], mine["checksum"]))
            expect[("rapport_fn", n)] = mine["checksum"]
    return expect


def rounds(expect):
    data = {}  # (engine, n) -> list of result objects
    for r in range(ROUNDS):
        log("walk round %d/%d" % (r + 1, ROUNDS))
        for n in NS:
            order = ["rapport", "inkjs", "bare_lua"]
            if n == FN_N:
                order.append("rapport_fn")
            for eng in order:
                base = "rapport" if eng == "rapport_fn" else eng
                res = run_json(walk_cmd(base, n, PLAYS[base], eng == "rapport_fn"))
                if res["checksum"] != expect[(eng, n)]:
                    die("N=%d: %s's checksum changed between runs: %s, not %s" %
                        (n, eng, res["checksum"], expect[(eng, n)]))
                data.setdefault((eng, n), []).append(res)
    return data


# ---- start-up ----------------------------------------------------------------

def hyperfine(cmds, runs):
    """Runs each command `runs` times (after one warm-up) with hyperfine;
    returns the list of times in seconds per command."""
    out = path("hyperfine.json")
    args = ["hyperfine", "-N", "--warmup", "1", "--runs", str(runs),
            "--export-json", out, "--style", "none"]
    for c in cmds:
        args.append(" ".join(c))
    run(args)
    with open(out) as f:
        res = json.load(f)["results"]
    return [r["times"] for r in res]


def startup():
    """Process start to the first line a player sees, per engine and N, and
    for the default scenario; interleaved rounds of hyperfine runs."""
    times = {}
    scen = os.path.join(ROOT, "scenarios", DEFAULT_SCENARIO + ".lua")
    for r in range(ROUNDS):
        log("start-up round %d/%d" % (r + 1, ROUNDS))
        for n in NS:
            cmds = [[BENCH, "first-line", path("s%d.lua" % n)],
                    ["node", os.path.join(PEERS, "run_ink.js"), "--first-line",
                     path("g%d.json" % n)],
                    ["lua5.4", os.path.join(PEERS, "walk.lua"), "--first-line",
                     path("g%d.lua" % n)]]
            for eng, t in zip(ENGINES, hyperfine(cmds, STARTUP_RUNS)):
                times.setdefault((eng, n), []).extend(t)
        cmds = [[BENCH, "first-line", scen], ["lua5.4", "-e", "''"],
                [RAPPORT, "play", DEFAULT_SCENARIO]]
        for k, t in zip(("engine_first_line", "lua_e", "play_whole"),
                        hyperfine(cmds, STARTUP_RUNS)):
            times.setdefault(k, []).extend(t)
        p, l = first_prompt(PROMPT_SPAWNS)
        times.setdefault("first_prompt", []).extend(p)
        times.setdefault("lua_e_spawned", []).extend(l)
    return times


def spawn_until(cmd, until_exit):
    """Seconds from spawning cmd to the first output it flushes (rapport
    flushes what it has printed when it waits for the first answer), or to
    its exit.  stdin stays open, so rapport waits at its first prompt."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT)
    fd = p.stdout.fileno()
    got = b""
    if until_exit:
        while os.read(fd, 65536):
            pass
        p.wait()
        t = time.perf_counter() - t0
    else:
        while True:
            r, _, _ = select.select([fd], [], [], 10)
            if not r:
                p.kill()
                die("%s printed nothing for 10 s" % " ".join(cmd))
            d = os.read(fd, 65536)
            t = time.perf_counter() - t0
            if not d:
                die("%s exited before its first prompt" % " ".join(cmd))
            got += d
            if b"1) " in got:  # the options are shown: it waits for input
                break
    p.stdin.close()
    p.stdout.close()
    p.wait()
    return t, got


def first_prompt(spawns):
    """`rapport play DEFAULT` to its first prompt, and `lua5.4 -e ''` to its
    exit, spawned the same way, alternately."""
    prompt, lua = [], []
    for _ in range(spawns):
        t, _ = spawn_until([RAPPORT, "play", DEFAULT_SCENARIO], False)
        prompt.append(t)
        t, _ = spawn_until(["lua5.4", "-e", ""], True)
        lua.append(t)
    return prompt, lua


# ---- rapport alone -------------------------------------------------------------

def check_json(file, extra=()):
    out = run([RAPPORT, "check", "--json"] + list(extra) + [file])
    rep = json.loads(out)[0]
    return rep


def lua_dofile_ms(file):
    """Bare Lua's dofile of a rapport scenario file itself (`scenario`
    returning its table): how much of a load is only running the file."""
    code = ("scenario = function(t) return t end; local t = os.clock(); "
            "dofile(%r); io.write(string.format('%%.3f', (os.clock() - t) * 1000))"
            % file)
    return float(run(["lua5.4", "-e", code]))


def rapport_only():
    res = {}
    res["scenario_dofile_ms"] = med([lua_dofile_ms(path("s10000.lua"))
                                     for _ in range(1 if QUICK else 3)])
    log("rapport check on the %d-node graph (default bound)" % CHECK_N)
    cli, exp = [], []
    for _ in range(1 if QUICK else 3):
        rep = check_json(path("s%d.lua" % CHECK_N))
        cli.append(rep["exploration"])
        exp.append(run_json([BENCH, "explore", path("s%d.lua" % CHECK_N)]))
    res["check_bounded"] = {"cli": cli, "explore": exp}
    log("rapport check, exhaustive, on the %d-node graph" % EXHAUSTIVE_N)
    bound = "200000" if QUICK else "4000000"
    exp = [run_json([BENCH, "explore", path("s%d.lua" % EXHAUSTIVE_N), bound])
           for _ in range(1 if QUICK else 3)]
    t = time.perf_counter()
    rep = check_json(path("s%d.lua" % EXHAUSTIVE_N), ["--max-states", bound])
    res["check_exhaustive"] = {"cli": [rep["exploration"]], "explore": exp,
                               "cli_wall": time.perf_counter() - t,
                               "paths": rep.get("paths")}
    # The 1,000-node graph whole: 44 million states and about 5 GB, so
    # once each (exploration alone, then the whole check), and not in a
    # quick run.  How fast the machine gives fresh memory explains much of
    # it: measured beside it.
    if not QUICK:
        log("exploring the whole %d-node graph (about a minute and 5 GB)"
            % CHECK_N)
        res["touch"] = run_json([BENCH, "touch", "2048"])
        whole = run_json([BENCH, "explore", path("s%d.lua" % CHECK_N),
                          WHOLE_BOUND])
        log("rapport check on the whole %d-node graph (about two minutes)"
            % CHECK_N)
        t = time.perf_counter()
        rep = check_json(path("s%d.lua" % CHECK_N),
                         ["--max-states", WHOLE_BOUND])
        res["whole"] = {"explore": whole, "cli": rep["exploration"],
                        "cli_wall": time.perf_counter() - t,
                        "paths": rep.get("paths")}
    log("random play, %d runs" % RANDOM_RUNS)
    runs = 1000 if QUICK else RANDOM_RUNS
    rnd = [run_json([BENCH, "random", path("s%d.lua" % CHECK_N), str(runs)])
           for _ in range(1 if QUICK else 3)]
    t = time.perf_counter()
    run([RAPPORT, "check", "--json", "--random", str(runs),
         path("s%d.lua" % CHECK_N)])
    res["random"] = {"bench": rnd, "cli_wall": time.perf_counter() - t,
                     "runs": runs}
    # Grading: real graded attempts of the default scenario copied to many
    # trainees, each replayed and classified by `rapport grade` (best of 5
    # per --jobs).  A fresh folder: the attempts count against the history.
    n = 500 if QUICK else GRADE_N
    log("grading %d submissions" % n)
    gw = path("grade")
    shutil.rmtree(gw, ignore_errors=True)
    out = run(["sh", GRADE_BENCH, RAPPORT, str(n), gw], cwd=ROOT)
    res["grade"] = [json.loads(l) for l in out.splitlines()
                    if l.startswith("{")]
    if not res["grade"] or any(g["verified"] != g["submissions"]
                               for g in res["grade"]):
        die("grading: not every submission was verified: %s" % out)
    return res


# ---- the machine -------------------------------------------------------------

def first_line_of(cmd):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, env=ENV)
        return p.stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


def machine(ink_engine):
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"^model name\s*:\s*(.*)$", f.read(), re.M)
            cpu = m.group(1).strip() if m else "?"
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            kb = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
            mem = "%.1f GiB" % (kb / 1048576)
    except (OSError, AttributeError):
        pass
    osname = platform.system()
    try:
        with open("/etc/os-release") as f:
            m = re.search(r'^PRETTY_NAME="?([^"\n]*)', f.read(), re.M)
            osname = m.group(1) if m else osname
    except OSError:
        pass
    cc = os.environ.get("CC", "cc")
    return {
        "cpu": cpu, "cores": os.cpu_count(), "memory": mem,
        "os": "%s, Linux %s" % (osname, platform.release()),
        "compiler": first_line_of([cc, "--version"]),
        "cflags": "-std=c11 -O2 (librapport.a as the Makefile builds it: -O2 -g)",
        "lua": first_line_of(["lua5.4", "-v"]),
        "inkjs": ink_engine,
        "hyperfine": first_line_of(["hyperfine", "--version"]),
        "python": platform.python_version(),
    }


# ---- figures, floors and the report -----------------------------------------

def ratio(a, b):
    return None if a is None or b in (None, 0) else a / b


def figure(name, n, unit, better, values):
    """values: engine -> median.  Ratios are rapport / peer."""
    r = values.get("rapport")
    ratios = {}
    for peer in ("inkjs", "bare_lua"):
        if values.get(peer) is not None:
            ratios["rapport/" + peer] = ratio(r, values.get(peer))
    return {"name": name, "N": n, "unit": unit, "better": better,
            "rapport": r, "inkjs": values.get("inkjs"),
            "bare_lua": values.get("bare_lua"), "ratios": ratios}


def grade_figures(grades):
    """The grading figures from grade_bench.sh's lines: rate, time and
    rate per core for each --jobs, and the speed-up of the most jobs."""
    figs = []
    for g in grades:
        figs.append(figure("grading: submissions per second (`rapport grade "
                           "--jobs %d`, each replayed and classified)"
                           % g["jobs"], g["submissions"], "subs/s", "higher",
                           {"rapport": g["per_second"]}))
        figs.append(figure("grading: total time (`--jobs %d`, best of %d)"
                           % (g["jobs"], g.get("rounds", 3)),
                           g["submissions"], "s", "lower",
                           {"rapport": g["seconds"]}))
        figs.append(figure("grading: submissions per second per core "
                           "(`--jobs %d`: its rate / %d)"
                           % (g["jobs"], g["jobs"]), g["submissions"],
                           "subs/s", "higher",
                           {"rapport": g["per_second"] / g["jobs"]}))
    one = [g for g in grades if g["jobs"] == 1]
    many = [g for g in grades if g["jobs"] > 1]
    if one and many:
        g1, gn = one[0], max(many, key=lambda g: g["jobs"])
        figs.append(figure("grading: speed-up of `--jobs %d` over `--jobs 1` "
                           "(total times)" % gn["jobs"], gn["submissions"],
                           "x", "higher",
                           {"rapport": g1["seconds"] / gn["seconds"]}))
    return figs


def build_figures(walks, starts, only):
    figs = []
    for n in NS:
        def m(eng, key):
            return med([x[key] for x in walks[(eng, n)]])
        # As for load below: walk.lua's play time is os.clock() (CPU time),
        # run_ink.js's the wall clock; rapport is given both.
        figs.append(figure("turns per second, wall clock (as run_ink.js)", n,
                           "turns/s", "higher",
                           {"rapport": m("rapport", "turns_per_s"),
                            "inkjs": m("inkjs", "turns_per_s")}))
        figs.append(figure("turns per CPU second (as walk.lua's os.clock())",
                           n, "turns/s", "higher",
                           {"rapport": m("rapport", "turns_per_cpu_s"),
                            "bare_lua": m("bare_lua", "turns_per_s")}))
        # walk.lua times its dofile with os.clock() (CPU time of the
        # process), run_ink.js with the wall clock: rapport is given both,
        # each beside the peer measured the same way.  On a busy shared
        # machine the wall clock also counts time spent waiting for a core.
        figs.append(figure("load time, CPU time of the process (as walk.lua's "
                           "os.clock())", n, "ms", "lower",
                           {"rapport": m("rapport", "load_cpu_ms"),
                            "bare_lua": m("bare_lua", "load_ms")}))
        figs.append(figure("load time, wall clock (as run_ink.js)", n, "ms",
                           "lower",
                           {"rapport": m("rapport", "load_ms"),
                            "inkjs": m("inkjs", "load_ms")}))
        figs.append(figure("peak RSS", n, "MiB", "lower",
                           {e: m(e, "peak_rss_mb") for e in ENGINES}))
        figs.append(figure("start to first line", n, "ms", "lower",
                           {e: med(starts[(e, n)]) * 1000 for e in ENGINES}))
    lua_e = med(starts["lua_e"]) * 1000
    lua_sp = med(starts["lua_e_spawned"]) * 1000
    f = figure("start to first prompt, `rapport play %s` (spawned; peer: "
               "`lua5.4 -e ''` spawned the same way)" % DEFAULT_SCENARIO, None,
               "ms", "lower",
               {"rapport": med(starts["first_prompt"]) * 1000,
                "bare_lua": lua_sp})
    figs.append(f)
    figs.append(figure("start to first line, engine only (bench_rapport "
                       "first-line %s.lua; peer: `lua5.4 -e ''`)" %
                       DEFAULT_SCENARIO, None, "ms", "lower",
                       {"rapport": med(starts["engine_first_line"]) * 1000,
                        "bare_lua": lua_e}))
    figs.append(figure("whole `rapport play %s` with no input (first prompt, "
                       "end of input, debrief, record saved; peer: "
                       "`lua5.4 -e ''`)" % DEFAULT_SCENARIO, None, "ms", "lower",
                       {"rapport": med(starts["play_whole"]) * 1000,
                        "bare_lua": lua_e}))
    # rapport alone
    cb = only["check_bounded"]
    figs.append(figure("rapport check: states per second (whole check; "
                       "bounded at {:,} states)".format(cb["cli"][0]["max_states"]),
                       CHECK_N, "states/s", "higher",
                       {"rapport": med([c["states"] / c["seconds"]
                                        for c in cb["cli"]])}))
    figs.append(figure("rapport check: total time (bounded)", CHECK_N, "s",
                       "lower", {"rapport": med([c["seconds"] for c in cb["cli"]])}))
    figs.append(figure("exploration alone: states per second (bounded)",
                       CHECK_N, "states/s", "higher",
                       {"rapport": med([e["states_per_s"] for e in cb["explore"]])}))
    figs.append(figure("exploration alone: states per CPU second (bounded)",
                       CHECK_N, "states/s", "higher",
                       {"rapport": med([e["states_per_cpu_s"]
                                        for e in cb["explore"]])}))
    ce = only["check_exhaustive"]
    figs.append(figure("exploration alone: states per second (exhaustive, "
                       "{:,} states)".format(ce["explore"][0]["states"]),
                       EXHAUSTIVE_N,
                       "states/s", "higher",
                       {"rapport": med([e["states_per_s"] for e in ce["explore"]])}))
    figs.append(figure("exploration alone: states per CPU second (exhaustive)",
                       EXHAUSTIVE_N, "states/s", "higher",
                       {"rapport": med([e["states_per_cpu_s"]
                                        for e in ce["explore"]])}))
    c = ce["cli"][0]
    figs.append(figure("rapport check: states per second (exhaustive; whole "
                       "check, path analysis included)", EXHAUSTIVE_N,
                       "states/s", "higher", {"rapport": c["states"] / c["seconds"]}))
    figs.append(figure("rapport check: total time (exhaustive)", EXHAUSTIVE_N,
                       "s", "lower", {"rapport": c["seconds"]}))
    wh = only.get("whole")
    if wh is not None:
        e = wh["explore"]
        what = ("whole graph, {:,} states, {:,} transitions".format(
            e["states"], e["edges"]) if not e["bounded"] else
            "stopped at the %s bound after {:,} states".format(e["states"])
            % ("memory" if e.get("memory_bounded") else "--max-states"))
        figs.append(figure("exploration alone: states per second (%s)" % what,
                           CHECK_N, "states/s", "higher",
                           {"rapport": e["states_per_s"]}))
        figs.append(figure("exploration alone: states per CPU second (whole "
                           "graph)", CHECK_N, "states/s", "higher",
                           {"rapport": e["states_per_cpu_s"]}))
        figs.append(figure("exploration alone: time (whole graph)", CHECK_N,
                           "s", "lower", {"rapport": e["seconds"]}))
        figs.append(figure("exploration alone: of which the kernel (page "
                           "faults on fresh memory)", CHECK_N, "s", "lower",
                           {"rapport": e["sys_seconds"]}))
        figs.append(figure("exploration alone: peak RSS (whole graph)",
                           CHECK_N, "MiB", "lower",
                           {"rapport": e["peak_rss_mb"]}))
        figs.append(figure("rapport check --max-states %s: total time (whole "
                           "graph; path analysis included)" % WHOLE_BOUND,
                           CHECK_N, "s", "lower", {"rapport": wh["cli_wall"]}))
        t = only["touch"]
        figs.append(figure("this machine: fresh memory written, first time "
                           "(page faults; huge pages as the explorer's "
                           "arrays)", None, "GB/s", "higher",
                           {"rapport": t["first_gb_per_s"]}))
        figs.append(figure("this machine: the same memory written again",
                           None, "GB/s", "higher",
                           {"rapport": t["second_gb_per_s"]}))
    rd = only["random"]
    figs.append(figure("random play (check --random): playthroughs per second",
                       CHECK_N, "runs/s", "higher",
                       {"rapport": med([x["runs_per_s"] for x in rd["bench"]])}))
    figs.append(figure("rapport check --random %d: total time (exploration "
                       "included)" % rd["runs"], CHECK_N, "s", "lower",
                       {"rapport": rd["cli_wall"]}))
    figs.append(figure("for comparison: bare Lua's dofile of the converted scenario file (not rapport)",
                       10000, "ms", "lower",
                       {"rapport": only["scenario_dofile_ms"]}))
    figs.extend(grade_figures(only["grade"]))
    plain = med([x["turns_per_cpu_s"] for x in walks[("rapport", FN_N)]])
    fn = med([x["turns_per_cpu_s"] for x in walks[("rapport_fn", FN_N)]])
    figs.append(figure("one turn, plain data", FN_N, "ns", "lower",
                       {"rapport": 1e9 / plain}))
    figs.append(figure("one turn, Lua functions in say and when", FN_N, "ns",
                       "lower", {"rapport": 1e9 / fn}))
    figs.append(figure("functions / plain data, cost of a turn", FN_N, "x",
                       "lower", {"rapport": plain / fn}))
    return figs


def find(figs, name, n):
    for f in figs:
        if f["name"].startswith(name) and f["N"] == n:
            return f
    return None


def floors(figs):
    out = []

    def add(what, measured, limit, ok):
        out.append({"floor": what, "measured": measured, "limit": limit,
                    "pass": bool(ok)})
    for n in NS:
        ri = find(figs, "turns per second, wall", n)["ratios"]["rapport/inkjs"]
        rl = find(figs, "turns per CPU second", n)["ratios"]["rapport/bare_lua"]
        add("turns/s at N={:,} at least 100x inkjs".format(n),
            "{:,.0f}x".format(ri), "100x",
            ri >= 100)
        add("turns/s at N={:,} at least 2x bare Lua (both in CPU time)"
            .format(n), "%.2fx" % rl,
            "2x",
            rl >= 2)
    f = figs[[i for i, x in enumerate(figs)
              if x["name"].startswith("start to first prompt")][0]]
    r = f["ratios"]["rapport/bare_lua"]
    add("start to first prompt of %s at most 2x `lua5.4 -e ''`" %
        DEFAULT_SCENARIO, "%.2fx (%.1f ms vs %.1f ms)" % (r, f["rapport"],
                                                          f["bare_lua"]),
        "2x", r <= 2)
    f = find(figs, "load time, CPU", 10000)
    r = f["ratios"]["rapport/bare_lua"]
    add("load of the 10,000-node scenario at most 1.5x bare Lua's dofile "
        "(both in CPU time)",
        "%.2fx (%.0f ms vs %.0f ms)" % (r, f["rapport"], f["bare_lua"]),
        "1.5x", r <= 1.5)
    f = find(figs, "peak RSS", 10000)
    r = f["ratios"]["rapport/bare_lua"]
    add("peak RSS at N=10,000 at most 2x bare Lua's",
        "%.2fx (%.1f MiB vs %.1f MiB)" % (r, f["rapport"], f["bare_lua"]),
        "2x", r <= 2)
    f = find(figs, "exploration alone: states per second (exhaustive", EXHAUSTIVE_N)
    add("exhaustive exploration (rapport check) at least 1,000,000 distinct "
        "states/s on the plain-data graph (N=%d, every state)" % EXHAUSTIVE_N,
        "{:,.0f} states/s".format(f["rapport"]), "1,000,000",
        f["rapport"] >= 1e6)
    f = find(figs, "exploration alone: states per second (whole", CHECK_N)
    if f is None:
        f = find(figs, "exploration alone: states per second (stopped",
                 CHECK_N)
    if f is not None:
        add("exhaustive exploration at least 1,000,000 distinct states/s on "
            "the %d-node graph (%s)" % (CHECK_N, f["name"].split("(", 1)[1]
                                        .rstrip(")")),
            "{:,.0f} states/s".format(f["rapport"]), "1,000,000",
            f["rapport"] >= 1e6)
    f = find(figs, "exploration alone: states per second (bounded", CHECK_N)
    add("exploration at least 1,000,000 distinct states/s on the %d-node "
        "graph (bounded: its states are far more than the default bound)"
        % CHECK_N, "{:,.0f} states/s".format(f["rapport"]), "1,000,000",
        f["rapport"] >= 1e6)
    f = find(figs, "grading: submissions per second per core (`--jobs 1`",
             GRADE_N)
    if f is not None:
        add("grading (`rapport grade --json`, every submission replayed) at "
            "least 10,000 submissions/s on one core",
            "{:,.0f} subs/s".format(f["rapport"]), "10,000",
            f["rapport"] >= 1e4)
    f = find(figs, "grading: speed-up of", GRADE_N)
    if f is not None:
        jobs = int(f["name"].split("`--jobs ")[1].split("`")[0])
        want = 1.8 if jobs == 2 else 0.9 * jobs
        add("grading with `--jobs %d` at least %.1fx as fast as with one "
            "worker (same output, checked)" % (jobs, want),
            "%.2fx" % f["rapport"], "%.1fx" % want, f["rapport"] >= want)
    return out


def fmt(v, unit):
    if v is None:
        return "–"
    if unit in ("turns/s", "states/s", "runs/s"):
        return "{:,.0f}".format(v)
    if unit == "x":
        return "%.2f" % v
    if unit == "s":
        return "%.2f" % v
    if v >= 100:
        return "{:,.0f}".format(v)
    return "%.1f" % v if v >= 10 else "%.2f" % v


def fmt_ratio(v):
    if v is None:
        return "–"
    return "{:,.0f}x".format(v) if v >= 100 else "%.2fx" % v


def markdown(figs, fl, mach, meta):
    L = []
    w = L.append
    w("# Performance")
    w("")
    w("Generated by `make bench` (tests/bench/run.sh); do not edit by hand. "
      "Not part of `make test`: nothing here is a timed test.")
    w("")
    w("rapport is compared with **inkjs** (inkle's ink on Node.js) and a "
      "**bare Lua 5.4** walk of the same graph as a plain table (the peer "
      "kit in `shared/bench-peers`), on synthetic conversations of N nodes "
      "(`gen_graph.py -n N -b 3 --seed 1`: 3 choices per node, 40% of the "
      "non-first choices conditional on a meter, 3 endings, about 25 turns a "
      "playthrough).  `tests/bench/convert.py` turns each graph into a "
      "plain-data rapport scenario; `tests/bench/bench_rapport.c` plays it "
      "through rapport's session API (`sess_new`, `sess_options`, "
      "`sess_choose`, `sess_restart` per playthrough) with the peers' pick "
      "rule, and its checksum `turns:empathy:listening:pushing` equals both "
      "peers' (and its characters of prospect text equal walk.lua's): the "
      "same walk, checked on every run.")
    w("")
    w("Medians of %d interleaved rounds (rapport, inkjs, bare Lua, rapport, "
      "...); ratios are rapport / peer, from the same run.  Plays per run: "
      "rapport %s, bare Lua %s, inkjs %s (seed %d).  Noise between runs "
      "on a shared 2-core VM is easily ±20%%: compare ratios, not absolute "
      "figures from different runs." % (meta["rounds"],
                                         "{:,}".format(PLAYS["rapport"]),
                                         "{:,}".format(PLAYS["bare_lua"]),
                                         "{:,}".format(PLAYS["inkjs"]), SEED))
    if QUICK:
        w("")
        w("**A quick smoke run (BENCH_QUICK=1): too few plays for the figures "
          "to mean much.**")
    w("")
    w("## Machine")
    w("")
    w("| | |")
    w("|---|---|")
    for k, label in (("cpu", "CPU"), ("cores", "cores"), ("memory", "memory"),
                     ("os", "OS"), ("compiler", "compiler"),
                     ("cflags", "flags"), ("lua", "Lua"), ("inkjs", "inkjs"),
                     ("hyperfine", "hyperfine"), ("python", "Python")):
        w("| %s | %s |" % (label, mach[k]))
    w("| date | %s |" % meta["date"])
    w("| duration of the run | %.0f s |" % meta["seconds"])
    w("| load average (1 min) at the start and the end | %s / %s |" % (
        meta["loadavg_start"], meta["loadavg_end"]))
    w("")
    w("## rapport, inkjs and bare Lua")
    w("")
    w("| figure | N | rapport | inkjs | bare Lua | rapport / inkjs | "
      "rapport / bare Lua |")
    w("|---|---:|---:|---:|---:|---:|---:|")
    for f in figs:
        if f["inkjs"] is None and f["bare_lua"] is None:
            continue
        w("| %s (%s, %s is better) | %s | %s | %s | %s | %s | %s |" % (
            f["name"], f["unit"], f["better"],
            "{:,}".format(f["N"]) if f["N"] else "–",
            fmt(f["rapport"], f["unit"]), fmt(f["inkjs"], f["unit"]),
            fmt(f["bare_lua"], f["unit"]),
            fmt_ratio(f["ratios"].get("rapport/inkjs")),
            fmt_ratio(f["ratios"].get("rapport/bare_lua"))))
    w("")
    w("What each figure measures:")
    w("")
    w("- *turns per second*: playthroughs' decisions over the time of the "
      "play loop, load excluded: run_ink.js times it with the wall clock, "
      "walk.lua with `os.clock()` (the CPU time of the process), and "
      "rapport is timed both ways, each beside the peer measured the same "
      "way (the *one turn* rows below are CPU time too).  A rapport turn is "
      "a full session turn: the options worked out, the decision and its "
      "scoring evidence recorded, the transcript kept.")
    w("- *load time*: rapport: `scn_load_file` (read, SHA-256, line index, "
      "run in the sandbox, validate and compile to C data); bare Lua: "
      "`dofile`; inkjs: `new Story(json)` of the precompiled story (the "
      "`require` of the runtime and the ink compilation are not counted).  "
      "walk.lua times its `dofile` with `os.clock()`, the CPU time of the "
      "process, and run_ink.js with the wall clock, so rapport is given "
      "both, each beside the peer that measures the same way (on a shared "
      "machine the wall clock also counts the time spent waiting for a "
      "core).")
    w("- *peak RSS*: VmHWM of the walking process at its end.")
    w("- *start to first line*: hyperfine, process start to exit after "
      "printing the first node's text (`bench_rapport first-line`, "
      "`walk.lua --first-line`, `run_ink.js --first-line` of the compiled "
      "JSON).")
    w("- *start to first prompt*: the real `build/rapport play %s`, spawned "
      "with its input open, until it has shown the first options and waits "
      "for an answer; `lua5.4 -e ''` spawned by the same harness, until it "
      "exits.  The hyperfine rows beside it: the engine alone "
      "(`bench_rapport first-line` on the scenario file) and a whole `rapport "
      "play` with no input (it also prints the debrief and saves the record "
      "with fsync)." % DEFAULT_SCENARIO)
    w("")
    w("## rapport alone")
    w("")
    w("| figure | N | rapport |")
    w("|---|---:|---:|")
    for f in figs:
        if f["inkjs"] is None and f["bare_lua"] is None:
            w("| %s (%s) | %s | %s |" % (f["name"], f["unit"],
                                        "{:,}".format(f["N"]) if f["N"] else "–",
                                        fmt(f["rapport"], f["unit"])))
    w("")
    w("- The %d-node graph has far more distinct states (node x meter values) "
      "than the default bound of 2,000,000, so `rapport check` stops there "
      "(and skips the path analysis, as it says); the %d-node graph has "
      "%s, explored exhaustively with `--max-states %s`.  *Exploration "
      "alone* is `exp_explore` timed by `bench_rapport explore`; the `rapport "
      "check` rows are `exploration.states / exploration.seconds` from "
      "`rapport check --json`, whose seconds cover the whole check (the "
      "exhaustive one includes counting and scoring %s paths)." % (
          CHECK_N, EXHAUSTIVE_N, "{:,}".format(meta["exhaustive_states"]),
          "{:,}".format(meta["exhaustive_bound"]),
          "{:,.0f}".format(meta["paths"]) if meta["paths"] else "its"))
    wh = meta.get("whole")
    if wh is not None:
        e = wh["explore"]
        w("- *Whole graph*: the %d-node graph explored with `--max-states %s`: "
          "%s distinct states and %s transitions%s, in %.0f s (%.0f s of it "
          "in the kernel, faulting in fresh memory) and %.1f GiB; the whole "
          "`rapport check` (exploration, exits, counting and scoring %s "
          "paths) took %.0f s.  The explorer stops when its state keys "
          "would pass an eighth of the machine's memory (`exp_key_budget`), "
          "so on a machine with less than about 12 GiB this graph is "
          "explored in part, as the row says." % (
              CHECK_N, "{:,}".format(int(WHOLE_BOUND)),
              "{:,}".format(e["states"]), "{:,}".format(e["edges"]),
              "" if not e["bounded"] else " (stopped at a bound)",
              e["seconds"], e["sys_seconds"], e["peak_rss_mb"] / 1024,
              "{:,.0f}".format(wh["paths"]) if wh.get("paths") else "its",
              wh["cli_wall"]))
    w("- *Random play* is `chk_random_play` (what `check --random` runs: "
      "real sessions, each preferring the least-used option, scored) timed "
      "by `bench_rapport random`.")
    w("- *Grading* is `tests/bench/grade_bench.sh`: 40 real graded attempts "
      "of `%s` (`rapport homework`, answers drawn from seeded generators, so "
      "paths and grades vary) copied to as many trainees as needed, then the "
      "whole `rapport grade ASSIGNMENT FOLDER --json` with one worker and "
      "with one per core, best of 5 each (the rounds interleaved, each "
      "timed from inside one Python process): every file read, strictly "
      "parsed, replayed on the pinned scenario with its seed and choices, "
      "compared with what it claims, classified, and the JSON gradebook "
      "written.  Every submission must come out verified and both outputs "
      "must be the same bytes, or the bench fails.  Per core is a run's "
      "rate over its workers; the speed-up is the one-worker time over the "
      "one-per-core time."
      % DEFAULT_SCENARIO)
    w("- *Functions* is the same graph (`convert.py --functions`) with every "
      "node's `say` a Lua function reading a meter and every condition a "
      "`when` function; same walk, same checksum.")
    w("")
    for line in meta["where"]:
        w(line)
    w("## Floors")
    w("")
    w("| floor | measured | limit | |")
    w("|---|---:|---:|---|")
    for x in fl:
        w("| %s | %s | %s | %s |" % (x["floor"], x["measured"], x["limit"],
                                     "pass" if x["pass"] else "**missed**"))
    w("")
    for note in meta["notes"]:
        w(note)
        w("")
    return "\n".join(L).rstrip() + "\n"


def where_time_goes(figs, only):
    """What the profiles found and what was done about it (issue 8): the
    profile figures are from when this was written; the others from this
    run."""
    load = find(figs, "load time, CPU", 10000)
    e = only["check_exhaustive"]["explore"][0]
    cpu = find(figs, "exploration alone: states per CPU second (exhaustive",
               EXHAUSTIVE_N)
    L = ["## Where the time goes", ""]
    L.append(
        "- *Load.*  The cost the first profile did not name was page "
        "faults: on this VM a fault on a fresh 4 KiB page costs "
        "microseconds (faulting in 64 MiB took about 300 ms in 4 KiB pages "
        "and 9 ms in 2 MiB huge pages), and a load of the 10,000-node "
        "scenario took 9,889 of them (bare Lua's dofile: 6,123), a sixth "
        "of its time in the kernel, with malloc's own work for about a "
        "million small Lua objects another tenth.  Lua's blocks up to 64 "
        "KiB now come from the sandbox's pool (size classes at most an "
        "eighth apart, chunks on huge pages, `sbx_pool.c`; bigger ones are "
        "exact, so that the memory cap still bounds what a script takes), "
        "and the compiled scenario's arena and the file buffer are on huge "
        "pages (`rp_pages.h`): 3,745 faults.  The SHA-256 uses the CPU's "
        "SHA instructions where it has them (4.7 MB in about 4 ms instead "
        "of 25); the line index hashes names where they stand in the "
        "source instead of copying each into a string map; the compiler "
        "no longer formats an error context for every node and choice, nor "
        "looks a text field up three times.  The sandbox's instruction "
        "budget costs nothing measurable and is unchanged: with any count "
        "hook set Lua checks on every instruction, so a larger count would "
        "not help, and running the chunk without the hook took as long.  "
        "Of a load's CPU time when this was written: running the chunk "
        "about 60%%, compiling about 22%%, the line index about 13%%, "
        "hashing 3%%, closing the Lua state 2%%.  This run: %.0f ms against "
        "bare Lua's %.0f ms (and %.0f ms for bare Lua to run the converted "
        "scenario file itself, which is larger than its own graph)." % (
            load["rapport"], load["bare_lua"], only["scenario_dofile_ms"]))
    L.append("")
    L.append(
        "- *Exploration.*  Each new state wrote a 76-byte record and its "
        "key into arrays grown with realloc on 4 KiB pages, and looked the "
        "key up in a hash table tens of megabytes large: the time went to "
        "page faults and memory, not to the session's turn (the run before "
        "this work: 933,527 states per second, 494 MiB for the 3,597,481 "
        "states, 144 bytes a state).  What a state "
        "offers (ten numbers) is now shared between states (`explore_offer`), "
        "so a record is 40 bytes; records, edges, keys and table are on "
        "huge pages and grow by moving pages (mremap) rather than copying; "
        "the table grows without reading a key (each slot keeps the hash "
        "bits that place it); a node remembers its last sets of options "
        "and their offer.  This run: %s states in %.0f MiB (%.0f bytes a "
        "state), %s states per second of wall clock and %s per CPU "
        "second.  What is left: about half the instructions are the "
        "session's turn (`core/sess.c`: entering a node, taking a choice), and "
        "each child's lookup waits on memory; the kernel zeroing fresh huge "
        "pages was up to a quarter of the time when the VM had not used "
        "that memory before, which is one reason runs vary." % (
            "{:,}".format(e["states"]), e["peak_rss_mb"],
            e["peak_rss_mb"] * 1048576 / max(e["states"], 1),
            "{:,.0f}".format(e["states_per_s"]),
            "{:,.0f}".format(cpu["rapport"])))
    L.append("")
    return L


def notes(figs, fl, only):
    out = []
    if any(not x["pass"] for x in fl):
        out.append("Where a floor is missed:")
    load = find(figs, "load time, CPU", 10000)
    if any(x["floor"].startswith("load") and not x["pass"] for x in fl):
        out.append(
            "- *Load* (%.0f ms of CPU time against bare Lua's %.0f ms): see "
            "*Where the time goes* for what a load does.  Bare Lua runs the "
            "converted scenario file itself in %.0f ms." % (
                load["rapport"], load["bare_lua"],
                only["scenario_dofile_ms"]))
    whole_miss = any(x["floor"].startswith("exhaustive") and
                     "%d-node" % CHECK_N in x["floor"] and not x["pass"]
                     for x in fl)
    if whole_miss:
        e = only["whole"]["explore"]
        t = only["touch"]
        small = find(figs, "exploration alone: states per second (exhaustive",
                     EXHAUSTIVE_N)
        out.append(
            "- *The whole %d-node graph* (%s states/s): the same explorer "
            "does %s states/s on the %d-node graph's %s states and on the "
            "first 2,000,000 of this one (the rows above); what changes with "
            "size is memory.  %s states take %.1f GiB (about %.0f bytes "
            "each: the 40-byte record, the 28-byte key, its slot in a "
            "hash table of 2^27 slots, about 2.6 edges of 8 bytes), all of "
            "it fresh: this machine writes fresh memory at %.2f GB/s (the "
            "same memory again at %.1f GB/s), and the kernel's share of "
            "the run was %.0f s of %.0f.  Then each child's lookup reads "
            "a random slot of a 1 GiB table and, when the state is known, "
            "a random key in 1.2 GB: a cache and TLB miss each, which in a "
            "virtual machine (nested page tables) cost more than the "
            "session's turn.  Runs of this size vary with what the host "
            "does: six made while this was written took 46 to 79 s (0.56 "
            "to 0.96 million states/s), the kernel's share 7 to 13 s.  Not "
            "changed: a denser table (load factor 3/4) measured no better at "
            "this size, within that noise, and a build that skipped comparing "
            "keys altogether (unsound, a measurement only: it merged 467,673 "
            "distinct states) gained about a tenth (0.95 and 0.92 million "
            "states/s without comparing, 0.87 and 0.83 with, alternated), "
            "so packing keys "
            "into the table's slots would not reach the floor either: the "
            "slot's miss and fresh memory are what a hash table of 44 "
            "million states costs here.  `rapport check` explores 2,000,000 "
            "states by default, at the speed of the rows above." % (
                CHECK_N, "{:,.0f}".format(e["states_per_s"]),
                "{:,.0f}".format(small["rapport"]), EXHAUSTIVE_N,
                "{:,}".format(only["check_exhaustive"]["explore"][0]["states"]),
                "{:,}".format(e["states"]), e["peak_rss_mb"] / 1024,
                e["peak_rss_mb"] * 1048576 / max(e["states"], 1),
                t["first_gb_per_s"], t["second_gb_per_s"], e["sys_seconds"],
                e["seconds"]))
    if any(x["floor"].startswith(("exhaustive", "exploration")) and
           "%d-node" % CHECK_N not in x["floor"] and
           not x["pass"] for x in fl):
        cpu = find(figs, "exploration alone: states per CPU second "
                   "(exhaustive", EXHAUSTIVE_N)
        out.append(
            "- *Exploration*: the floor is on the wall clock, which on a "
            "shared machine counts the time spent waiting for a core: the "
            "same runs explored %s states per CPU second (load average %s "
            "at the start of the run, %s at the end).  The `rapport check` "
            "rows also count the checks after exploring: on the exhaustive "
            "graph most of its time is the path analysis (`check_paths.c`)."
            % ("{:,.0f}".format(cpu["rapport"]), only["loadavg"][0],
               only["loadavg"][1]))
    if any(x["floor"].startswith("start") and not x["pass"] for x in fl):
        out.append(
            "- *Start to first prompt* counts dynamic linking of Lua, "
            "readline and cJSON, finding the scenario on the search path, "
            "loading it in the sandbox and starting the session; `lua5.4 -e "
            "''` only starts Lua.")
    return out


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return f.read().split()[0]
    except (OSError, IndexError):
        return "?"


def main():
    global ENV
    t_start = time.time()
    load_start = loadavg()
    os.makedirs(WORK, exist_ok=True)
    shutil.rmtree(path("xdg"), ignore_errors=True)
    ENV = env()
    prepare()
    log("checking that every player does the same walk")
    expect = verify()
    walks = rounds(expect)
    starts = startup()
    only = rapport_only()
    only["loadavg"] = (load_start, loadavg())
    ink_engine = walks[("inkjs", NS[0])][0]["engine"]
    figs = build_figures(walks, starts, only)
    fl = floors(figs)
    ce = only["check_exhaustive"]
    meta = {"rounds": ROUNDS, "quick": QUICK,
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "seconds": time.time() - t_start,
            "exhaustive_states": ce["explore"][0]["states"],
            "exhaustive_bound": ce["explore"][0]["max_states"],
            "paths": ce["paths"], "notes": notes(figs, fl, only),
            "whole": only.get("whole"),
            "where": where_time_goes(figs, only),
            "loadavg_start": only["loadavg"][0],
            "loadavg_end": only["loadavg"][1],
            "plays": PLAYS, "seed": SEED}
    mach = machine(ink_engine)
    results = {"machine": mach, "meta": {k: v for k, v in meta.items()
                                         if k not in ("notes", "where")},
               "figures": figs, "floors": fl}
    with open(os.path.join(ROOT, "tests", "bench", "results.json"), "w") as f:
        json.dump(results, f, indent=2)
        f.write("\n")
    with open(os.path.join(ROOT, "docs", "performance.md"), "w") as f:
        f.write(markdown(figs, fl, mach, meta))
    for x in fl:
        log("%-6s %s: %s" % ("pass" if x["pass"] else "MISSED", x["floor"],
                             x["measured"]))
    log("wrote docs/performance.md and tests/bench/results.json in %.0f s" %
        (time.time() - t_start))


if __name__ == "__main__":
    main()
