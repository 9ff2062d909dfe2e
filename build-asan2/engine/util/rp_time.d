build-asan2/engine/util/rp_time.o: engine/util/rp_time.c \
 include/util/rp_time.h
include/util/rp_time.h:
