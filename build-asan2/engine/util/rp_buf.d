build-asan2/engine/util/rp_buf.o: engine/util/rp_buf.c \
 include/util/rp_buf.h
include/util/rp_buf.h:
