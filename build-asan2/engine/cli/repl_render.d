build-asan2/engine/cli/repl_render.o: engine/cli/repl_render.c \
 engine/cli/repl_render.h engine/cli/repl.h include/core/scn.h \
 include/lua/sbx.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h include/core/sess.h \
 include/util/term.h include/util/rp_buf.h engine/cli/cli_term.h
engine/cli/repl_render.h:
engine/cli/repl.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/core/sess.h:
include/util/term.h:
include/util/rp_buf.h:
engine/cli/cli_term.h:
