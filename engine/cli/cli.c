/* cli.c -- the subcommand table, dispatch, help and error printing. */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "academy/xapi.h"
#include "util/rp_version.h"

static int cmd_help(int argc, char **argv);
static int cmd_version(int argc, char **argv);

static const cli_cmd COMMANDS[] = {
    {"play",
     "SCENARIO [--seed N] [--choices LIST] [--json] [--trainee NAME] "
     "[--author]",
     "play a scenario (an id or a path to a .lua file)",
     "Plays a conversation.  SCENARIO is an id looked up in ./scenarios, then\n"
     "each directory of $RAPPORT_PATH, then the installed share directory, or\n"
     "a path to a .lua file.\n"
     "\n"
     "  --seed N        the seed of the session's randomness (default: "
     "random)\n"
     "  --choices LIST  play non-interactively: choice numbers or ids "
     "separated\n"
     "                  by commas, e.g. 2,1,3 or ask_agenda,pain\n"
     "  --json          print the session record (JSON) instead of the "
     "debrief;\n"
     "                  standard output then carries the JSON alone\n"
     "  --trainee NAME  the trainee named in the record (default: login name)\n"
     "  --author        for scenario authors: shows node and choice ids,\n"
     "                  meters and facts as the conversation runs, and adds\n"
     "                  :goto NODE, :set METER VALUE and :reload (reload the\n"
     "                  edited file and replay the choices made so far)\n"
     "\n"
     "On a terminal answers are read with line editing, history and Tab\n"
     "completion; otherwise one answer per line.  Type :help during play.\n",
     cli_play},
    {"baseline", "[--seed N] [--choices LIST] [--json] [--trainee NAME]",
     "take the baseline assessment",
     "Plays the baseline assessment: a short call that samples empathy,\n"
     "listening, problem-solving and pushing evenly, with no coaching until\n"
     "the end (no coach notes, no :undo).  Its debrief says which skill to\n"
     "work on first and which module trains it.  Options as for play.\n",
     cli_baseline},
    {"modules", "[--json]", "what each module of the curriculum trains",
     "Explains each module of the curriculum (scenarios/curriculum.json) in\n"
     "order: what it trains, the skill it builds, and its scenarios with\n"
     "their difficulty and estimated minutes.  Exits 1 when a scenario the\n"
     "curriculum names cannot be found.\n",
     cli_modules},
    {"progress", "[--trainee NAME] [--json] [--data-dir DIR]",
     "each skill over time against your baseline",
     "Shows a trainee's progress from their history: per skill (empathy,\n"
     "listening, problem-solving, and pushing, where lower is better) and for\n"
     "relationship quality, transactional pushing and the overall score: the\n"
     "baseline (the latest `rapport baseline`), the latest, the best and a\n"
     "recency-weighted current level, with a sparkline of the trend; sessions\n"
     "per module; and what to practise next.  Damaged files in the history\n"
     "are reported by name and skipped.  --json for machines.\n",
     cli_progress},
    {"report", "--html FILE [--trainee NAME] [--data-dir DIR]",
     "a printable HTML report of a trainee's progress",
     "Writes one self-contained HTML page (no network, no external scripts or\n"
     "fonts) with SVG charts: each skill over time against the baseline, the\n"
     "relationship-quality versus pushing map with each session as a point,\n"
     "and a table of sessions.  Readable printed and on a phone.\n",
     cli_report},
    {"list", "[--json]", "list the scenarios rapport can find",
     "Lists the scenarios on the search path, grouped by module in\n"
     "curriculum order, with id, title, difficulty and estimated minutes.  "
     "--json prints them as a JSON array.\n"
     "Files that fail to load are reported on standard error.\n",
     cli_list},
    {"replay", "RECORD.json [--json]",
     "re-run a recorded session and check its scores",
     "Replays a session record through the engine (same scenario file, seed\n"
     "and choices) and prints its debrief (--json: the recomputed record).\n"
     "Exits 1, naming the difference, when the record's stored status, ending\n"
     "or scores differ from the replay, or the scenario file has changed.\n",
     cli_replay},
    {"check",
     "SCENARIO... [--json] [--strict] [--max-states N] [--random N "
     "[--seed S] [--pass-mark P]]",
     "find problems in scenarios and show what they teach",
     "Loads each scenario, explores every distinct state it can reach (node,\n"
     "meters, facts, once-only choices; with functions, everything they can\n"
     "read), and reports, with file:line and what to do:\n"
     "  - structure: facts never revealed, meters that never move, choices\n"
     "    with no effect or no coach note;\n"
     "  - reachability: nodes, choices and endings never reached, conditions\n"
     "    never true, dead ends, failing functions, loops with no exit;\n"
     "  - what it teaches: for each ending the number of paths and the range\n"
     "    of relationship quality, pushing and score; the best and worst\n"
     "    paths; balance warnings (the best outcome won while pushing, a\n"
     "    relationship-rich path that loses, deal value not rising with\n"
     "    relationship quality).\n"
     "\n"
     "  --json          machine-readable report (one object per scenario)\n"
     "  --strict        warnings fail the check too\n"
     "  --max-states N  stop exploring after N states (default 2,000,000)\n"
     "  --random N      also play N seeded random sessions, preferring the\n"
     "                  least-used option: coverage per choice, how often\n"
     "                  each ending is reached, the score distribution\n"
     "  --seed S        the first random session's seed (default 1)\n"
     "  --pass-mark P   suggest the pass mark that P% of random players reach\n"
     "                  (implies --random 1000 unless given)\n"
     "\n"
     "Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage.\n",
     cli_check},
    {"test", "SCENARIO...", "run the tests a scenario carries",
     "Runs each scenario's own tests (the `tests` field: paths of choice ids\n"
     "with expectations about the ending, scores, facts uncovered and what is\n"
     "offered; see docs/authoring.md).  Prints one line per test, the path,\n"
     "expectation and outcome of each failure, and `N passed, N failed`.\n"
     "Exit status: 0 when all pass, 1 otherwise.\n",
     cli_test},
    {"graph", "SCENARIO [--format dot|svg] [-o FILE]",
     "draw a scenario as a Graphviz graph",
     "Prints the scenario as a Graphviz DOT graph: nodes and endings, choices\n"
     "as edges labelled with their ids, coloured by what the choice does\n"
     "(green builds the relationship, red pushes, grey neither), and the\n"
     "parts no trainee can reach drawn dashed.  --format svg runs Graphviz's\n"
     "dot (when installed) and prints SVG.  -o FILE writes to FILE.\n",
     cli_graph},
    {"new", "ID [-o FILE]", "write a starter scenario to edit",
     "Writes scenarios/ID.lua (or FILE): a small complete scenario whose\n"
     "comments teach the format.  It passes rapport check as it is.  An\n"
     "existing file is never overwritten.\n",
     cli_new},
    {"assign",
     "SCENARIO --pass MARK --due WHEN --attempts N [--time-limit MIN] "
     "[--id ID] [--title TEXT] [--instructions TEXT] [-o FILE]",
     "write a homework assignment (instructors)",
     "Writes an assignment file (JSON; docs/homework.md) that pins the\n"
     "scenario's current version by its SHA-256, to standard output or -o\n"
     "FILE (never replacing a file).  Send it to the trainees.\n"
     "\n"
     "  --pass MARK         the overall score (0-100) that passes\n"
     "  --due WHEN          2026-12-04 (the end of that day, local time),\n"
     "                      2026-12-04T17:00 (local) or with a zone:\n"
     "                      2026-12-04T17:00+01:00, 2026-12-04T16:00Z\n"
     "  --attempts N        graded attempts each trainee may make\n"
     "  --time-limit MIN    minutes per attempt (default: none)\n"
     "  --id ID             the assignment's id (default: scenario-YYYYMMDD)\n"
     "  --title TEXT        for trainees and gradebooks (default: the\n"
     "                      scenario's title)\n"
     "  --instructions TEXT shown before each attempt\n",
     cli_assign},
    {"homework",
     "ASSIGNMENT.json [-o FILE] [--scenario FILE] [--trainee NAME] "
     "[--choices LIST] [--json]",
     "play a graded attempt at an assignment (trainees)",
     "Plays one graded attempt: no coach notes, meters or :undo until the\n"
     "debrief, and the time limit (if any) shown at the prompt.  The attempt\n"
     "is saved to your history (attempts are counted from it) and written\n"
     "as a submission file: -o FILE, or ASSIGNMENT-TRAINEE-attemptN.json in\n"
     "the current folder.  Send that file to your instructor.\n"
     "\n"
     "The scenario must be the version the assignment pins: the one found\n"
     "by id on the search path, or --scenario FILE.\n",
     cli_homework},
    {"grade",
     "ASSIGNMENT.json SUBMISSION_OR_FOLDER... [--csv FILE [--canvas]] "
     "[--xapi FILE [--lrs-base IRI]] [--json] [--summary] [--jobs N] "
     "[--accept-late] [--scenario FILE]",
     "grade homework submissions by replaying them (instructors)",
     "Replays every submission (files, or *.json under folders) through the\n"
     "engine with its recorded seed and choices and recomputes the scores;\n"
     "the file's own numbers are never trusted.  Each submission is passed,\n"
     "failed, late, over-attempts, over-time, duplicate, tampered,\n"
     "wrong-version, wrong-assignment or malformed (with the reason).  The\n"
     "best valid attempt of each trainee counts.\n"
     "\n"
     "  --csv FILE       the gradebook for Moodle's CSV import (username,\n"
     "                   grade, feedback); - for standard output\n"
     "  --canvas         the CSV in Canvas's gradebook layout instead\n"
     "  --xapi FILE      xAPI 1.0.3 statements (a JSON array) for an LRS\n"
     "  --lrs-base IRI   the IRI activities are named under\n"
     "                   (default " XAPI_DEFAULT_BASE ")\n"
     "  --json           the full results as JSON on standard output\n"
     "  --summary        the cohort view: score distribution, pass rate,\n"
     "                   skill averages, where most trainees pushed\n"
     "  --jobs N         grade on N threads (default: every core)\n"
     "  --accept-late    late attempts may count for the grade\n"
     "  --scenario FILE  the pinned scenario file, if not on the search path\n"
     "\n"
     "Exit status 0 when every file was graded (whatever its class).\n",
     cli_grade},
    {"help", "[COMMAND]", "show help for rapport or one command",
     "Shows the list of commands, or the help of one.\n", cmd_help},
    {"version", "", "print the version", "Prints rapport's version.\n",
     cmd_version},
};
#define N_COMMANDS ((int)(sizeof COMMANDS / sizeof COMMANDS[0]))

static const cli_cmd *find(const char *name) {
  for (int i = 0; i < N_COMMANDS; i++)
    if (strcmp(COMMANDS[i].name, name) == 0)
      return &COMMANDS[i];
  return NULL;
}

void cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("rapport: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

int cli_usage(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("rapport: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  const cli_cmd *c = cmd != NULL ? find(cmd) : NULL;
  if (c != NULL)
    fprintf(stderr, "usage: rapport %s %s\n(rapport help %s for more)\n",
            c->name, c->usage, c->name);
  else
    fputs("(rapport --help lists the commands)\n", stderr);
  return CLI_USAGE;
}

int cli_exit(rp_status st) { return st == RP_OK ? CLI_OK : CLI_FAIL; }

bool cli_opt(int argc, char **argv, int *i, const char *name,
             const char **value, bool *bad) {
  size_t n = strlen(name);
  const char *a = argv[*i];
  if (strncmp(a, name, n) != 0)
    return false;
  if (a[n] == '=') {
    *value = a + n + 1;
    return true;
  }
  if (a[n] != '\0')
    return false;
  if (*i + 1 >= argc) {
    *bad = true;
    *value = NULL;
    return true;
  }
  *value = argv[++*i];
  return true;
}

static void overview(FILE *f) {
  fputs("rapport " RP_VERSION " -- practise sales conversations that build "
        "relationships\n\n"
        "usage: rapport                 pick a scenario and play it\n"
        "       rapport COMMAND [ARGS]\n\ncommands:\n",
        f);
  for (int i = 0; i < N_COMMANDS; i++)
    fprintf(f, "  %-9s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
  fputs("\nrapport help COMMAND shows a command's options.\n"
        "Exit status: 0 ok, 1 a failed check or bad input, 2 a usage error.\n",
        f);
}

static int cmd_help(int argc, char **argv) {
  if (argc < 2) {
    overview(stdout);
    return CLI_OK;
  }
  if (argc > 2)
    return cli_usage("help", "too many arguments");
  const cli_cmd *c = find(argv[1]);
  if (c == NULL)
    return cli_usage(NULL, "no command '%s'", argv[1]);
  printf("usage: rapport %s %s\n\n%s", c->name, c->usage, c->help);
  return CLI_OK;
}

static int cmd_version(int argc, char **argv) {
  (void)argv;
  if (argc > 1)
    return cli_usage("version", "too many arguments");
  puts("rapport " RP_VERSION);
  return CLI_OK;
}

int cli_main(int argc, char **argv) {
  if (argc < 2)
    return cli_menu();
  const char *name = argv[1];
  if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
    overview(stdout);
    return CLI_OK;
  }
  if (strcmp(name, "--version") == 0)
    return cmd_version(1, argv + 1);
  const cli_cmd *c = find(name);
  if (c == NULL)
    return cli_usage(NULL, "no command '%s'", name);
  for (int i = 2; i < argc; i++)
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      printf("usage: rapport %s %s\n\n%s", c->name, c->usage, c->help);
      return CLI_OK;
    }
  return c->run(argc - 1, argv + 1);
}
