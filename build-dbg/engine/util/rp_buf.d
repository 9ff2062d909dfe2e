build-dbg/engine/util/rp_buf.o: engine/util/rp_buf.c \
 include/util/rp_buf.h
include/util/rp_buf.h:
