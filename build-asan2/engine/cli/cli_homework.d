build-asan2/engine/cli/cli_homework.o: engine/cli/cli_homework.c \
 include/academy/homework.h include/academy/trainee.h include/core/rec.h \
 include/core/score.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 include/core/sess.h engine/cli/cli.h engine/cli/cli_opts.h \
 include/util/rp_buf.h engine/cli/cli_play.h engine/cli/cli_term.h \
 include/util/term.h engine/cli/cli_trainee.h \
 include/academy/curriculum.h include/academy/progress.h \
 include/io/history.h include/io/catalog.h include/io/rp_fs.h \
 include/io/scn_file.h include/util/rp_time.h
include/academy/homework.h:
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
engine/cli/cli.h:
engine/cli/cli_opts.h:
include/util/rp_buf.h:
engine/cli/cli_play.h:
engine/cli/cli_term.h:
include/util/term.h:
engine/cli/cli_trainee.h:
include/academy/curriculum.h:
include/academy/progress.h:
include/io/history.h:
include/io/catalog.h:
include/io/rp_fs.h:
include/io/scn_file.h:
include/util/rp_time.h:
