build-asan2/engine/cli/cli_cues.o: engine/cli/cli_cues.c \
 engine/cli/cli_cues.h include/author/check_cues.h include/author/check.h \
 include/author/explore.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 include/util/rp_buf.h include/util/term.h include/io/catalog.h \
 include/academy/curriculum.h include/io/scn_file.h
engine/cli/cli_cues.h:
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
include/util/rp_buf.h:
include/util/term.h:
include/io/catalog.h:
include/academy/curriculum.h:
include/io/scn_file.h:
