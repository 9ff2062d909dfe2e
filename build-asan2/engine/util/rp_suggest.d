build-asan2/engine/util/rp_suggest.o: engine/util/rp_suggest.c \
 include/util/rp_suggest.h
include/util/rp_suggest.h:
