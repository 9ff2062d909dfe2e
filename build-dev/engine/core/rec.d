build-dev/engine/core/rec.o: engine/core/rec.c include/core/rec.h \
 include/core/score.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 include/core/sess.h include/util/rp_json.h include/util/rp_buf.h \
 include/util/rp_time.h include/util/rp_version.h
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
include/util/rp_json.h:
include/util/rp_buf.h:
include/util/rp_time.h:
include/util/rp_version.h:
