# cli_options.sh -- every command's options, driven through the real binary:
# the help lists exactly the options the parser accepts, --opt=value means
# --opt value, and whole numbers are range-checked.
. tests/e2e/lib.sh

# Commands run in an empty folder with no scenarios, so that options are
# parsed and the command then stops at its arguments, changing nothing.
EMPTY="$TMP/empty"
mkdir -p "$EMPTY"
run_empty() {
  (cd "$EMPTY" && "$RAPPORT_BIN" "$@") >"$TMP/out" 2>"$TMP/err" </dev/null
  RC=$?
  OUT=$(cat "$TMP/out")
  ERR=$(cat "$TMP/err")
}

COMMANDS=$(rp --help | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z]*\) .*/\1/p')
[ "$(echo "$COMMANDS" | wc -l)" -ge 16 ] && ok "--help lists the commands" ||
  notok "--help lists the commands" "got: $COMMANDS"

# The option list of `rapport help CMD`: one "NAME ARG" or "NAME" a line.
options_of() {
  rp help "$1" | sed -n '/^options:$/,/^$/p' | sed -n 's/^  \(-[^ ]*\)\( [^ ]*\)\{0,1\}\(  .*\)\{0,1\}$/\1\2/p'
}
# The usage of `rapport help CMD`, joined into one line.
usage_of() {
  rp help "$1" | sed -n '1,/^$/p' | tr '\n' ' '
}

# Every option name any help, doc or front-end source mentions: each one a
# command does not list must be refused by that command as unknown.
CANDIDATES=$(
  {
    for c in $COMMANDS; do options_of "$c" | cut -d' ' -f1; done
    cat README.md docs/*.md engine/cli/*.c | grep -o -- '--[a-z][a-z-]*[a-z]'
    echo "-o -x --output --verbose --quiet --force"
  } | tr ' ' '\n' | sort -u | grep -v -x -e '--help' -e '-h' -e '--' -e ''
)

for c in $COMMANDS; do
  opts=$(options_of "$c")
  usage=$(usage_of "$c")
  rp "$c" --help >"$TMP/h1" 2>&1
  rp help "$c" >"$TMP/h2" 2>&1
  cmp -s "$TMP/h1" "$TMP/h2" && ok "$c --help is rapport help $c" ||
    notok "$c --help is rapport help $c"

  # (a) Every option the help lists is in the usage line and is accepted.
  listed=""
  bad_usage=""
  bad_accept=""
  bad_eq=""
  while read -r name arg; do
    [ -n "$name" ] || continue
    listed="$listed $name "
    case "$usage" in *"$name${arg:+ $arg}"*) ;; *) bad_usage="$bad_usage $name" ;; esac
    if [ -n "$arg" ]; then
      run_empty "$c" "$name" 1
      case "$ERR" in *"unknown option"*) bad_accept="$bad_accept $name" ;; esac
      # (b) --opt=value is --opt value, to the byte, whatever the outcome.
      a="$RC $ERR"
      run_empty "$c" "$name=1"
      [ "$a" = "$RC $ERR" ] || bad_eq="$bad_eq $name"
      run_empty "$c" "$name"
      case "$ERR" in *"option '$name' needs a value"*) ;; *) bad_accept="$bad_accept $name(no value)" ;; esac
    else
      run_empty "$c" "$name"
      case "$ERR" in *"unknown option"*) bad_accept="$bad_accept $name" ;; esac
      run_empty "$c" "$name=1"
      case "$RC $ERR" in "2 "*"option '$name' takes no value"*) ;; *) bad_accept="$bad_accept $name=1" ;; esac
    fi
  done <<EOF
$opts
EOF
  [ -z "$bad_usage" ] && ok "$c: the usage line shows every option the help lists" ||
    notok "$c: the usage line shows every option the help lists" "missing:$bad_usage" "usage: $usage"
  [ -z "$bad_accept" ] && ok "$c: the parser accepts every option the help lists" ||
    notok "$c: the parser accepts every option the help lists" "refused:$bad_accept"
  [ -z "$bad_eq" ] && ok "$c: --opt=value and --opt value are the same" ||
    notok "$c: --opt=value and --opt value are the same" "differ:$bad_eq"

  # ...and the usage line shows no option the list lacks.
  extra=""
  for w in $usage; do
    w=${w#[}; w=${w%%]*}
    case "$w" in -*) case "$listed" in *" $w "*) ;; *) extra="$extra $w" ;; esac ;; esac
  done
  [ -z "$extra" ] && ok "$c: the option list shows every option of the usage line" ||
    notok "$c: the option list shows every option of the usage line" "unlisted:$extra"

  # (a) Every option the parser accepts is listed: all others are unknown.
  sneaky=""
  for o in $CANDIDATES; do
    case "$listed" in *" $o "*) continue ;; esac
    run_empty "$c" "$o"
    case "$RC $ERR" in "2 rapport: unknown option '$o'"*) ;; *) sneaky="$sneaky $o" ;; esac
  done
  [ -z "$sneaky" ] && ok "$c: the parser accepts no option the help does not list" ||
    notok "$c: the parser accepts no option the help does not list" "accepted:$sneaky"
done

# The two drifts the tables fixed.
options_of replay | grep -q -x -- '--scenario FILE' && ok "replay's help lists --scenario" ||
  notok "replay's help lists --scenario" "$(options_of replay)"
case "$(usage_of play)" in *"[--data-dir DIR]"*) ok "play's usage shows --data-dir" ;;
*) notok "play's usage shows --data-dir" "$(usage_of play)" ;; esac

# (b) The two spellings play the same session, and check the same runs.
T=tests/scenarios/tiny.lua
# (The history file's name differs: it is unique per save.)
run rp play $T --seed 7 --choices ask,cost --trainee=ann
a="$RC $(echo "$OUT" | grep -v '^Saved to')"
run rp play $T --seed=7 --choices=ask,cost --trainee ann
expect_eq "play --seed=7 --choices=... is play --seed 7 --choices ..." \
  "$RC $(echo "$OUT" | grep -v '^Saved to')" "$a"
expect_rc "which plays to the end" 0
rp check --json --random 30 --seed 4 --suggest-pass 50 $T >"$TMP/c1.json" 2>/dev/null
rp check --json --random=30 --seed=4 --suggest-pass=50 $T >"$TMP/c2.json" 2>/dev/null
expect_eq "check --random=N --seed=S --suggest-pass=P is the spaced form" \
  "$(json "$TMP/c1.json" 'd[0]["random"]')" "$(json "$TMP/c2.json" 'd[0]["random"]')"

# `--` ends the options: what follows is a positional, even "--json".
run rp play --seed 1 --choices ask -- $T
expect_rc "-- then the scenario plays" 0
run_empty check -- --json
expect_out "after --, --json is a scenario's name" "no scenario '--json'"
expect_rc "which is not found (exit 1, not a usage error)" 1
# A value is the next argument, even one that looks like an option.
run_empty grade --csv --json
expect_err "--csv takes the next argument as its file" "give the assignment file"

# (c) Whole numbers: non-numeric, overflowing or out of range values are
# usage errors that name the option; boundaries are accepted.
refuse() { # OPTION VALUE COMMAND ARGS...
  o=$1 v=$2
  shift 2
  run_empty "$@" "$o" "$v"
  if [ "$RC" -eq 2 ] && case "$ERR" in "rapport: $o takes "*"(got '$v')"*) true ;; *) false ;; esac then
    ok "$1 $o '$v' is refused, naming $o"
  else
    notok "$1 $o '$v' is refused, naming $o" "exit $RC" "stderr: $ERR"
  fi
}
for v in 99999999999999999999 -1 12abc 9007199254740992 " 1" +1 1.5 0x10 -99999999999999999999; do
  refuse --seed "$v" play x
done
for v in 99999999999999999999 -1 12abc; do
  refuse --seed "$v" baseline
  refuse --seed "$v" check x
done
for v in 0 257 -1 abc 99999999999999999999; do refuse --jobs "$v" grade a b; done
for v in 0 10000001 abc; do refuse --random "$v" check x; done
for v in 0 -5 99999999999999999999 1e3; do refuse --max-states "$v" check x; done
for v in 101 -1 abc nan inf 0x10 1e999; do refuse --pass-mark "$v" check x; refuse --suggest-pass "$v" check x; done
for v in 0 101 2.5; do refuse --attempts "$v" assign x --pass 70 --due 2099-01-01; done
for v in 0 10081; do refuse --time-limit "$v" assign x --pass 70 --due 2099-01-01 --attempts 1; done
for v in 170 -1 abc; do refuse --pass "$v" assign x --due 2099-01-01 --attempts 1; done

run rp play $T --seed 9007199254740991 --choices ask --json
expect_rc "the largest seed is accepted" 0
run rp play $T --seed 0 --choices ask
expect_rc "seed 0 is accepted" 0
run rp check --random 1 --max-states 1 --suggest-pass 0 --pass-mark 0 --seed 0 $T
[ "$RC" -ne 2 ] && ok "check's smallest values are accepted" ||
  notok "check's smallest values are accepted" "stderr: $ERR"

# Required options are named together; a missing value is named.
run_empty assign x
expect_err "assign names its required options" "--pass MARK, --due WHEN and --attempts N are required"
expect_rc "which is a usage error" 2
run_empty report
expect_err "report names --html FILE" "--html FILE is required"
run_empty play x --trainee ""
expect_err "an empty value is a missing value" "option '--trainee' needs a value"
run_empty graph x -o
expect_err "a short option's missing value is named" "option '-o' needs a value"
