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

static bool parse_int(const char *s, int lo, int hi, int *out) {
  char *end;
  long v = strtol(s, &end, 10);
  if (*s == '\0' || *end != '\0' || v < lo || v > hi)
    return false;
  *out = (int)v;
  return true;
}

/* ---- rapport assign ------------------------------------------------------ */

int cli_assign(int argc, char **argv) {
  const char *scenario = NULL, *pass = NULL, *due = NULL, *attempts = NULL;
  const char *id = NULL, *title = NULL, *limit = NULL, *instr = NULL,
             *out = NULL;
  for (int i = 1; i < argc; i++) {
    bool bad = false;
    const char *v;
    if (cli_opt(argc, argv, &i, "--pass", &v, &bad))
      pass = v;
    else if (cli_opt(argc, argv, &i, "--due", &v, &bad))
      due = v;
    else if (cli_opt(argc, argv, &i, "--attempts", &v, &bad))
      attempts = v;
    else if (cli_opt(argc, argv, &i, "--id", &v, &bad))
      id = v;
    else if (cli_opt(argc, argv, &i, "--title", &v, &bad))
      title = v;
    else if (cli_opt(argc, argv, &i, "--time-limit", &v, &bad))
      limit = v;
    else if (cli_opt(argc, argv, &i, "--instructions", &v, &bad))
      instr = v;
    else if (cli_opt(argc, argv, &i, "-o", &v, &bad))
      out = v;
    else if (argv[i][0] == '-' && argv[i][1] != '\0')
      return cli_usage("assign", "unknown option '%s'", argv[i]);
    else if (scenario == NULL)
      scenario = argv[i];
    else
      return cli_usage("assign",
                       "one scenario per assignment (got '%s' and "
                       "'%s')",
                       scenario, argv[i]);
    if (bad)
      return cli_usage("assign", "option '%s' needs a value", argv[i]);
  }
  if (scenario == NULL)
    return cli_usage("assign", "which scenario? (rapport list shows them)");
  if (pass == NULL || due == NULL || attempts == NULL)
    return cli_usage("assign", "--pass, --due and --attempts are required");
  homework_assignment a;
  memset(&a, 0, sizeof a);
  char *end;
  a.pass_mark = strtod(pass, &end);
  if (*pass == '\0' || *end != '\0' || !(a.pass_mark >= 0) || a.pass_mark > 100)
    return cli_usage("assign", "--pass takes a score from 0 to 100");
  if (!parse_int(attempts, 1, HOMEWORK_MAX_ATTEMPTS, &a.max_attempts))
    return cli_usage("assign", "--attempts takes a number from 1 to %d",
                     HOMEWORK_MAX_ATTEMPTS);
  if (limit != NULL &&
      !parse_int(limit, 1, HOMEWORK_MAX_MINUTES, &a.time_limit_minutes))
    return cli_usage("assign",
                     "--time-limit takes minutes, from 1 to %d (a week)",
                     HOMEWORK_MAX_MINUTES);
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
        fputs(full, stdout);
      } else if (rp_fs_write_new(out, full, n + 1, &err) != RP_OK) {
        cli_error("%s", err.msg);
        rc = CLI_FAIL;
      } else {
        fprintf(stderr,
                "Wrote %s: '%s', scenario %s version %s, pass mark "
                "%g, due %s, %d attempt%s%s.\n",
                out, a.title, scn->id, scn->version, a.pass_mark, due_text,
                a.max_attempts, a.max_attempts == 1 ? "" : "s",
                a.time_limit_minutes > 0 ? ", timed" : "");
      }
      free(full);
    }
    if (rc == CLI_OK && a.due_at < time(NULL))
      fprintf(stderr,
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
  fprintf(out, "%sHomework: %s%s\n", term_bold(&st), a->title, term_reset(&st));
  fprintf(out, "  Attempt %d of %d.  Pass mark %g of 100.  Due %s", attempt,
          a->max_attempts, a->pass_mark, local);
  if (a->due_at < now)
    fprintf(out, " %s(passed: this attempt will be graded as late)%s",
            term_bold(&st), term_reset(&st));
  fputs(".\n", out);
  if (a->time_limit_minutes > 0)
    fprintf(out, "  Time limit: %d minutes, from your first line.\n",
            a->time_limit_minutes);
  fputs("  Graded: no coach notes, meters or :undo until the debrief.\n", out);
  if (a->instructions != NULL)
    fprintf(out, "\n%s\n", a->instructions);
  fputc('\n', out);
}

int cli_homework(int argc, char **argv) {
  const char *file = NULL, *scenario = NULL, *out = NULL, *trainee = NULL,
             *data_dir = NULL, *choices = NULL;
  bool json = false;
  for (int i = 1; i < argc; i++) {
    bool bad = false;
    const char *v;
    if (cli_opt(argc, argv, &i, "--scenario", &v, &bad))
      scenario = v;
    else if (cli_opt(argc, argv, &i, "-o", &v, &bad))
      out = v;
    else if (cli_opt(argc, argv, &i, "--trainee", &v, &bad))
      trainee = v;
    else if (cli_opt(argc, argv, &i, "--data-dir", &v, &bad))
      data_dir = v;
    else if (cli_opt(argc, argv, &i, "--choices", &v, &bad))
      choices = v;
    else if (strcmp(argv[i], "--json") == 0)
      json = true;
    else if (argv[i][0] == '-' && argv[i][1] != '\0')
      return cli_usage("homework", "unknown option '%s'", argv[i]);
    else if (file == NULL)
      file = argv[i];
    else
      return cli_usage("homework", "one assignment at a time");
    if (bad)
      return cli_usage("homework", "option '%s' needs a value", argv[i]);
  }
  if (file == NULL)
    return cli_usage("homework", "which assignment? (the .json file your "
                                 "instructor sent)");
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
    fprintf(screen,
            "Press Enter to start attempt %d (Ctrl-D to leave "
            "without using it): ",
            used + 1);
    fflush(screen);
    int c;
    while ((c = getchar()) != '\n' && c != EOF)
      ;
    if (c == EOF) {
      fputc('\n', screen);
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
