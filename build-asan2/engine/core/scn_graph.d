build-asan2/engine/core/scn_graph.o: engine/core/scn_graph.c \
 /usr/include/lua5.4/lauxlib.h /usr/include/lua5.4/luaconf.h \
 /usr/include/lua5.4/lua.h engine/core/scn_compile.h include/core/scn.h \
 include/lua/sbx.h /usr/include/lua5.4/lua.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h \
 include/core/scn_lines.h include/lua/sbx_table.h \
 include/util/rp_suggest.h
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/luaconf.h:
/usr/include/lua5.4/lua.h:
engine/core/scn_compile.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/core/scn_lines.h:
include/lua/sbx_table.h:
include/util/rp_suggest.h:
