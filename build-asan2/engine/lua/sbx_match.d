build-asan2/engine/lua/sbx_match.o: engine/lua/sbx_match.c \
 engine/lua/sbx_match.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h /usr/include/lua5.4/lauxlib.h \
 /usr/include/lua5.4/lua.h include/lua/sbx.h include/util/rp_error.h
engine/lua/sbx_match.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
/usr/include/lua5.4/lauxlib.h:
/usr/include/lua5.4/lua.h:
include/lua/sbx.h:
include/util/rp_error.h:
