build-asan2/engine/util/rp_pages.o: engine/util/rp_pages.c \
 include/util/rp_pages.h
include/util/rp_pages.h:
