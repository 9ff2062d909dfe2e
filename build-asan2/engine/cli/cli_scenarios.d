build-asan2/engine/cli/cli_scenarios.o: engine/cli/cli_scenarios.c \
 engine/cli/cli_scenarios.h include/academy/curriculum.h \
 include/core/scn.h include/lua/sbx.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h include/io/catalog.h \
 engine/cli/cli.h engine/cli/cli_opts.h include/util/rp_buf.h \
 engine/cli/cli_term.h include/util/term.h
engine/cli/cli_scenarios.h:
include/academy/curriculum.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/io/catalog.h:
engine/cli/cli.h:
engine/cli/cli_opts.h:
include/util/rp_buf.h:
engine/cli/cli_term.h:
include/util/term.h:
