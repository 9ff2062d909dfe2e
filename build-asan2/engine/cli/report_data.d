build-asan2/engine/cli/report_data.o: engine/cli/report_data.c \
 engine/cli/report_data.h include/academy/progress.h \
 include/academy/trainee.h include/core/rec.h include/core/score.h \
 include/core/scn.h include/lua/sbx.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h include/core/sess.h \
 include/util/rp_buf.h
engine/cli/report_data.h:
include/academy/progress.h:
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
include/util/rp_buf.h:
