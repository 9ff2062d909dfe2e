build-asan2/engine/cli/cli_new.o: engine/cli/cli_new.c engine/cli/cli.h \
 engine/cli/cli_opts.h include/util/rp_buf.h include/util/rp_error.h \
 engine/cli/cli_term.h include/util/term.h include/io/rp_fs.h
engine/cli/cli.h:
engine/cli/cli_opts.h:
include/util/rp_buf.h:
include/util/rp_error.h:
engine/cli/cli_term.h:
include/util/term.h:
include/io/rp_fs.h:
