build-asan2/engine/cli/cli_check.o: engine/cli/cli_check.c \
 include/author/check.h include/author/explore.h include/core/scn.h \
 include/lua/sbx.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h engine/cli/cli.h \
 engine/cli/cli_opts.h include/util/rp_buf.h engine/cli/cli_cues.h \
 include/author/check_cues.h include/util/term.h engine/cli/cli_term.h \
 include/core/debrief.h include/core/score.h include/core/sess.h \
 include/core/rec.h include/io/catalog.h include/academy/curriculum.h \
 include/io/scn_file.h include/util/rp_json_build.h
include/author/check.h:
include/author/explore.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
engine/cli/cli.h:
engine/cli/cli_opts.h:
include/util/rp_buf.h:
engine/cli/cli_cues.h:
include/author/check_cues.h:
include/util/term.h:
engine/cli/cli_term.h:
include/core/debrief.h:
include/core/score.h:
include/core/sess.h:
include/core/rec.h:
include/io/catalog.h:
include/academy/curriculum.h:
include/io/scn_file.h:
include/util/rp_json_build.h:
