/*
 * fuzz_scenario.c -- scenario loading from any bytes: the sandbox runs them
 * as Lua and the compiler reads what they return.
 *
 * A file that does not load must be refused with a message naming it.  One
 * that loads is played (a few turns, an undo), scored, turned into a record
 * that must parse, rendered as a debrief, checked (a bounded exploration)
 * and its own tests are run: every part an instructor's file reaches.
 */
#include "fuzz.h"

#include <string.h>

#include "author/check.h"
#include "author/scenario_test.h"
#include "core/debrief.h"
#include "core/rec.h"
#include "core/scn.h"
#include "core/score.h"
#include "util/rp_buf.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  return 0;
}

static void play(const scn_scenario *scn) {
  rp_error err;
  sess_session *s = sess_new(scn, 42, &err);
  if (s == NULL)
    return;
  for (int turn = 0; turn < 40 && sess_state(s) == SESS_ACTIVE; turn++) {
    int n = sess_available(s);
    if (n == 0)
      break;
    sess_choose(s, 1 + turn % n, 1.0, &err);
  }
  if (sess_turn(s) > 0)
    sess_undo(s, &err);
  sess_quit(s);
  score_report rep;
  score_session(s, &rep);
  rec_meta meta = {"fuzz", "practice", 0, 0};
  char *text = rec_format(s, &rep, &meta);
  if (text != NULL) {
    rec_record r;
    rp_status st = rec_parse("again.json", text, strlen(text), &r, &err);
    FUZZ_ASSERT(st == RP_OK, "a session's record does not parse: %s\n%s",
                err.msg, text);
    rec_free(&r);
    free(text);
  }
  term_style style = {false, true, 72};
  rp_buf b = RP_BUF_INIT;
  debrief_render(&b, s, &rep, &style, true);
  rp_buf_free(&b);
  sess_free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  rp_error err;
  scn_scenario *scn = scn_load("fuzz.lua", (const char *)data, size, &err);
  if (scn == NULL) {
    FUZZ_ASSERT(err.code != RP_OK, "NULL without an error");
    FUZZ_ASSERT(strncmp(err.msg, "fuzz.lua", 8) == 0,
                "the message does not name the file: %s", err.msg);
    return 0;
  }
  play(scn);
  check_report r;
  if (check_run(scn, 300, &r, &err) == RP_OK)
    check_free(&r);
  scenario_test_suite suite;
  if (scenario_test_compile(scn, (const char *)data, size, &suite, &err) ==
      RP_OK) {
    for (int i = 0; i < suite.n && i < 5; i++) {
      rp_buf why = RP_BUF_INIT;
      scenario_test_run(scn, &suite.v[i], &why);
      rp_buf_free(&why);
    }
    scenario_test_free(&suite);
  }
  scn_free(scn);
  return 0;
}
