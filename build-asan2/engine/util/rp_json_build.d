build-asan2/engine/util/rp_json_build.o: engine/util/rp_json_build.c \
 include/util/rp_json_build.h
include/util/rp_json_build.h:
