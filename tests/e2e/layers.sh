# layers.sh -- the folders' rules hold: what may include what, where I/O
# stops, and how long a file may grow (docs/architecture.md).
#
# The layers, lowest first: util, lua, core, {author, academy}, io, cli.
# A file may include its own layer's headers and any lower layer's; author
# and academy stand side by side and include neither each other.  The
# library's layers below io link without file or terminal I/O: checked on
# the objects the build made, with nm, so it stays true as code is added.
. "$(dirname "$0")/lib.sh"

BUILD_DIR=$(dirname "$RAPPORT_BIN")

rank() {
  case "$1" in
  util) echo 0 ;; lua) echo 1 ;; core) echo 2 ;; author | academy) echo 3 ;;
  io) echo 4 ;; cli) echo 5 ;; *) echo 99 ;;
  esac
}

# Every #include "X/..." from a file of layer L must name a layer at or
# below L; a bare #include "x.h" must be a private header beside the file.
bad=""
for f in engine/*/*.c engine/*/*.h include/*/*.h; do
  layer=$(basename "$(dirname "$f")")
  r=$(rank "$layer")
  [ "$r" = 99 ] && { bad="$bad
$f: not in a known layer"; continue; }
  dir=$(dirname "$f")
  for inc in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
    case "$inc" in
    */*)
      to=${inc%%/*}
      tr=$(rank "$to")
      if [ "$tr" -gt "$r" ] ||
        { [ "$tr" = "$r" ] && [ "$to" != "$layer" ]; }; then
        bad="$bad
$f: includes $inc (layer $to above or beside $layer)"
      fi
      [ -f "include/$inc" ] || bad="$bad
$f: includes $inc, which is not in include/"
      ;;
    *)
      [ -f "$dir/$inc" ] || bad="$bad
$f: includes \"$inc\", which is not a private header beside it"
      ;;
    esac
  done
done
if [ -z "$bad" ]; then ok "no include runs from a lower layer up, or across author/academy"; else notok "no include runs from a lower layer up, or across author/academy" "$bad"; fi

# Public headers live in include/LAYER/, and only the library's layers have
# them: the front end's headers are private to engine/cli/.
if [ ! -d include/cli ] && [ "$(ls include | sort | tr '\n' ' ')" = "academy author core io lua util " ]; then
  ok "include/ holds the library's public headers, one folder per layer"
else
  notok "include/ holds the library's public headers, one folder per layer" "include/: $(ls include | tr '\n' ' ')"
fi

# The I/O check.  Symbols a lower layer must not call: opening, reading or
# writing files and directories, and printing.
IO_SYMS="open open64 openat fopen fopen64 fdopen opendir readdir stat stat64 fstat lstat
mkdir unlink rename link read write fread fwrite fputs fputc puts putchar printf
fprintf vprintf vfprintf dprintf perror isatty ioctl"
found=""
nobj=0
for layer in util lua core author academy; do
  for o in "$BUILD_DIR"/engine/$layer/*.o; do
    [ -f "$o" ] || continue
    nobj=$((nobj + 1))
    for s in $(nm -u "$o" | awk '{print $2}'); do
      base=${s%%@*}
      for io in $IO_SYMS; do
        [ "$base" = "$io" ] && found="$found
$layer/$(basename "$o"): calls $base"
      done
    done
  done
done
if [ "$nobj" -lt 20 ]; then
  notok "the library below io links without file or terminal I/O" "only $nobj objects found under $BUILD_DIR/engine"
elif [ -z "$found" ]; then
  ok "the library below io links without file or terminal I/O ($nobj objects)"
else
  notok "the library below io links without file or terminal I/O" "$found"
fi

# The check itself can fail: io/ does open files, so nm must see it there.
if nm -u "$BUILD_DIR"/engine/io/rp_fs.o | grep -qw open; then
  ok "the I/O check sees the calls io/rp_fs.o makes (so it can fail)"
else
  notok "the I/O check sees the calls io/rp_fs.o makes (so it can fail)"
fi

# Small files with one job: none over 700 lines.
long=""
for f in engine/*/*.c engine/*/*.h include/*/*.h; do
  n=$(wc -l <"$f")
  [ "$n" -gt 700 ] && long="$long
$f: $n lines"
done
if [ -z "$long" ]; then ok "no source file is over 700 lines"; else notok "no source file is over 700 lines" "$long"; fi

# A public name's prefix matches its file: every function a public header
# declares starts with the header's module prefix (rp_ files: rp_NAME_ or
# the error module's rp_fail), so a name says where it lives.
mism=""
for h in include/*/*.h; do
  mod=$(basename "$h" .h)
  case "$mod" in
  rp_error) pre="rp_" ;;
  scn_lines | scn_file) pre="scn_" ;;
  rp_*) pre="${mod}_" ;;
  check) pre="check_" ;;
  *) pre="${mod}_" ;;
  esac
  for fn in $(sed -n 's/^[a-z_ ]*[ *]\([a-z][a-z0-9_]*\)(.*/\1/p' "$h"); do
    case "$fn" in "$mod" | "$pre"*) ;; *) mism="$mism
$h: $fn does not start with $pre" ;; esac
  done
done
if [ -z "$mism" ]; then ok "every public function's prefix matches its header"; else notok "every public function's prefix matches its header" "$mism"; fi
