build-dev/engine/util/rp_json.o: engine/util/rp_json.c \
 include/util/rp_json.h include/util/rp_buf.h include/util/rp_error.h
include/util/rp_json.h:
include/util/rp_buf.h:
include/util/rp_error.h:
