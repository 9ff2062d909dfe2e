/*
 * repl.c -- the conversation loop: readline on a terminal, plain lines
 * otherwise, the :commands and the signals.  See repl.h; how the
 * conversation looks is repl_render.c's.
 *
 * Ctrl-C follows CPython's readline module: readline's callback interface
 * under a wait for input, with our own SIGINT handler that only sets a flag;
 * the loop sees the flag, clears the line and prompts again.  Nothing
 * touches readline from inside a signal handler.  The wait is pselect()
 * with the signals blocked from the flag check until it starts (see
 * read_tty), so a signal arriving in between is never left waiting for a
 * key press.
 */
#include "repl.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "cli_opts.h"
#include "cli_term.h"
#include "io/scn_file.h"
#include "repl_render.h"
#include "util/rp_buf.h"

/* Longest answer line we act on; longer lines are refused, not truncated. */
#define REPL_LINE_MAX 4096

/* History entries kept across runs. */
#define REPL_HISTORY_MAX 1000

/* ---- the :commands ------------------------------------------------------- */

static repl *completing; /* the repl Tab completion reads */

/* Which kinds of play a command exists in. */
enum { M_PRACTICE = 1, M_GRADED = 2, M_AUTHOR = 4, M_ALL = 7 };

typedef struct repl_cmd {
  const char *name;
  const char *args; /* usage of its arguments, or NULL for none */
  const char *help;
  unsigned modes;
  void (*run)(repl *r, const char *args);
} repl_cmd;

static void cmd_help(repl *r, const char *args);
static void cmd_notes(repl *r, const char *args);
static void cmd_transcript(repl *r, const char *args);
static void cmd_restart(repl *r, const char *args);
static void cmd_undo(repl *r, const char *args);
static void cmd_quit(repl *r, const char *args);
static void cmd_goto(repl *r, const char *args);
static void cmd_set(repl *r, const char *args);
static void cmd_reload(repl *r, const char *args);

static const repl_cmd COMMANDS[] = {
    {":help", NULL, "list these commands", M_ALL, cmd_help},
    {":notes", NULL, "what you have learned about the prospect so far", M_ALL,
     cmd_notes},
    {":transcript", NULL, "the conversation so far", M_ALL, cmd_transcript},
    {":undo", NULL, "take back your last choice (practice only)",
     M_PRACTICE | M_AUTHOR, cmd_undo},
    {":restart", NULL, "start the call again from the beginning", M_ALL,
     cmd_restart},
    {":goto", "NODE", "jump to a node (author mode)", M_AUTHOR, cmd_goto},
    {":set", "METER VALUE", "set a hidden meter (author mode)", M_AUTHOR,
     cmd_set},
    {":reload", NULL,
     "reload the scenario file and replay your choices (author mode)", M_AUTHOR,
     cmd_reload},
    {":quit", NULL, "end the call now and see the debrief (also Ctrl-D)", M_ALL,
     cmd_quit},
};
#define N_COMMANDS ((int)(sizeof COMMANDS / sizeof COMMANDS[0]))

static unsigned mode_of(const repl *r) {
  return r->o.author ? M_AUTHOR : r->o.practice ? M_PRACTICE : M_GRADED;
}

static bool command_enabled(const repl *r, const repl_cmd *c) {
  return (c->modes & mode_of(r)) != 0;
}

static void cmd_help(repl *r, const char *args) {
  (void)args;
  rp_buf b = RP_BUF_INIT;
  const term_style *st = &r->o.style;
  int n = sess_available(r->s);
  rp_buf_printf(&b, "Type a number from 1 to %d to answer, or:\n", n);
  for (int i = 0; i < N_COMMANDS; i++)
    if (command_enabled(r, &COMMANDS[i])) {
      char usage[64];
      snprintf(usage, sizeof usage, "%s%s%s", COMMANDS[i].name,
               COMMANDS[i].args ? " " : "",
               COMMANDS[i].args ? COMMANDS[i].args : "");
      rp_buf_printf(&b, "  %s%-18s%s %s\n", term_bold(st), usage,
                    term_reset(st), COMMANDS[i].help);
    }
  if (r->o.interactive)
    rp_buf_puts(&b, "Tab completes numbers and commands; Ctrl-C clears the "
                    "line; Ctrl-D ends the call.\n");
  repl_emit(r, &b);
}

static void cmd_notes(repl *r, const char *args) {
  (void)args;
  rp_buf b = RP_BUF_INIT;
  repl_render_notes(r, &b);
  repl_emit(r, &b);
}

static void cmd_transcript(repl *r, const char *args) {
  (void)args;
  rp_buf b = RP_BUF_INIT;
  repl_render_transcript(r, &b);
  repl_emit(r, &b);
}

static void cmd_restart(repl *r, const char *args) {
  (void)args;
  rp_error err;
  if (sess_restart(r->s, &err) != RP_OK) {
    repl_say(r, "%s", err.msg);
    return;
  }
  repl_say(r, "%s", "Starting the call again.");
  r->shown = 0;
  repl_show(r);
}

static void cmd_undo(repl *r, const char *args) {
  (void)args;
  rp_error err;
  if (sess_undo(r->s, &err) != RP_OK) {
    repl_say(r, "%s", err.msg);
    return;
  }
  repl_say(r, "%s",
           "Taken back. You are where you were before your last choice.");
  repl_show_current(r);
}

static void cmd_goto(repl *r, const char *args) {
  int n = scn_node_find(r->scn, args);
  if (n < 0) {
    repl_say(r, "No node '%s' in this scenario.", args);
    return;
  }
  rp_error err;
  if (sess_goto(r->s, n, &err) != RP_OK)
    repl_say(r, "%s", err.msg);
  r->shown = 0;
  repl_show_current(r);
}

static void cmd_set(repl *r, const char *args) {
  /* Checked parsing: sscanf's %ld on a number too large for a long is
   * undefined behaviour.  No meter reaches beyond SCN_METER_LIMIT, so a
   * value past it is a typing mistake, refused; within it, the meter
   * keeps the value to its own range. */
  size_t w = strcspn(args, " \t");
  const char *text = args + w + strspn(args + w, " \t");
  long long value;
  if (*text == '\0' ||
      !cli_parse_int(text, -SCN_METER_LIMIT, SCN_METER_LIMIT, &value)) {
    repl_say(r, "usage: :set METER VALUE (a whole number from %d to %d)",
             -SCN_METER_LIMIT, SCN_METER_LIMIT);
    return;
  }
  char meter[64];
  int m = -1;
  if (w < sizeof meter) {
    memcpy(meter, args, w);
    meter[w] = '\0';
    m = scn_meter_find(r->scn, meter);
  }
  if (m < 0) {
    repl_say(r, "No meter '%.*s' (the meters are in the status line).",
             (int)(w < 40 ? w : 40), args);
    return;
  }
  sess_set_meter(r->s, m, (int)value);
  /* Conditions may read the meter: work the options out again. */
  rp_error err;
  if (sess_goto(r->s, sess_node(r->s), &err) != RP_OK)
    repl_say(r, "%s", err.msg);
  r->shown = 0;
  repl_show_current(r);
}

/* Reloads the file and replays the choices made so far on it, stopping
 * where the edited scenario no longer allows them. */
static void cmd_reload(repl *r, const char *args) {
  (void)args;
  rp_error err;
  scn_scenario *scn = scn_load_file(r->o.path, &err);
  if (scn == NULL) {
    repl_say(r, "Not reloaded (the old version stays): %s", err.msg);
    return;
  }
  sess_session *s = sess_new(scn, sess_seed(r->s), &err);
  if (s == NULL) {
    scn_free(scn);
    repl_say(r, "%s", err.msg);
    return;
  }
  const sess_decision *d;
  int n = sess_decisions(r->s, &d), replayed = 0;
  for (int i = 0; i < n && sess_state(s) == SESS_ACTIVE; i++) {
    const char *id = r->scn->nodes[d[i].node].choices[d[i].choice].id;
    const char *node = r->scn->nodes[d[i].node].id;
    const char *now = scn->nodes[sess_node(s)].id;
    if (strcmp(node, now) != 0) {
      repl_say(r,
               "Replay stopped at turn %d: you were at node '%s', the edited "
               "scenario is at '%s'.",
               i + 1, node, now);
      break;
    }
    if (sess_choose_id(s, id, d[i].seconds, &err) == RP_EINPUT) {
      repl_say(r, "Replay stopped at turn %d: %s", i + 1, err.msg);
      break;
    }
    replayed++;
  }
  sess_free(r->s);
  scn_free(r->scn);
  r->s = s;
  r->scn = scn;
  completing = r;
  repl_say(r, "Reloaded %s; replayed %d of %d choices.", r->o.path, replayed,
           n);
  r->shown = 0;
  repl_show_current(r);
}

static void cmd_quit(repl *r, const char *args) {
  (void)args;
  sess_quit(r->s);
  r->quit = true;
}

static void trim(const char **s, size_t *len) {
  while (*len > 0 && isspace((unsigned char)(*s)[0])) {
    (*s)++;
    (*len)--;
  }
  while (*len > 0 && isspace((unsigned char)(*s)[*len - 1]))
    (*len)--;
}

void repl_handle(repl *r, const char *line, double seconds) {
  size_t len = strlen(line);
  trim(&line, &len);
  int avail = sess_available(r->s);
  char range[64];
  snprintf(range, sizeof range, "a number from 1 to %d", avail);
  if (len == 0) {
    repl_say(r, "Type %s to answer (:help for commands).", range);
    return;
  }
  if (len > REPL_LINE_MAX) {
    repl_say(r, "That line is too long; type %s.", range);
    return;
  }
  if (!term_utf8_valid(line, len)) {
    repl_say(r, "That line is not valid UTF-8 text; type %s.", range);
    return;
  }
  char buf[REPL_LINE_MAX + 1];
  memcpy(buf, line, len);
  buf[len] = '\0';
  if (buf[0] == ':') {
    size_t w = strcspn(buf, " \t");
    const char *args = buf + w + strspn(buf + w, " \t");
    for (int i = 0; i < N_COMMANDS; i++) {
      const repl_cmd *c = &COMMANDS[i];
      if (strlen(c->name) != w || strncmp(buf, c->name, w) != 0)
        continue;
      if (!command_enabled(r, c))
        break;
      if (c->args == NULL && *args != '\0')
        repl_say(r, "%s takes no arguments.", c->name);
      else if (c->args != NULL && *args == '\0')
        repl_say(r, "usage: %s %s", c->name, c->args);
      else
        c->run(r, args);
      return;
    }
    buf[w] = '\0';
    if (strcmp(buf, ":undo") == 0)
      repl_say(r, "%s",
               ":undo is for practice; in graded play every choice "
               "counts.");
    else
      repl_say(r, "Unknown command %s (:help lists them).", buf);
    return;
  }
  rp_error err;
  rp_status st;
  char *end;
  errno = 0;
  long n = strtol(buf, &end, 10);
  if (*end == '\0' && errno == 0) {
    st = sess_choose(r->s, n < INT_MIN || n > INT_MAX ? 0 : (int)n, seconds,
                     &err);
  } else {
    st = sess_choose_id(r->s, buf, seconds, &err);
    if (st == RP_EINPUT)
      snprintf(err.msg, sizeof err.msg,
               "'%.40s%s' is not a choice here; type "
               "%s (:help for commands)",
               buf, len > 40 ? "..." : "", range);
  }
  if (st == RP_EINPUT) {
    repl_say(r, "%s", err.msg);
    return;
  }
  repl_show(r);
}

/* ---- stopping on a signal ------------------------------------------------
 * SIGHUP (the terminal closed) and SIGTERM: the handler only notes the
 * signal; reading returns as at end of input, the session ends as quit and
 * the caller saves what was played.  SIGPIPE is ignored meanwhile, so that
 * a closed output cannot lose the record either. */

static volatile sig_atomic_t got_stop;
static struct sigaction old_hup, old_term, old_pipe;

static void on_stop(int sig) { got_stop = sig; }

void repl_signal_install(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sigemptyset(&sa.sa_mask);
  /* No SA_RESTART, unlike SIGINT and SIGWINCH: a read blocked on input
   * (read_plain's getline) must return for the session to end and be
   * saved. */
  sa.sa_handler = on_stop;
  sigaction(SIGHUP, &sa, &old_hup);
  sigaction(SIGTERM, &sa, &old_term);
  sa.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &sa, &old_pipe);
}

void repl_signal_restore(void) {
  sigaction(SIGHUP, &old_hup, NULL);
  sigaction(SIGTERM, &old_term, NULL);
  sigaction(SIGPIPE, &old_pipe, NULL);
}

int repl_signal_caught(void) { return got_stop; }

/* ---- reading lines ------------------------------------------------------- */

static volatile sig_atomic_t got_sigint, got_sigwinch;
static char *cb_line;
static bool cb_done;

static void on_sigint(int sig) {
  (void)sig;
  got_sigint = 1;
}
static void on_sigwinch(int sig) {
  (void)sig;
  got_sigwinch = 1;
}

static void on_line(char *line) {
  cb_line = line;
  cb_done = true;
  rl_callback_handler_remove();
}

/* Completion: the available choice numbers, then the enabled commands. */
static char *complete_gen(const char *text, int state) {
  static int i;
  if (state == 0)
    i = 0;
  size_t len = strlen(text);
  int n = sess_available(completing->s);
  while (i < n + N_COMMANDS) {
    int k = i++;
    char cand[32];
    if (k < n)
      snprintf(cand, sizeof cand, "%d", k + 1);
    else if (command_enabled(completing, &COMMANDS[k - n]))
      snprintf(cand, sizeof cand, "%s", COMMANDS[k - n].name);
    else
      continue;
    if (strncmp(cand, text, len) == 0)
      return strdup(cand);
  }
  return NULL;
}

/* Completion of a command's argument: node ids after :goto, meters after
 * :set. */
static char *complete_arg_gen(const char *text, int state) {
  static int i;
  if (state == 0)
    i = 0;
  const scn_scenario *scn = completing->scn;
  bool nodes = strncmp(rl_line_buffer, ":goto", 5) == 0;
  int n = nodes ? scn->n_nodes : scn->n_meters;
  size_t len = strlen(text);
  while (i < n) {
    const char *cand = nodes ? scn->nodes[i].id : scn->meters[i].id;
    i++;
    if (strncmp(cand, text, len) == 0)
      return strdup(cand);
  }
  return NULL;
}

static char **complete(const char *text, int start, int end) {
  (void)end;
  rl_attempted_completion_over = 1; /* never fall back to file names */
  if (start > 0 && completing->o.author &&
      (strncmp(rl_line_buffer, ":goto ", 6) == 0 ||
       strncmp(rl_line_buffer, ":set ", 5) == 0))
    return rl_completion_matches(text, complete_arg_gen);
  if (start > 0)
    return NULL;
  return rl_completion_matches(text, complete_gen);
}

double repl_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Acts on a Ctrl-C or a resize noted since the last look.  Runs with the
 * signals unblocked: redrawing may block on a stalled terminal, and a
 * SIGTERM must still be able to cut that short. */
static void act_on_signals(void) {
  if (got_sigwinch) {
    got_sigwinch = 0;
    rl_resize_terminal();
  }
  if (got_sigint) {
    got_sigint = 0;
    rl_free_line_state();
    rl_callback_sigcleanup();
    rl_replace_line("", 0);
    rl_point = rl_end = rl_mark = 0;
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
  }
}

/* Reads one line with readline; NULL at end of input (Ctrl-D) or when the
 * deadline (when not 0) passes, which sets *late.
 *
 * A flag checked and then a plain select() would lose a signal arriving
 * between the two (or while a key is being handled) until the next key
 * press.  So the signals the loop acts on are blocked from the last check
 * of their flags until pselect(), which unblocks them atomically as it
 * starts waiting: one that arrives in the gap stays pending and ends the
 * wait at once. */
static char *read_tty(const char *prompt, double deadline, bool *late) {
  cb_done = false;
  cb_line = NULL;
  *late = false;
  sigset_t acted_on, orig;
  sigemptyset(&acted_on);
  sigaddset(&acted_on, SIGINT);
  sigaddset(&acted_on, SIGWINCH);
  sigaddset(&acted_on, SIGTERM);
  sigaddset(&acted_on, SIGHUP);
  rl_callback_handler_install(prompt, on_line);
  int fd = fileno(rl_instream);
  for (;;) {
    if (cb_done || got_stop)
      break;
    act_on_signals();
    struct timespec ts, *tsp = NULL;
    if (deadline > 0) {
      double left = deadline - repl_now();
      if (left <= 0) {
        *late = true;
        break;
      }
      ts.tv_sec = (time_t)left;
      ts.tv_nsec = (long)((left - (double)ts.tv_sec) * 1e9);
      tsp = &ts;
    }
    fd_set fds;
    FD_ZERO(&fds);
    FD_SET(fd, &fds);
    sigprocmask(SIG_BLOCK, &acted_on, &orig);
    int rc = -1, err = EINTR;
    if (!got_stop && !got_sigint && !got_sigwinch) {
      rc = pselect(fd + 1, &fds, NULL, NULL, tsp, &orig);
      err = errno;
    }
    sigprocmask(SIG_SETMASK, &orig, NULL);
    if (rc > 0)
      rl_callback_read_char();
    else if (rc < 0 && err != EINTR)
      break;
    /* rc == 0: the deadline check above ends the read; EINTR: the flags
     * are acted on at the top. */
  }
  if (!cb_done)
    rl_callback_handler_remove();
  return cb_line;
}

/* Reads one line from a non-terminal; NULL at end of input.  Lines of any
 * length are read whole (repl_handle refuses the long ones). */
static char *read_plain(FILE *in) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = getline(&line, &cap, in);
  if (n < 0) {
    free(line);
    return NULL;
  }
  if (n > 0 && line[n - 1] == '\n')
    line[--n] = '\0';
  if (memchr(line, '\0', (size_t)n) != NULL) {
    /* an embedded NUL: make it visible to the UTF-8 check as invalid */
    line[0] = (char)0xFF;
    line[1] = '\0';
  }
  return line;
}

/* Adds a line to the history, trimmed, unless it repeats the last one. */
static void remember(const char *line) {
  size_t len = strlen(line);
  trim(&line, &len);
  if (len == 0 || len > REPL_LINE_MAX)
    return;
  char buf[REPL_LINE_MAX + 1];
  memcpy(buf, line, len);
  buf[len] = '\0';
  HIST_ENTRY *last = history_length > 0
                         ? history_get(history_base + history_length - 1)
                         : NULL;
  if (last == NULL || strcmp(last->line, buf) != 0)
    add_history(buf);
}

rp_status repl_run(sess_session **sp, scn_scenario **scnp, const repl_opts *o) {
  repl r = {*sp, *scnp, *o, 0, false};
  struct sigaction old_int, old_winch;
  if (o->interactive) {
    completing = &r;
    rl_readline_name = "rapport";
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_attempted_completion_function = complete;
    rl_outstream = o->out;
    using_history();
    stifle_history(REPL_HISTORY_MAX);
    if (o->history != NULL)
      read_history(o->history);
    /* SA_RESTART: a Ctrl-C or a resize while output is blocked (a
     * stalled terminal, Ctrl-S) must not fail the write with EINTR; stdio
     * would drop the unwritten output and rapport report it lost.  The
     * wait for input still ends, as pselect() is never restarted. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, &old_int);
    sa.sa_handler = on_sigwinch;
    sigaction(SIGWINCH, &sa, &old_winch);
    got_sigint = got_sigwinch = 0;
  }
  repl_show(&r);
  if (o->interactive && sess_state(r.s) == SESS_ACTIVE)
    cli_printf(o->out, "%s(Type a number to answer; :help for commands.)%s\n",
               term_dim(&o->style), term_reset(&o->style));
  /* Authors stay after an ending, to :undo, :goto or :reload. */
  while ((sess_state(r.s) == SESS_ACTIVE || o->author) && !r.quit &&
         !got_stop) {
    double t0 = repl_now();
    bool late = o->deadline > 0 && t0 >= o->deadline;
    char prompt[64] = "> ";
    if (o->deadline > 0 && !late) {
      double left = o->deadline - t0;
      if (left >= 60)
        snprintf(prompt, sizeof prompt, "[%d min left] > ",
                 (int)((left + 59) / 60));
      else
        snprintf(prompt, sizeof prompt, "[%d s left] > ", (int)left + 1);
    }
    char *line = NULL;
    if (!late)
      line = o->interactive ? read_tty(prompt, o->deadline, &late)
                            : read_plain(stdin);
    if (line != NULL && o->deadline > 0 && repl_now() >= o->deadline) {
      free(line); /* typed after the time ran out: not taken */
      line = NULL;
      late = true;
    }
    if (line == NULL) { /* Ctrl-D, end of input or time up */
      if (o->interactive)
        cli_puts(o->out, "\n");
      if (late) {
        cli_printf(o->out, "%sTime is up: the call ends here.%s\n",
                   term_bold(&o->style), term_reset(&o->style));
        if (o->timed_out != NULL)
          *o->timed_out = true;
      }
      sess_quit(r.s);
      break;
    }
    if (o->interactive)
      remember(line);
    repl_handle(&r, line, o->interactive ? repl_now() - t0 : 0.0);
    free(line);
  }
  *sp = r.s;
  *scnp = r.scn;
  if (o->interactive) {
    if (o->history != NULL)
      write_history(o->history);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGWINCH, &old_winch, NULL);
    completing = NULL;
  }
  return RP_OK;
}
