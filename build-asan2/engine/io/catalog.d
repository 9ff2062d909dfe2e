build-asan2/engine/io/catalog.o: engine/io/catalog.c include/io/catalog.h \
 include/academy/curriculum.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 include/io/rp_fs.h include/io/scn_file.h
include/io/catalog.h:
include/academy/curriculum.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/io/rp_fs.h:
include/io/scn_file.h:
