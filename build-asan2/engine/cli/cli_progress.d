build-asan2/engine/cli/cli_progress.o: engine/cli/cli_progress.c \
 include/academy/progress.h include/academy/trainee.h include/core/rec.h \
 include/core/score.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 include/core/sess.h include/util/rp_buf.h engine/cli/cli.h \
 engine/cli/cli_opts.h engine/cli/cli_term.h include/util/term.h \
 engine/cli/cli_trainee.h include/academy/curriculum.h \
 include/io/history.h include/io/catalog.h include/util/rp_json_build.h
include/academy/progress.h:
include/academy/trainee.h:
include/core/rec.h:
include/core/score.h:
include/core/scn.h:
include/lua/sbx.h:
/usr/include/lua5.4/lua.h:
/usr/include/lua5.4/luaconf.h:
include/util/rp_error.h:
include/util/rp_arena.h:
include/util/rp_strmap.h:
include/core/sess.h:
include/util/rp_buf.h:
engine/cli/cli.h:
engine/cli/cli_opts.h:
engine/cli/cli_term.h:
include/util/term.h:
engine/cli/cli_trainee.h:
include/academy/curriculum.h:
include/io/history.h:
include/io/catalog.h:
include/util/rp_json_build.h:
