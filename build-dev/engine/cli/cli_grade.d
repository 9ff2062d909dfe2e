build-dev/engine/cli/cli_grade.o: engine/cli/cli_grade.c \
 include/academy/grade.h include/academy/homework.h \
 include/academy/trainee.h include/core/rec.h include/core/score.h \
 include/core/scn.h include/lua/sbx.h /usr/include/lua5.4/lua.h \
 /usr/include/lua5.4/luaconf.h include/util/rp_error.h \
 include/util/rp_arena.h include/util/rp_strmap.h include/core/sess.h \
 include/academy/gradebook.h include/util/rp_buf.h include/academy/xapi.h \
 engine/cli/cli.h engine/cli/cli_opts.h engine/cli/cli_grade_jobs.h \
 engine/cli/cli_term.h include/util/term.h include/io/catalog.h \
 include/academy/curriculum.h include/io/rp_fs.h include/io/scn_file.h \
 include/util/rp_json.h include/util/rp_pages.h include/util/rp_scratch.h \
 include/util/rp_version.h
include/academy/grade.h:
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
include/academy/gradebook.h:
include/util/rp_buf.h:
include/academy/xapi.h:
engine/cli/cli.h:
engine/cli/cli_opts.h:
engine/cli/cli_grade_jobs.h:
engine/cli/cli_term.h:
include/util/term.h:
include/io/catalog.h:
include/academy/curriculum.h:
include/io/rp_fs.h:
include/io/scn_file.h:
include/util/rp_json.h:
include/util/rp_pages.h:
include/util/rp_scratch.h:
include/util/rp_version.h:
