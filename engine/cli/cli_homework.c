/*
 * cli_homework.c -- `rapport assign` (an instructor writes an assignment)
 * and `rapport homework` (a trainee plays a graded attempt at one).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "academy/homework.h"
#include "cli.h"
#include "cli_play.h"
#include "cli_term.h"
#include "cli_trainee.h"
#include "core/rec.h"
#include "io/catalog.h"
#include "io/history.h"
#include "io/rp_fs.h"
#include "io/scn_file.h"
#include "util/rp_time.h"

/* Loads the scenario `name` names (an id on the search path or a file);
 * *path receives the file (caller frees).  Errors are printed. */
static scn_scenario *load_scenario(const char *name, char **path) {
  rp_error err;
  if (catalog_resolve(name, path, &err) != RP_OK) {
    cli_error("%s", err.msg);
    return NULL;
  }
  scn_scenario *s = scn_load_file(*path, &err);
  if (s == NULL) {
    cli_error("%s", err.msg);
    free(*path);
    *path = NULL;
  }
  return s;
}

/* Reads --due: a date-time with its zone, a date-time without one (the
 * local zone), or a date alone (the end of that day, local). */
static bool parse_due(const char *s, time_t *at, int *offset) {
  bool zone;
  time_t t;
  int off;
  if (rp_time_parse_opt_zone(s, &t, &off, &zone)) {
    if (!zone) {
      /* t is the wall-clock time read as UTC: find the local offset at
       * that instant (twice, in case the first guess crosses a change). */
      off = rp_time_local_offset(t);
      off = rp_time_local_offset(t - (time_t)off * 60);
      t -= (time_t)off * 60;
    }
    *at = t;
    *offset = off;
    return true;
  }
  if (rp_time_parse_date(s, &t)) {
    t += 23 * 3600 + 59 * 60 + 59;
    off = rp_time_local_offset(t);
    off = rp_time_local_offset(t - (time_t)off * 60);
    *at = t - (time_t)off * 60;
    *offset = off;
    return true;
  }
  return false;
}

/* ---- rapport assign ------------------------------------------------------ */

typedef struct assign_args {
  const char *due, *id, *title, *instructions, *output;
  double pass;
  long long attempts, time_limit; /* time_limit 0: none */
} assign_args;

const cli_option cli_assign_options[] = {
    CLI_NUMBER(0, "pass", assign_args, pass, "MARK", 0, 100, CLI_REQUIRED,
               "the overall score (0-100) that passes"),
    CLI_STRING(0, "due", assign_args, due, "WHEN", CLI_REQUIRED,
               "2026-12-04 (the end of that day, local time), "
               "2026-12-04T17:00 (local) or with a zone: "
               "2026-12-04T17:00+01:00, 2026-12-04T16:00Z"),
    CLI_INT(0, "attempts", assign_args, attempts, "N", 1, HOMEWORK_MAX_ATTEMPTS,
            CLI_REQUIRED, "graded attempts each trainee may make"),
    CLI_INT(0, "time-limit", assign_args, time_limit, "MIN", 1,
            HOMEWORK_MAX_MINUTES, 0,
            "minutes per attempt, at most a week (default: none)"),
    CLI_STRING(0, "id", assign_args, id, "ID", 0,
               "the assignment's id (default: scenario-YYYYMMDD)"),
    CLI_STRING(0, "title", assign_args, title, "TEXT", 0,
               "for trainees and gradebooks (default: the scenario's title)"),
    CLI_STRING(0, "instructions", assign_args, instructions, "TEXT", 0,
               "shown before each attempt"),
    CLI_STRING('o', NULL, assign_args, output, "FILE", 0,
               "write the assignment to FILE (never replaced) instead of "
               "standard output"),
    CLI_END};

int cli_assign(int argc, char **argv) {
  assign_args opt;
  memset(&opt, 0, sizeof opt);
  int n_pos;
  if (cli_parse("assign", argc, argv, &opt, &n_pos) != CLI_OK)
    return CLI_USAGE;
  if (n_pos == 0)
    return cli_usage("assign", "which scenario? (rapport list shows them)");
  if (n_pos > 1)
    return cli_usage("assign",
                     "one scenario per assignment (got '%s' and '%s')", argv[0],
                     argv[1]);
  const char *scenario = argv[0], *due = opt.due, *id = opt.id,
             *title = opt.title, *instr = opt.instructions, *out = opt.output;
  homework_assignment a;
  memset(&a, 0, sizeof a);
  a.pass_mark = opt.pass;
  a.max_attempts = (int)opt.attempts;
  a.time_limit_minutes = (int)opt.time_limit;
  int offset;
  if (!parse_due(due, &a.due_at, &offset))
    return cli_usage("assign",
                     "--due takes a date (2026-12-04: the end of that day, "
                     "local time) or a date-time (2026-12-04T17:00, "
                     "2026-12-04T17:00+01:00, 2026-12-04T16:00Z); got '%s'",
                     due);
  if (id != NULL && !homework_valid_id(id))
    return cli_usage("assign",
                     "--id '%s': 1 to %d letters, digits, '.', '_' or '-', "
                     "not starting with '.' or '-'",
                     id, HOMEWORK_ID_MAX);
  if ((title != NULL && strlen(title) > HOMEWORK_TEXT_MAX) ||
      (instr != NULL && strlen(instr) > HOMEWORK_TEXT_MAX))
    return cli_usage("assign",
                     "--title and --instructions take at most %d "
                     "characters",
                     HOMEWORK_TEXT_MAX);
  char *path = NULL;
  scn_scenario *scn = load_scenario(scenario, &path);
  if (scn == NULL)
    return CLI_FAIL;
  char due_text[32], created[32], idbuf[HOMEWORK_ID_MAX + 1];
  rp_time_format(a.due_at, offset, due_text);
  rp_time_format(time(NULL), 0, created);
  if (id == NULL) {
    /* "<scenario>-<due day>", cut to fit */
    snprintf(idbuf, sizeof idbuf, "%.52s-%.4s%.2s%.2s", scn->id, due_text,
             due_text + 5, due_text + 8);
    id = idbuf;
  }
  a.id = (char *)id;
  a.title = (char *)(title != NULL ? title : scn->title);
  a.instructions = (char *)instr;
  a.scenario_id = (char *)scn->id;
  a.scenario_version = (char *)scn->version;
  a.scenario_sha256 = scn->sha256;
  a.scenario_title = (char *)scn->title;
  a.due = due_text;
  a.created_at = created;
  int rc = CLI_OK;
  cJSON *o = homework_build(&a);
  char *text = o != NULL ? cJSON_Print(o) : NULL;
  cJSON_Delete(o);
  if (text == NULL) {
    cli_error("out of memory");
    rc = CLI_FAIL;
  } else if (!homework_valid_id(id)) {
    cli_error("scenario id '%s' does not make a valid assignment id; give "
              "one with --id",
              scn->id);
    rc = CLI_FAIL;
  } else {
    size_t n = strlen(text);
    char *full = malloc(n + 2);
    if (full == NULL) {
      cli_error("out of memory");
      rc = CLI_FAIL;
    } else {
      memcpy(full, text, n);
      full[n] = '\n';
      full[n + 1] = '\0';
      rp_error err;
      if (out == NULL) {
        cli_put_json(stdout, full);
      } else if (rp_fs_write_new(out, full, n + 1, &err) != RP_OK) {
        cli_error("%s", err.msg);
        rc = CLI_FAIL;
      } else {
        cli_printf(stderr,
                   "Wrote %s: '%s', scenario %s version %s, pass mark "
                   "%g, due %s, %d attempt%s%s.\n",
                   out, a.title, scn->id, scn->version, a.pass_mark, due_text,
                   a.max_attempts, a.max_attempts == 1 ? "" : "s",
                   a.time_limit_minutes > 0 ? ", timed" : "");
      }
      free(full);
    }
    if (rc == CLI_OK && a.due_at < time(NULL))
      cli_printf(stderr,
                 "Note: the due time %s has already passed; every "
                 "attempt will be graded as late.\n",
                 due_text);
  }
  cJSON_free(text);
  scn_free(scn);
  free(path);
  return rc;
}

/* ---- rapport homework ---------------------------------------------------- */

static void print_assignment(const homework_assignment *a, int attempt,
                             FILE *out) {
  term_style st = cli_term_style(out);
  char local[32];
  time_t now = time(NULL);
  rp_time_format(a->due_at, rp_time_local_offset(a->due_at), local);
  cli_printf(out, "%sHomework: %s%s\n", term_bold(&st), a->title,
             term_reset(&st));
  cli_printf(out, "  Attempt %d of %d.  Pass mark %g of 100.  Due %s", attempt,
             a->max_attempts, a->pass_mark, local);
  if (a->due_at < now)
    cli_printf(out, " %s(passed: this attempt will be graded as late)%s",
               term_bold(&st), term_reset(&st));
  cli_puts(out, ".\n");
  if (a->time_limit_minutes > 0)
    cli_printf(out, "  Time limit: %d minutes, from your first line.\n",
               a->time_limit_minutes);
  cli_puts(out,
           "  Graded: no coach notes, meters or :undo until the debrief.\n");
  if (a->instructions != NULL)
    cli_printf(out, "\n%s\n", a->instructions);
  cli_puts(out, "\n");
}

typedef struct homework_args {
  const char *output, *scenario, *trainee, *data_dir, *choices;
  bool json;
} homework_args;

const cli_option cli_homework_options[] = {
    CLI_STRING('o', NULL, homework_args, output, "FILE", 0,
               "write the submission to FILE (default: "
               "ASSIGNMENT-TRAINEE-attemptN.json in the current folder)"),
    CLI_STRING(0, "scenario", homework_args, scenario, "FILE", 0,
               "the pinned scenario file, if not on the search path"),
    CLI_STRING(0, "trainee", homework_args, trainee, "NAME", 0,
               "who is making the attempt (default: $RAPPORT_TRAINEE, else "
               "the login name)"),
    CLI_STRING(0, "data-dir", homework_args, data_dir, "DIR", 0,
               "where trainees' histories are kept (default: "
               "$XDG_DATA_HOME/rapport)"),
    CLI_STRING(0, "choices", homework_args, choices, "LIST", 0,
               "play non-interactively: choice numbers or ids separated by "
               "commas"),
    CLI_FLAG(0, "json", homework_args, json, 0,
             "print the attempt's record (JSON) instead of the debrief"),
    CLI_END};

int cli_homework(int argc, char **argv) {
  homework_args opt;
  memset(&opt, 0, sizeof opt);
  int n;
  if (cli_parse("homework", argc, argv, &opt, &n) != CLI_OK)
    return CLI_USAGE;
  if (n == 0)
    return cli_usage("homework", "which assignment? (the .json file your "
                                 "instructor sent)");
  if (n > 1)
    return cli_usage("homework", "one assignment at a time");
  const char *file = argv[0], *scenario = opt.scenario, *out = opt.output,
             *trainee = opt.trainee, *data_dir = opt.data_dir,
             *choices = opt.choices;
  bool json = opt.json;
  if (trainee == NULL)
    trainee = cli_default_trainee();
  if (!trainee_valid_name(trainee))
    return cli_usage("homework",
                     "'%s' is not a valid trainee name: 1 to %d letters, "
                     "digits, '.', '_' or '-', not starting with '.' "
                     "(--trainee or RAPPORT_TRAINEE)",
                     trainee, TRAINEE_NAME_MAX);
  char *text;
  size_t len;
  rp_error err;
  if (rp_fs_read(file, HOMEWORK_MAX_BYTES + 1, &text, &len, &err) != RP_OK) {
    cli_error("%s", err.msg);
    return CLI_FAIL;
  }
  homework_assignment a;
  rp_status st = homework_parse(file, text, len, &a, &err);
  free(text);
  if (st != RP_OK) {
    cli_error("%s", err.msg);
    return CLI_FAIL;
  }
  int rc = CLI_FAIL;
  char *path = NULL;
  scn_scenario *scn =
      load_scenario(scenario != NULL ? scenario : a.scenario_id, &path);
  trainee_history h = {0};
  if (scn == NULL)
    goto done;
  if (strcmp(scn->id, a.scenario_id) != 0) {
    cli_error("%s is scenario '%s'; the assignment is scenario '%s'", path,
              scn->id, a.scenario_id);
    goto done;
  }
  if (strcmp(scn->sha256, a.scenario_sha256) != 0) {
    cli_error("%s is version %s of '%s' (sha256 %.12s...), but the assignment "
              "pins version %s (sha256 %.12s...): ask your instructor for "
              "that file and pass it with --scenario FILE",
              path, scn->version, scn->id, scn->sha256, a.scenario_version,
              a.scenario_sha256);
    goto done;
  }
  if (history_load(data_dir, trainee, &h, &err) != RP_OK) {
    cli_error("%s", err.msg);
    goto done;
  }
  for (int i = 0; i < h.n_damaged; i++)
    cli_error("skipped a damaged file in the history (left as it is): %s",
              h.damaged[i]);
  int used = homework_attempts_used(&h, a.id);
  if (used >= a.max_attempts) {
    cli_error("%s has used all %d attempt%s at '%s' (they are in the "
              "history; `rapport progress` lists them)",
              trainee, a.max_attempts, a.max_attempts == 1 ? "" : "s", a.id);
    goto done;
  }
  FILE *screen = json ? stderr : stdout;
  print_assignment(&a, used + 1, screen);
  if (choices == NULL && isatty(STDIN_FILENO) && isatty(fileno(screen))) {
    /* Let the trainee read the brief before the attempt (and its clock)
     * starts; leaving here uses nothing. */
    cli_printf(screen,
               "Press Enter to start attempt %d (Ctrl-D to leave "
               "without using it): ",
               used + 1);
    fflush(screen);
    int c;
    while ((c = getchar()) != '\n' && c != EOF)
      ;
    if (c == EOF) {
      cli_puts(screen, "\n");
      rc = CLI_OK;
      goto done;
    }
  }
  cli_graded g = {&a, used + 1, out, trainee, data_dir, choices, json};
  rc = cli_play_graded(&scn, path, &g);
done:
  trainee_history_free(&h);
  scn_free(scn);
  free(path);
  homework_free(&a);
  return rc;
}
