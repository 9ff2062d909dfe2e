build-asan2/engine/cli/cli_test.o: engine/cli/cli_test.c \
 include/author/scenario_test.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 include/util/rp_buf.h engine/cli/cli.h engine/cli/cli_opts.h \
 engine/cli/cli_term.h include/util/term.h include/io/catalog.h \
 include/academy/curriculum.h include/io/rp_fs.h include/io/scn_file.h
include/author/scenario_test.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/util/rp_buf.h:
engine/cli/cli.h:
engine/cli/cli_opts.h:
engine/cli/cli_term.h:
include/util/term.h:
include/io/catalog.h:
include/academy/curriculum.h:
include/io/rp_fs.h:
include/io/scn_file.h:
