build-asan2/engine/core/scn_compile.o: engine/core/scn_compile.c \
 /usr/include/lua5.4/lauxlib.h /usr/include/lua5.4/luaconf.h \
 /usr/include/lua5.4/lua.h engine/core/scn_compile.h include/core/scn.h \
 include/lua/sbx.h /usr/include/lua5.4/lua.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h \
 include/core/scn_lines.h include/lua/sbx_table.h \
 engine/core/scn_internal.h include/util/rp_sha256.h
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
engine/core/scn_internal.h:
include/util/rp_sha256.h:
