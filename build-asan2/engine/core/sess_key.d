build-asan2/engine/core/sess_key.o: engine/core/sess_key.c \
 include/core/sess.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 engine/core/sess_internal.h
include/core/sess.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
engine/core/sess_internal.h:
