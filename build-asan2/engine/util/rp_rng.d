build-asan2/engine/util/rp_rng.o: engine/util/rp_rng.c \
 include/util/rp_rng.h
include/util/rp_rng.h:
