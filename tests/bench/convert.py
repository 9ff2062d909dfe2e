#!/usr/bin/env python3
"""Convert a generated peer graph (gen_graph.py's PREFIX.graph.json) into a
rapport scenario, so that rapport walks the same conversation as the peers.

    python3 tests/bench/convert.py GRAPH.json OUT.lua [--functions]

Plain data (the default):
  * meters empathy, listening and pushing start at 0 with wide bounds
    (+/-100000: a walk moves a meter at most 2 per turn for at most 40
    turns), so clamping never changes the walk;
  * `meter > k` becomes requires = { meter = { min = k+1 } } and `meter < k`
    requires = { meter = { max = k-1 } } (meters are integers);
  * each choice's effects become state = { ... }; its next is the node id;
  * shuffle = false, so options are shown in the author's order, which is
    the order the peers keep their available choices in;
  * the 3 nodes without choices become endings (won, stalled, lost).

--functions writes the same graph with Lua functions where an author would
use them: every node's `say` is a function reading a meter, and every
condition is a `when` function instead of `requires`.  The walk, and so the
checksum, is the same; only the cost of a turn differs.
"""
import json
import sys

RESULTS = ("won", "stalled", "lost")
BOUND = 100000


def lua_str(s):
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append("\\%03d" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def convert(graph, functions, name):
    meters = graph["meters"]
    nodes = graph["nodes"]
    ids = []
    n_end = 0
    for nd in nodes:
        if nd["choices"]:
            ids.append(nd["name"])
        else:
            ids.append(nd["name"])
            n_end += 1
    out = []
    w = out.append
    w("-- " + graph.get("header", "generated graph"))
    w("-- converted by tests/bench/convert.py%s" %
      (" --functions" if functions else ""))
    w("return scenario {")
    w("  id = %s, title = %s, module = \"bench\"," %
      (lua_str(name), lua_str("Benchmark graph " + name)))
    w("  difficulty = \"beginner\", version = \"1\", shuffle = false,")
    w("  brief = %s," % lua_str("A synthetic conversation graph for benchmarks."))
    w("  prospect = { name = \"Bench\", role = \"Peer\", company = \"Graph\" },")
    w("  state = {")
    for m in meters:
        w("    %s = { start = 0, min = %d, max = %d }," % (m, -BOUND, BOUND))
    w("  },")
    w("  start = %s," % lua_str(nodes[graph.get("start", 0)]["name"]))
    w("  nodes = {")
    for nd in nodes:
        if not nd["choices"]:
            continue
        if functions:
            w("    %s = { say = function(s) if s.trust >= 0 then return %s end "
              "return %s end, choices = {" %
              (nd["name"], lua_str(nd["text"]), lua_str(nd["text"])))
        else:
            w("    %s = { say = %s, choices = {" %
              (nd["name"], lua_str(nd["text"])))
        for i, ch in enumerate(nd["choices"]):
            eff = ", ".join("%s = %d" % (m, d) for m, d in ch["eff"].items())
            item = "      { id = \"c%d\", text = %s, next = %s, state = { %s }" % (
                i, lua_str(ch["text"]), lua_str(nodes[ch["next"]]["name"]), eff)
            cond = ch.get("cond")
            if cond:
                m, op, k = cond
                if op not in (">", "<"):
                    sys.exit("convert.py: unknown condition operator %r" % op)
                if functions:
                    item += ", when = function(s) return s.%s %s %d end" % (m, op, k)
                elif op == ">":
                    item += ", requires = { %s = { min = %d } }" % (m, k + 1)
                else:
                    item += ", requires = { %s = { max = %d } }" % (m, k - 1)
            w(item + " },")
        w("    } },")
    w("  },")
    w("  endings = {")
    e = 0
    for nd in nodes:
        if nd["choices"]:
            continue
        res = RESULTS[e % len(RESULTS)]
        e += 1
        w("    %s = { say = %s, outcome = { result = \"%s\" } }," %
          (nd["name"], lua_str(nd["text"]), res))
    w("  },")
    w("}")
    return "\n".join(out) + "\n"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    functions = "--functions" in sys.argv[1:]
    if len(args) != 2:
        sys.exit("usage: convert.py GRAPH.json OUT.lua [--functions]")
    with open(args[0]) as f:
        graph = json.load(f)
    base = args[1].rsplit("/", 1)[-1]
    if base.endswith(".lua"):
        base = base[:-4]
    name = "".join(c if c.isalnum() or c in "-_" else "-" for c in base)[:64]
    with open(args[1], "w") as f:
        f.write(convert(graph, functions, name))


if __name__ == "__main__":
    main()
