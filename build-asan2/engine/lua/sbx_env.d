build-asan2/engine/lua/sbx_env.o: engine/lua/sbx_env.c \
 engine/lua/sbx_env.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h /usr/include/lua5.4/lauxlib.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/lualib.h include/lua/sbx.h \
 include/util/rp_error.h engine/lua/sbx_match.h include/util/rp_rng.h
engine/lua/sbx_env.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/lualib.h:
include/lua/sbx.h:
include/util/rp_error.h:
engine/lua/sbx_match.h:
include/util/rp_rng.h:
