build-asan2/engine/cli/cli.o: engine/cli/cli.c engine/cli/cli.h \
 engine/cli/cli_opts.h include/util/rp_buf.h include/util/rp_error.h \
 engine/cli/cli_term.h include/util/term.h include/util/rp_version.h
engine/cli/cli.h:
engine/cli/cli_opts.h:
include/util/rp_buf.h:
include/util/rp_error.h:
engine/cli/cli_term.h:
include/util/term.h:
include/util/rp_version.h:
