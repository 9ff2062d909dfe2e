build-asan2/engine/io/scn_file.o: engine/io/scn_file.c \
 include/io/scn_file.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 include/io/rp_fs.h include/util/rp_pages.h
include/io/scn_file.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/io/rp_fs.h:
include/util/rp_pages.h:
