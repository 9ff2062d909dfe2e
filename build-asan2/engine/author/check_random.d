build-asan2/engine/author/check_random.o: engine/author/check_random.c \
 include/author/check.h include/author/explore.h include/core/scn.h \
 include/lua/sbx.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h include/core/score.h \
 include/core/sess.h include/util/rp_rng.h
include/author/check.h:
include/author/explore.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/core/score.h:
include/core/sess.h:
include/util/rp_rng.h:
