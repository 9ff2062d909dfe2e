/*
 * cli_opts.h -- a command's options declared as data, and the one parser
 * that reads them.
 *
 * Each command lists its options in a table of cli_option, built with the
 * CLI_FLAG, CLI_STRING, CLI_INT, CLI_NUMBER and CLI_CHOICE macros and ended
 * by CLI_END, beside the struct its options are parsed into.  The same
 * table drives the parser (cli_opts_parse), the usage line
 * (cli_opts_usage) and the option list of `rapport help COMMAND`
 * (cli_opts_help), so the help cannot drift from what is parsed.  The
 * model is git's parse-options.h.
 *
 * The parser accepts, in any order among the positional arguments:
 *   --name VALUE  --name=VALUE  -x VALUE  -x=VALUE   an option's value
 *   --name  -x                                       a flag (no value)
 *   --                                               the rest is positional
 * A value is always the next argument, even when it starts with '-': so
 * `--seed -4` is refused as out of range rather than as a missing value,
 * and `--csv -` can name standard output.  A lone "-" is a positional.
 * Given twice, an option's last value wins.  Every mistake is a usage
 * error printed through cli_usage (naming the command and the option) and
 * returned as CLI_USAGE; values are never empty.
 */
#ifndef CLI_OPTS_H
#define CLI_OPTS_H

#include <stdbool.h>
#include <stddef.h>

#include "util/rp_buf.h"

typedef enum cli_opt_kind {
  CLI_OPT_END,    /* ends a table */
  CLI_OPT_FLAG,   /* bool, set to true when given */
  CLI_OPT_STRING, /* const char *, pointing into argv */
  CLI_OPT_INT,    /* long long: a whole number from min to max */
  CLI_OPT_NUMBER, /* double: a decimal number from min to max */
  CLI_OPT_CHOICE  /* const char *: one of the words of arg ("dot|svg") */
} cli_opt_kind;

/* cli_option.flags */
enum {
  CLI_REQUIRED = 1, /* the parser refuses a command line without it */
  CLI_NESTED = 2    /* it refines the option above it in the table: the
                       usage shows it inside that one's brackets */
};

typedef struct cli_option {
  cli_opt_kind kind;
  char short_name;       /* 'o' for -o, or 0 */
  const char *long_name; /* "seed" for --seed, or NULL */
  size_t offset;         /* where the value goes in the options struct */
  const char *arg;       /* the value's name in help ("N", "FILE"); for a
                            CHOICE the words it takes; NULL for a flag */
  long long min, max;    /* INT and NUMBER: the range accepted */
  unsigned flags;        /* CLI_REQUIRED, CLI_NESTED */
  const char *help;      /* one sentence for `rapport help COMMAND` */
} cli_option;

/* The offset of T's field, which must have the given type: a table entry
 * that would write a bool into a string fails to compile. */
#define CLI_AT_(T, field, type)                                                \
  (offsetof(T, field) + 0 * sizeof(_Generic(((T *)0)->field, type : 0)))

/* s: the short letter or 0; l: the long name without "--", or NULL. */
#define CLI_FLAG(s, l, T, field, flags, help)                                  \
  { CLI_OPT_FLAG, s, l, CLI_AT_(T, field, bool), NULL, 0, 0, flags, help }
#define CLI_STRING(s, l, T, field, arg, flags, help)                           \
  {                                                                            \
    CLI_OPT_STRING, s, l, CLI_AT_(T, field, const char *), arg, 0, 0, flags,   \
        help                                                                   \
  }
#define CLI_INT(s, l, T, field, arg, min, max, flags, help)                    \
  {                                                                            \
    CLI_OPT_INT, s, l, CLI_AT_(T, field, long long), arg, min, max, flags,     \
        help                                                                   \
  }
#define CLI_NUMBER(s, l, T, field, arg, min, max, flags, help)                 \
  {                                                                            \
    CLI_OPT_NUMBER, s, l, CLI_AT_(T, field, double), arg, min, max, flags,     \
        help                                                                   \
  }
#define CLI_CHOICE(s, l, T, field, words, flags, help)                         \
  {                                                                            \
    CLI_OPT_CHOICE, s, l, CLI_AT_(T, field, const char *), words, 0, 0, flags, \
        help                                                                   \
  }
#define CLI_END                                                                \
  { CLI_OPT_END, 0, NULL, 0, NULL, 0, 0, 0, NULL }

/* The most options one table may hold (the parser tracks which were
 * given in a 64-bit mask). */
#define CLI_MAX_OPTIONS 64

/* Parses argv[1..argc) (argv[0] is the command's name) against opts (NULL:
 * the command takes no options), storing each value into the struct at
 * `into`, which the caller has set to its defaults: an option not given
 * leaves its field alone.  On success returns CLI_OK and moves the
 * positional arguments, in order, to argv[0..*n_pos).  Otherwise prints a
 * usage error for cmd and returns CLI_USAGE. */
int cli_opts_parse(const char *cmd, const cli_option *opts, int argc,
                   char **argv, void *into, int *n_pos);

/* Whether text is a whole number in decimal (an optional '-', then digits
 * only) from min to max; if so stores it in *out.  Never overflows: too
 * large a number is out of range, not wrapped. */
bool cli_parse_int(const char *text, long long min, long long max,
                   long long *out);

/* Whether text is a finite decimal number (digits, '.', an exponent; no
 * hex, inf or nan) from min to max; if so stores it in *out. */
bool cli_parse_number(const char *text, double min, double max, double *out);

/* Appends "usage: rapport CMD ARGS [OPTIONS]\n" for a command whose
 * positional arguments are described by args ("" for none), wrapped
 * between options at 79 columns. */
void cli_opts_usage(rp_buf *b, const char *cmd, const char *args,
                    const cli_option *opts);

/* Appends the option list ("options:" and one entry per option, its help
 * wrapped in a column); nothing when there are no options. */
void cli_opts_help(rp_buf *b, const cli_option *opts);

#endif
