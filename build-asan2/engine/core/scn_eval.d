build-asan2/engine/core/scn_eval.o: engine/core/scn_eval.c \
 /usr/include/lua5.4/lauxlib.h /usr/include/lua5.4/luaconf.h \
 /usr/include/lua5.4/lua.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h \
 engine/core/scn_internal.h
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/luaconf.h:
/usr/include/lua5.4/lua.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
engine/core/scn_internal.h:
