build-asan2/engine/cli/cli_opts.o: engine/cli/cli_opts.c \
 engine/cli/cli_opts.h include/util/rp_buf.h engine/cli/cli.h \
 include/util/rp_error.h include/util/term.h
engine/cli/cli_opts.h:
include/util/rp_buf.h:
engine/cli/cli.h:
include/util/rp_error.h:
include/util/term.h:
