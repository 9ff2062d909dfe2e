build-asan2/engine/util/rp_arena.o: engine/util/rp_arena.c \
 include/util/rp_arena.h include/util/rp_pages.h
include/util/rp_arena.h:
include/util/rp_pages.h:
