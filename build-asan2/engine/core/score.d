build-asan2/engine/core/score.o: engine/core/score.c include/core/score.h \
 include/core/scn.h include/lua/sbx.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h include/core/sess.h
include/core/score.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/core/sess.h:
