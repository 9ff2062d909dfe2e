build-asan2/engine/io/history.o: engine/io/history.c include/io/history.h \
 include/academy/trainee.h include/core/rec.h include/core/score.h \
 include/core/scn.h include/lua/sbx.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h include/core/sess.h \
 include/io/rp_fs.h
include/io/history.h:
include/academy/trainee.h:
include/core/rec.h:
include/core/score.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/core/sess.h:
include/io/rp_fs.h:
