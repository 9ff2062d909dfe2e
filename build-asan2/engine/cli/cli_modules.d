build-asan2/engine/cli/cli_modules.o: engine/cli/cli_modules.c \
 engine/cli/cli.h engine/cli/cli_opts.h include/util/rp_buf.h \
 include/util/rp_error.h engine/cli/cli_term.h include/util/term.h \
 include/io/catalog.h include/academy/curriculum.h include/core/scn.h \
 include/lua/sbx.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_arena.h \
 include/util/rp_strmap.h
engine/cli/cli.h:
engine/cli/cli_opts.h:
include/util/rp_buf.h:
include/util/rp_error.h:
engine/cli/cli_term.h:
include/util/term.h:
include/io/catalog.h:
include/academy/curriculum.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
