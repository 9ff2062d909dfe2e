build-asan2/engine/io/rp_fs.o: engine/io/rp_fs.c include/io/rp_fs.h \
 include/util/rp_error.h include/util/rp_pages.h
include/io/rp_fs.h:
include/util/rp_error.h:
include/util/rp_pages.h:
