build-asan2/engine/util/term.o: engine/util/term.c include/util/term.h \
 include/util/rp_buf.h
include/util/term.h:
include/util/rp_buf.h:
