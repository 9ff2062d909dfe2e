build-asan2/engine/cli/report_text.o: engine/cli/report_text.c \
 engine/cli/report_text.h include/util/rp_buf.h
engine/cli/report_text.h:
include/util/rp_buf.h:
