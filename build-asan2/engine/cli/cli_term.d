build-asan2/engine/cli/cli_term.o: engine/cli/cli_term.c \
 engine/cli/cli_term.h include/util/term.h include/util/rp_buf.h \
 engine/cli/cli_opts.h
engine/cli/cli_term.h:
include/util/term.h:
include/util/rp_buf.h:
engine/cli/cli_opts.h:
