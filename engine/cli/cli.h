/*
 * cli.h -- the `rapport` command line: subcommands declared as data.
 *
 * One cli_cmd per subcommand, collected in one table (cli.c) that dispatch,
 * `rapport --help`, `rapport help COMMAND` and the usage errors all read:
 * adding a subcommand is adding an entry.  Each entry points at its
 * command's option table (cli_opts.h), defined beside the command's
 * options struct; the command parses with cli_parse(), and its usage line
 * and option list are printed from that same table.  This is the only
 * layer that prints errors; the modules below it return them.
 *
 * Exit codes: CLI_OK 0, CLI_FAIL 1 (a failed check or bad input), CLI_USAGE 2.
 */
#ifndef CLI_H
#define CLI_H

#include <stdbool.h>

#include "cli_opts.h"
#include "util/rp_error.h"

enum { CLI_OK = 0, CLI_FAIL = 1, CLI_USAGE = 2 };

typedef struct cli_cmd {
  const char *name;
  const char *args;          /* the positional arguments, for the usage */
  const cli_option *options; /* the options table, or NULL for none */
  const char *summary;       /* one line for `rapport --help` */
  const char *help;          /* `rapport help NAME`: before the options */
  const char *more;          /* ... and after them, or NULL */
  int (*run)(int argc, char **argv); /* argv[0] is the command name */
} cli_cmd;

/* Entry point: dispatches argv to a subcommand; returns the exit code. */
int cli_main(int argc, char **argv);

/* Prints "rapport: message" to stderr (the one error printer). */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Prints a usage error for cmd and returns CLI_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Maps an rp_status to an exit code (CLI_FAIL for any failure). */
int cli_exit(rp_status st);

/* Parses a command's argv with the options table its entry names (see
 * cli_opts_parse): values go into the struct at `into`, the positionals
 * to argv[0..*n_pos).  Returns CLI_OK, or CLI_USAGE with the error
 * printed. */
int cli_parse(const char *cmd, int argc, char **argv, void *into, int *n_pos);

/* The options tables, each beside the struct it fills. */
extern const cli_option cli_play_options[], cli_baseline_options[],
    cli_list_options[], cli_replay_options[], cli_progress_options[],
    cli_report_options[], cli_modules_options[], cli_check_options[],
    cli_graph_options[], cli_new_options[], cli_assign_options[],
    cli_homework_options[], cli_grade_options[];

/* The subcommands implemented in cli_play.c. */
int cli_play(int argc, char **argv);
int cli_list(int argc, char **argv);
int cli_replay(int argc, char **argv);
int cli_menu(void);
int cli_baseline(int argc, char **argv);

/* cli_progress.c, cli_report.c */
int cli_progress(int argc, char **argv);
int cli_report(int argc, char **argv);

/* cli_modules.c */
int cli_modules(int argc, char **argv);

/* cli_check.c */
int cli_check(int argc, char **argv);

/* cli_test.c */
int cli_test(int argc, char **argv);

/* cli_homework.c, cli_grade.c */
int cli_assign(int argc, char **argv);
int cli_homework(int argc, char **argv);
int cli_grade(int argc, char **argv);

/* cli_graph.c, cli_new.c */
int cli_graph(int argc, char **argv);
int cli_new(int argc, char **argv);

#endif
