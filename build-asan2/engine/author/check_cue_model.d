build-asan2/engine/author/check_cue_model.o: \
 engine/author/check_cue_model.c engine/author/check_cues_internal.h \
 include/author/check_cues.h include/author/check.h \
 include/author/explore.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h
engine/author/check_cues_internal.h:
include/author/check_cues.h:
include/author/check.h:
include/author/explore.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
