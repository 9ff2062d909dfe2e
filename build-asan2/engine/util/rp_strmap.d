build-asan2/engine/util/rp_strmap.o: engine/util/rp_strmap.c \
 include/util/rp_strmap.h
include/util/rp_strmap.h:
