build-asan2/engine/cli/cli_report.o: engine/cli/cli_report.c \
 include/academy/progress.h include/academy/trainee.h include/core/rec.h \
 include/core/score.h include/core/scn.h include/lua/sbx.h \
 /usr/include/lua5.4/lua.h /usr/include/lua5.4/luaconf.h \
 include/util/rp_error.h include/util/rp_arena.h include/util/rp_strmap.h \
 include/core/sess.h include/util/rp_buf.h engine/cli/cli.h \
 engine/cli/cli_opts.h engine/cli/cli_term.h include/util/term.h \
 engine/cli/cli_trainee.h include/academy/curriculum.h \
 include/io/history.h include/core/debrief.h include/io/catalog.h \
 include/io/rp_fs.h engine/cli/report_css.h engine/cli/report_data.h \
 engine/cli/report_svg.h engine/cli/report_text.h \
 include/util/rp_version.h
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
include/core/debrief.h:
include/io/catalog.h:
include/io/rp_fs.h:
engine/cli/report_css.h:
engine/cli/report_data.h:
engine/cli/report_svg.h:
engine/cli/report_text.h:
include/util/rp_version.h:
