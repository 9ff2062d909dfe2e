#!/bin/sh
# run.sh -- make bench: rapport against inkjs and a bare Lua walk.
#
#   sh tests/bench/run.sh        (what `make bench` runs, after building build/rapport)
#
# Installs what it needs when it is missing (lua5.4, hyperfine, node and npm
# from Debian with apt-get; inkjs from npm into tests/bench/node_modules,
# which git ignores), builds the benchmark program build/bench/bench_rapport
# against build/librapport.a, and runs tests/bench/bench.py, which writes
# docs/performance.md and tests/bench/results.json.  Not part of make test.
#
# BENCH_PEERS: the peer kit (gen_graph.py, walk.lua, run_ink.js), by default
# ../shared/bench-peers beside the repository.  BENCH_ROUNDS, BENCH_QUICK:
# see tests/bench/bench.py.  About 10 minutes on a 2-core machine.
set -eu
cd "$(dirname "$0")/../.."
peers=${BENCH_PEERS:-$(cd .. && pwd)/shared/bench-peers}
export BENCH_PEERS="$peers"

if [ ! -f "$peers/walk.lua" ]; then
  echo "bench: the peer kit is not at $peers (set BENCH_PEERS)" >&2
  exit 1
fi

# ---- Debian packages
missing=""
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
command -v lua5.4 >/dev/null 2>&1 || missing="$missing lua5.4"
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo=none; fi
  if [ "$sudo" = none ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "bench: missing:$missing" >&2
    echo "run: sudo apt-get update && sudo apt-get install -y$missing" >&2
    exit 1
  fi
  echo "bench: installing$missing" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null 2>&1 ||
    { $sudo apt-get update -q >/dev/null 2>&1 &&
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null; }
fi

# ---- inkjs, pinned by tests/bench/package.json and package-lock.json (the
# peer kit's); node_modules is git-ignored.
ink_version() {
  node -e 'try { console.log(require(process.argv[1]).version) } catch (e) { console.log("none") }' \
    "$PWD/tests/bench/node_modules/inkjs/package.json"
}
want=$(node -e 'console.log(require(process.argv[1]).dependencies.inkjs)' "$PWD/tests/bench/package.json")
if [ "$(ink_version)" != "$want" ]; then
  echo "bench: installing inkjs $want from npm into tests/bench/node_modules" >&2
  npm ci --prefix tests/bench --no-audit --no-fund --loglevel=error >/dev/null
fi

# ---- the benchmark program, against the library make built
[ -f build/librapport.a ] && [ -x build/rapport ] || {
  echo "bench: build/rapport is missing: run make bench (or make) first" >&2
  exit 1
}
mkdir -p build/bench
pkgs="lua5.4 libcjson"
# shellcheck disable=SC2046
${CC:-cc} -std=c11 -O2 -Wall -Wextra -Iinclude $(pkg-config --cflags $pkgs) \
  -o build/bench/bench_rapport tests/bench/bench_rapport.c build/librapport.a \
  $(pkg-config --libs $pkgs readline) -lm

exec python3 tests/bench/bench.py
