build-asan2/engine/lua/sbx_table.o: engine/lua/sbx_table.c \
 include/lua/sbx_table.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_error.h \
 include/util/rp_suggest.h
include/lua/sbx_table.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_suggest.h:
