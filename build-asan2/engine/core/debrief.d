build-asan2/engine/core/debrief.o: engine/core/debrief.c \
 include/core/debrief.h include/core/score.h include/core/scn.h \
 include/lua/sbx.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h include/core/sess.h \
 include/util/rp_buf.h include/util/term.h
include/core/debrief.h:
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
include/util/term.h:
