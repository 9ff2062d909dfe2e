build-asan2/engine/cli/cli_graph.o: engine/cli/cli_graph.c \
 include/author/explore.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 engine/cli/cli.h engine/cli/cli_opts.h include/util/rp_buf.h \
 engine/cli/cli_term.h include/util/term.h include/core/debrief.h \
 include/core/score.h include/core/sess.h include/io/catalog.h \
 include/academy/curriculum.h include/io/rp_fs.h include/io/scn_file.h
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
engine/cli/cli_term.h:
include/util/term.h:
include/core/debrief.h:
include/core/score.h:
include/core/sess.h:
include/io/catalog.h:
include/academy/curriculum.h:
include/io/rp_fs.h:
include/io/scn_file.h:
