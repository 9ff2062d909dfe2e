build-asan2/engine/academy/xapi.o: engine/academy/xapi.c \
 include/academy/xapi.h include/academy/grade.h \
 include/academy/homework.h include/academy/trainee.h include/core/rec.h \
 include/core/score.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 include/core/sess.h include/util/rp_sha256.h include/util/rp_time.h
include/academy/xapi.h:
include/academy/grade.h:
include/academy/homework.h:
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
include/util/rp_sha256.h:
include/util/rp_time.h:
