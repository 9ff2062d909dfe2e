build-asan2/engine/core/scn_lines.o: engine/core/scn_lines.c \
 include/core/scn_lines.h include/util/rp_arena.h include/util/rp_pages.h
include/core/scn_lines.h:
include/util/rp_arena.h:
include/util/rp_pages.h:
