build-asan2/engine/lua/sbx_pool.o: engine/lua/sbx_pool.c \
 engine/lua/sbx_pool.h include/util/rp_pages.h
engine/lua/sbx_pool.h:
include/util/rp_pages.h:
