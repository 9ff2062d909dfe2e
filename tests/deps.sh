#!/bin/sh
# deps.sh -- make sure the Debian packages rapport needs are installed.
#
#   sh tests/deps.sh build        install what building needs, if missing
#   sh tests/deps.sh test         install what building and testing need
#   sh tests/deps.sh check-build  only check; print the command to run
#
# Packages are installed with apt-get when it is usable (root, or sudo
# without a password); otherwise we stop with the exact command to run.
set -u
what=${1:-build}

build_pkgs="gcc make pkg-config liblua5.4-dev libcjson-dev libreadline-dev"
test_pkgs="libcmocka-dev tmux expect valgrind graphviz python3 chromium nodejs npm clang libclang-rt-dev"

missing=""
have_pc() { pkg-config --exists "$1" 2>/dev/null; }
need() { missing="$missing $1"; }

command -v cc >/dev/null 2>&1 || need gcc
command -v make >/dev/null 2>&1 || need make
command -v pkg-config >/dev/null 2>&1 || need pkg-config
have_pc lua5.4 || need liblua5.4-dev
have_pc libcjson || need libcjson-dev
have_pc readline || need libreadline-dev
if [ "$what" = test ]; then
  have_pc cmocka || need libcmocka-dev
  command -v tmux >/dev/null 2>&1 || need tmux
  command -v expect >/dev/null 2>&1 || need expect
  command -v valgrind >/dev/null 2>&1 || need valgrind
  command -v dot >/dev/null 2>&1 || need graphviz
  command -v python3 >/dev/null 2>&1 || need python3
  command -v chromium >/dev/null 2>&1 || need chromium
  # the xAPI statements are checked with an npm validator
  command -v node >/dev/null 2>&1 || need nodejs
  command -v npm >/dev/null 2>&1 || need npm
  # The fuzz targets: clang, and its runtime libraries (libFuzzer and the
  # sanitizers; libclang-rt-dev is the version that matches clang).
  command -v clang >/dev/null 2>&1 || need clang
  fuzz_rt=$(clang -print-resource-dir 2>/dev/null)/lib/linux
  ls "$fuzz_rt"/libclang_rt.fuzzer-*.a >/dev/null 2>&1 || need libclang-rt-dev
fi
[ -z "$missing" ] && exit 0

if [ "$what" = check-build ]; then
  echo "rapport: missing packages:$missing" >&2
  echo "run: make deps   (or: sudo apt-get install -y$missing)" >&2
  exit 1
fi

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo=none; fi
  if [ "$sudo" != none ]; then
    echo "rapport: installing missing packages:$missing" >&2
    # An out-of-date package list is the usual reason an install fails.
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null 2>&1 ||
      { $sudo apt-get update -q >/dev/null 2>&1 &&
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null; } && exit 0
    echo "rapport: apt-get could not install:$missing" >&2
  fi
fi
echo "rapport: missing packages:$missing" >&2
echo "run: sudo apt-get update && sudo apt-get install -y$missing" >&2
exit 1
