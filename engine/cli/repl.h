/*
 * repl.h -- the trainee's side of a conversation: show the prospect, read
 * answers, run :commands.
 *
 * On a terminal it reads with GNU readline (line editing, history kept in the
 * XDG state directory, Tab completion of choice numbers and :commands, Ctrl-C
 * cancels the line, Ctrl-D ends the call).  Otherwise it reads one answer per
 * line with no readline, so a session can be scripted.  The :commands are
 * declared as data in one table (repl.c) that dispatch, :help and completion
 * all read.  Uses: sess, term.
 */
#ifndef REPL_H
#define REPL_H

#include <stdbool.h>
#include <stdio.h>

#include "core/scn.h"
#include "core/sess.h"
#include "util/rp_error.h"
#include "util/term.h"

typedef struct repl_opts {
  bool practice;    /* :undo and coach notes during play */
  bool author;      /* ids, meters and facts shown; :goto :set :reload */
  const char *path; /* the scenario file, for :reload */
  bool interactive; /* read with readline (stdin is a terminal) */
  FILE *out;        /* where the conversation goes */
  term_style style;
  const char *history; /* readline history file, or NULL */
  /* A time limit (graded homework): the monotonic instant (repl_now()) at
   * which the call ends by itself, or 0 for none.  *timed_out, when not
   * NULL, is set when it did. */
  double deadline;
  bool *timed_out;
} repl_opts;

/* A front end's view of one running conversation. */
typedef struct repl {
  sess_session *s;
  scn_scenario *scn; /* owned by the caller; :reload replaces both */
  repl_opts o;
  int shown; /* transcript lines printed so far */
  bool quit; /* :quit or end of input */
} repl;

/* Runs the conversation until it ends, the trainee quits or input ends.
 * Prints to o->out; returns RP_OK (a scenario failure shows in the session's
 * status, not here).  In author mode :reload may replace *s and *scn (the
 * old ones are freed); the caller frees what is there at the end. */
rp_status repl_run(sess_session **s, scn_scenario **scn, const repl_opts *o);

/* Prints transcript lines not yet shown, then the current options.  Used by
 * repl_run and by scripted play (--choices). */
void repl_show(repl *r);

/* Seconds on the monotonic clock (for repl_opts.deadline). */
double repl_now(void);

/* Handles one line of input: a choice number or id, or a :command.  Messages
 * for the trainee go to r->o.out. */
void repl_handle(repl *r, const char *line, double seconds);

/* While a session runs and is saved: SIGHUP and SIGTERM end the reading
 * (the session then ends as quit, and is saved), SIGPIPE is ignored.
 * repl_signal_restore() puts the previous handlers back;
 * repl_signal_caught() is the signal that stopped it, or 0, for the caller
 * to re-raise once the record is safe. */
void repl_signal_install(void);
void repl_signal_restore(void);
int repl_signal_caught(void);

#endif
