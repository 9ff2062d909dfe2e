build-asan2/engine/author/scenario_test.o: engine/author/scenario_test.c \
 include/author/scenario_test.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 include/util/rp_buf.h /usr/include/lua5.4/lauxlib.h \
 /usr/include/lua5.4/lua.h include/core/scn_lines.h include/core/score.h \
 include/core/sess.h include/lua/sbx_table.h
include/author/scenario_test.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/util/rp_buf.h:
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/lua.h:
include/core/scn_lines.h:
include/core/score.h:
include/core/sess.h:
include/lua/sbx_table.h:
