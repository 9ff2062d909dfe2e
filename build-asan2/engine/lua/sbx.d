build-asan2/engine/lua/sbx.o: engine/lua/sbx.c include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h /usr/include/lua5.4/lauxlib.h \
 /usr/include/lua5.4/lua.h engine/lua/sbx_env.h engine/lua/sbx_match.h \
 engine/lua/sbx_pool.h
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/lua.h:
engine/lua/sbx_env.h:
engine/lua/sbx_match.h:
engine/lua/sbx_pool.h:
