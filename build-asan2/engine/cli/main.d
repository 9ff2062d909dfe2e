build-asan2/engine/cli/main.o: engine/cli/main.c engine/cli/cli.h \
 engine/cli/cli_opts.h include/util/rp_buf.h include/util/rp_error.h \
 engine/cli/cli_term.h include/util/term.h engine/cli/repl.h \
 include/core/scn.h include/lua/sbx.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_arena.h \
 include/util/rp_strmap.h include/core/sess.h
engine/cli/cli.h:
engine/cli/cli_opts.h:
include/util/rp_buf.h:
include/util/rp_error.h:
engine/cli/cli_term.h:
include/util/term.h:
engine/cli/repl.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/core/sess.h:
