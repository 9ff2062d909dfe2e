build-dev/engine/academy/curriculum.o: engine/academy/curriculum.c \
 include/academy/curriculum.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 include/util/rp_json.h include/util/rp_buf.h
include/academy/curriculum.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/util/rp_json.h:
include/util/rp_buf.h:
