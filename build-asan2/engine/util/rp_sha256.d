build-asan2/engine/util/rp_sha256.o: engine/util/rp_sha256.c \
 include/util/rp_sha256.h
include/util/rp_sha256.h:
