build-asan2/engine/util/rp_error.o: engine/util/rp_error.c \
 include/util/rp_error.h
include/util/rp_error.h:
