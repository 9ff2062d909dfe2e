/* cli.c -- the subcommand table, dispatch, help and error printing. */
#include "cli.h"
#include "cli_term.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/rp_buf.h"
#include "util/rp_version.h"

static int cmd_help(int argc, char **argv);
static int cmd_version(int argc, char **argv);

/* Each entry: name, positional arguments, options table, summary, help
 * before the option list, help after it. */
static const cli_cmd COMMANDS[] = {
    {"play", "SCENARIO", cli_play_options,
     "play a scenario (an id or a path to a .lua file)",
     "Plays a conversation.  SCENARIO is an id looked up in ./scenarios, then\n"
     "each directory of $RAPPORT_PATH, then the installed share directory, or\n"
     "a path to a .lua file.\n",
     "On a terminal answers are read with line editing, history and Tab\n"
     "completion; otherwise one answer per line.  Type :help during play.\n",
     cli_play},
    {"baseline", "", cli_baseline_options, "take the baseline assessment",
     "Plays the baseline assessment: a short call that samples empathy,\n"
     "listening, problem-solving and pushing evenly, with no coaching until\n"
     "the end (no coach notes, no :undo).  Its debrief says which skill to\n"
     "work on first and which module trains it.  Options as for play.\n",
     "The baseline has no author mode: to edit it, play it as a scenario\n"
     "(rapport play baseline --author).\n",
     cli_baseline},
    {"modules", "", cli_modules_options,
     "what each module of the curriculum trains",
     "Explains each module of the curriculum (scenarios/curriculum.json) in\n"
     "order: what it trains, the skill it builds, and its scenarios with\n"
     "their difficulty and estimated minutes.  Exits 1 when a scenario the\n"
     "curriculum names cannot be found.\n",
     NULL, cli_modules},
    {"progress", "", cli_progress_options,
     "each skill over time against your baseline",
     "Shows a trainee's progress from their history: per skill (empathy,\n"
     "listening, problem-solving, and pushing, where lower is better) and for\n"
     "relationship quality, transactional pushing and the overall score: the\n"
     "baseline (the latest `rapport baseline`), the latest, the best and a\n"
     "recency-weighted current level, with a sparkline of the trend; sessions\n"
     "per module; and what to practise next.  Damaged files in the history\n"
     "are reported by name and skipped.\n",
     NULL, cli_progress},
    {"report", "", cli_report_options,
     "a printable HTML report of a trainee's progress",
     "Writes one self-contained HTML page (no network, no external scripts or\n"
     "fonts) with SVG charts: each skill over time against the baseline, the\n"
     "relationship-quality versus pushing map with each session as a point,\n"
     "and a table of sessions.  Readable printed and on a phone.\n",
     NULL, cli_report},
    {"list", "", cli_list_options, "list the scenarios rapport can find",
     "Lists the scenarios on the search path, grouped by module in\n"
     "curriculum order, with id, title, difficulty and estimated minutes.\n"
     "Files that fail to load are reported on standard error.\n",
     NULL, cli_list},
    {"replay", "RECORD.json", cli_replay_options,
     "re-run a recorded session and check its scores",
     "Replays a session record through the engine (same scenario file, seed\n"
     "and choices) and prints its debrief.  Exits 1, naming the difference,\n"
     "when the record's stored status, ending or scores differ from the\n"
     "replay, or the scenario file has changed.\n",
     NULL, cli_replay},
    {"check", "SCENARIO...", cli_check_options,
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
     "    relationship quality).\n",
     "Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage.\n",
     cli_check},
    {"test", "SCENARIO...", NULL, "run the tests a scenario carries",
     "Runs each scenario's own tests (the `tests` field: paths of choice ids\n"
     "with expectations about the ending, scores, facts uncovered and what is\n"
     "offered; see docs/authoring.md).  Prints one line per test, the path,\n"
     "expectation and outcome of each failure, and `N passed, N failed`.\n"
     "Exit status: 0 when all pass, 1 otherwise.\n",
     NULL, cli_test},
    {"graph", "SCENARIO", cli_graph_options,
     "draw a scenario as a Graphviz graph",
     "Prints the scenario as a Graphviz DOT graph: nodes and endings, choices\n"
     "as edges labelled with their ids, coloured by what the choice does\n"
     "(green builds the relationship, red pushes, grey neither), and the\n"
     "parts no trainee can reach drawn dashed.\n",
     NULL, cli_graph},
    {"new", "ID", cli_new_options, "write a starter scenario to edit",
     "Writes scenarios/ID.lua (or FILE): a small complete scenario whose\n"
     "comments teach the format.  It passes rapport check as it is.  An\n"
     "existing file is never overwritten.\n",
     NULL, cli_new},
    {"assign", "SCENARIO", cli_assign_options,
     "write a homework assignment (instructors)",
     "Writes an assignment file (JSON; docs/homework.md) that pins the\n"
     "scenario's current version by its SHA-256, to standard output or -o\n"
     "FILE (never replacing a file).  Send it to the trainees.\n",
     NULL, cli_assign},
    {"homework", "ASSIGNMENT.json", cli_homework_options,
     "play a graded attempt at an assignment (trainees)",
     "Plays one graded attempt: no coach notes, meters or :undo until the\n"
     "debrief, and the time limit (if any) shown at the prompt.  The attempt\n"
     "is saved to your history (attempts are counted from it) and written\n"
     "as a submission file: -o FILE, or ASSIGNMENT-TRAINEE-attemptN.json in\n"
     "the current folder.  Send that file to your instructor.\n"
     "\n"
     "The scenario must be the version the assignment pins: the one found\n"
     "by id on the search path, or --scenario FILE.\n",
     NULL, cli_homework},
    {"grade", "ASSIGNMENT.json SUBMISSION_OR_FOLDER...", cli_grade_options,
     "grade homework submissions by replaying them (instructors)",
     "Replays every submission (files, or *.json under folders) through the\n"
     "engine with its recorded seed and choices and recomputes the scores;\n"
     "the file's own numbers are never trusted.  Each submission is passed,\n"
     "failed, late, over-attempts, over-time, duplicate, tampered,\n"
     "wrong-version, wrong-assignment or malformed (with the reason).  The\n"
     "best valid attempt of each trainee counts.\n",
     "Exit status 0 when every file was graded (whatever its class).\n",
     cli_grade},
    {"help", "[COMMAND]", NULL, "show help for rapport or one command",
     "Shows the list of commands, or the help of one.\n", NULL, cmd_help},
    {"version", "", NULL, "print the version", "Prints rapport's version.\n",
     NULL, cmd_version},
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
  cli_puts(stderr, "rapport: ");
  cli_vprintf(stderr, fmt, ap);
  cli_puts(stderr, "\n");
  va_end(ap);
}

/* Prints c's usage line to f. */
static void print_usage(FILE *f, const cli_cmd *c) {
  rp_buf b = RP_BUF_INIT;
  cli_opts_usage(&b, c->name, c->args, c->options);
  cli_puts(f, rp_buf_str(&b));
  rp_buf_free(&b);
}

/* `rapport help NAME`: the usage, the help, the option list, the rest. */
static void print_help(FILE *f, const cli_cmd *c) {
  rp_buf b = RP_BUF_INIT;
  cli_opts_usage(&b, c->name, c->args, c->options);
  rp_buf_printf(&b, "\n%s", c->help);
  if (c->options != NULL && c->options[0].kind != CLI_OPT_END) {
    rp_buf_puts(&b, "\n");
    cli_opts_help(&b, c->options);
  }
  if (c->more != NULL)
    rp_buf_printf(&b, "\n%s", c->more);
  cli_puts(f, rp_buf_str(&b));
  rp_buf_free(&b);
}

int cli_usage(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  cli_puts(stderr, "rapport: ");
  cli_vprintf(stderr, fmt, ap);
  cli_puts(stderr, "\n");
  va_end(ap);
  const cli_cmd *c = cmd != NULL ? find(cmd) : NULL;
  if (c != NULL) {
    print_usage(stderr, c);
    cli_printf(stderr, "(rapport help %s for more)\n", c->name);
  } else {
    cli_puts(stderr, "(rapport --help lists the commands)\n");
  }
  return CLI_USAGE;
}

int cli_exit(rp_status st) { return st == RP_OK ? CLI_OK : CLI_FAIL; }

int cli_parse(const char *cmd, int argc, char **argv, void *into, int *n_pos) {
  const cli_cmd *c = find(cmd);
  return cli_opts_parse(cmd, c != NULL ? c->options : NULL, argc, argv, into,
                        n_pos);
}

static void overview(FILE *f) {
  cli_puts(f, "rapport " RP_VERSION " -- practise sales conversations that "
              "build relationships\n\n"
              "usage: rapport                 pick a scenario and play it\n"
              "       rapport COMMAND [ARGS]\n\ncommands:\n");
  for (int i = 0; i < N_COMMANDS; i++)
    cli_printf(f, "  %-9s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
  cli_puts(f, "\nrapport help COMMAND shows a command's options.\n"
              "Exit status: 0 ok, 1 a failed check or bad input, 2 a usage "
              "error.\n");
}

static int cmd_help(int argc, char **argv) {
  int n;
  if (cli_parse("help", argc, argv, NULL, &n) != CLI_OK)
    return CLI_USAGE;
  if (n == 0) {
    overview(stdout);
    return CLI_OK;
  }
  if (n > 1)
    return cli_usage("help", "too many arguments");
  const cli_cmd *c = find(argv[0]);
  if (c == NULL)
    return cli_usage(NULL, "no command '%s'", argv[0]);
  print_help(stdout, c);
  return CLI_OK;
}

static int cmd_version(int argc, char **argv) {
  int n;
  if (cli_parse("version", argc, argv, NULL, &n) != CLI_OK)
    return CLI_USAGE;
  if (n > 0)
    return cli_usage("version", "too many arguments");
  cli_puts(stdout, "rapport " RP_VERSION "\n");
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
  /* COMMAND --help anywhere before "--" shows the command's help. */
  for (int i = 2; i < argc && strcmp(argv[i], "--") != 0; i++)
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      print_help(stdout, c);
      return CLI_OK;
    }
  return c->run(argc - 1, argv + 1);
}
