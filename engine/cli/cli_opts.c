/* cli_opts.c -- the one option parser, and the help printed from the same
 * tables. */
#include "cli_opts.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util/term.h"

#define HELP_WIDTH 79
#define HELP_COLUMN_MAX                                                        \
  24 /* a longer option gets its help on the next line                         \
      */

static const cli_option NO_OPTIONS[] = {CLI_END};

/* The option as the user types it: "--seed" or "-o". */
static const char *spelled(const cli_option *o, char *buf, size_t n) {
  if (o->long_name != NULL)
    snprintf(buf, n, "--%s", o->long_name);
  else
    snprintf(buf, n, "-%c", o->short_name);
  return buf;
}

/* The option arg names, or NULL; *value receives what follows its '=', or
 * NULL when there is none. */
static const cli_option *match(const cli_option *opts, const char *a,
                               const char **value) {
  *value = NULL;
  for (const cli_option *o = opts; o->kind != CLI_OPT_END; o++) {
    const char *rest = NULL;
    if (a[1] == '-' && o->long_name != NULL) {
      size_t n = strlen(o->long_name);
      if (strncmp(a + 2, o->long_name, n) == 0)
        rest = a + 2 + n;
    } else if (a[1] != '-' && o->short_name != 0 && a[1] == o->short_name) {
      rest = a + 2;
    }
    if (rest == NULL || (*rest != '\0' && *rest != '='))
      continue;
    if (*rest == '=')
      *value = rest + 1;
    return o;
  }
  return NULL;
}

bool cli_parse_int(const char *text, long long min, long long max,
                   long long *out) {
  if (text == NULL)
    return false;
  const char *digits = text[0] == '-' ? text + 1 : text;
  if (*digits < '0' || *digits > '9')
    return false; /* strtoll would skip spaces and take '+' */
  errno = 0;
  char *end;
  long long v = strtoll(text, &end, 10);
  if (errno != 0 || *end != '\0' || v < min || v > max)
    return false;
  *out = v;
  return true;
}

bool cli_parse_number(const char *text, double min, double max, double *out) {
  if (text == NULL || text[strspn(text, "0123456789.eE+-")] != '\0')
    return false; /* strtod would take hex, inf, nan and leading spaces */
  const char *p = text[0] == '-' ? text + 1 : text;
  if ((*p < '0' || *p > '9') && *p != '.')
    return false;
  errno = 0;
  char *end;
  double v = strtod(text, &end);
  if (errno != 0 || end == text || *end != '\0' || !isfinite(v) || v < min ||
      v > max)
    return false;
  *out = v;
  return true;
}

/* Whether v is one of the '|'-separated words. */
static bool one_of(const char *words, const char *v) {
  size_t n = strlen(v);
  for (const char *w = words; *w != '\0';) {
    size_t k = strcspn(w, "|");
    if (k == n && strncmp(w, v, n) == 0)
      return true;
    w += k + (w[k] == '|');
  }
  return false;
}

/* Stores the value v of option o (spelled name) into the struct; a usage
 * error when v is not a value o takes. */
static int store(const char *cmd, const cli_option *o, const char *name,
                 const char *v, void *into) {
  char *at = (char *)into + o->offset;
  if (*v == '\0')
    return cli_usage(cmd, "option '%s' needs a value", name);
  switch (o->kind) {
  case CLI_OPT_STRING: *(const char **)(void *)at = v; return CLI_OK;
  case CLI_OPT_CHOICE: {
    if (one_of(o->arg, v)) {
      *(const char **)(void *)at = v;
      return CLI_OK;
    }
    /* "dot|svg" -> "dot or svg", "a|b|c" -> "a, b or c" */
    rp_buf b = RP_BUF_INIT;
    int n = 1, i = 0;
    for (const char *w = o->arg; *w != '\0'; w++)
      n += *w == '|';
    for (const char *w = o->arg; *w != '\0'; i++) {
      size_t k = strcspn(w, "|");
      if (i > 0)
        rp_buf_puts(&b, i == n - 1 ? " or " : ", ");
      rp_buf_add(&b, w, k);
      w += k + (w[k] == '|');
    }
    int rc = cli_usage(cmd, "%s takes %s (got '%s')", name, rp_buf_str(&b), v);
    rp_buf_free(&b);
    return rc;
  }
  case CLI_OPT_INT:
    if (cli_parse_int(v, o->min, o->max, (long long *)(void *)at))
      return CLI_OK;
    if (o->max == LLONG_MAX)
      return cli_usage(cmd,
                       "%s takes a whole number of at least %lld (got "
                       "'%s')",
                       name, o->min, v);
    return cli_usage(cmd,
                     "%s takes a whole number from %lld to %lld (got '%s')",
                     name, o->min, o->max, v);
  case CLI_OPT_NUMBER:
    if (cli_parse_number(v, (double)o->min, (double)o->max,
                         (double *)(void *)at))
      return CLI_OK;
    return cli_usage(cmd, "%s takes a number from %lld to %lld (got '%s')",
                     name, o->min, o->max, v);
  case CLI_OPT_FLAG:
  case CLI_OPT_END: break;
  }
  return CLI_OK;
}

/* "--pass MARK": the option and its value's name, as help shows them. */
static void add_spec(rp_buf *b, const cli_option *o) {
  char name[64];
  rp_buf_puts(b, spelled(o, name, sizeof name));
  if (o->arg != NULL)
    rp_buf_printf(b, " %s", o->arg);
}

/* A usage error naming the required options missing from `given`:
 * "--pass MARK, --due WHEN and --attempts N are required". */
static int missing_required(const char *cmd, const cli_option *opts,
                            uint64_t given) {
  int n = 0, k;
  for (k = 0; opts[k].kind != CLI_OPT_END; k++)
    n += (opts[k].flags & CLI_REQUIRED) && !(given >> k & 1);
  if (n == 0)
    return CLI_OK;
  rp_buf b = RP_BUF_INIT;
  int i = 0;
  for (k = 0; opts[k].kind != CLI_OPT_END; k++)
    if ((opts[k].flags & CLI_REQUIRED) && !(given >> k & 1)) {
      if (i > 0)
        rp_buf_puts(&b, i == n - 1 ? " and " : ", ");
      add_spec(&b, &opts[k]);
      i++;
    }
  int rc =
      cli_usage(cmd, "%s %s required", rp_buf_str(&b), n == 1 ? "is" : "are");
  rp_buf_free(&b);
  return rc;
}

int cli_opts_parse(const char *cmd, const cli_option *opts, int argc,
                   char **argv, void *into, int *n_pos) {
  if (opts == NULL)
    opts = NO_OPTIONS;
  uint64_t given = 0;
  bool positional_only = false;
  int n = 0;
  /* n < i always: positionals move down over what has been read. */
  for (int i = 1; i < argc; i++) {
    char *a = argv[i];
    if (positional_only || a[0] != '-' || a[1] == '\0') {
      argv[n++] = a;
      continue;
    }
    if (strcmp(a, "--") == 0) {
      positional_only = true;
      continue;
    }
    const char *v;
    const cli_option *o = match(opts, a, &v);
    if (o == NULL)
      return cli_usage(cmd, "unknown option '%s'", a);
    char name[64];
    spelled(o, name, sizeof name);
    if (o->kind == CLI_OPT_FLAG) {
      if (v != NULL)
        return cli_usage(cmd, "option '%s' takes no value", name);
      *(bool *)(void *)((char *)into + o->offset) = true;
    } else {
      if (v == NULL && i + 1 >= argc)
        return cli_usage(cmd, "option '%s' needs a value", name);
      if (v == NULL)
        v = argv[++i];
      int rc = store(cmd, o, name, v, into);
      if (rc != CLI_OK)
        return rc;
    }
    if (o - opts < CLI_MAX_OPTIONS)
      given |= (uint64_t)1 << (o - opts);
  }
  int rc = missing_required(cmd, opts, given);
  if (rc != CLI_OK)
    return rc;
  *n_pos = n;
  return CLI_OK;
}

/* ---- help ----------------------------------------------------------------
 */

/* Appends o's usage group, "[--csv FILE [--canvas]]": o and the options
 * nested under it, each in brackets unless required. */
static void add_group(rp_buf *b, const cli_option *o) {
  for (const cli_option *k = o; k->kind != CLI_OPT_END; k++) {
    if (k != o && !(k->flags & CLI_NESTED))
      break;
    if (k != o)
      rp_buf_puts(b, " ");
    if (!(k->flags & CLI_REQUIRED))
      rp_buf_puts(b, "[");
    add_spec(b, k);
    if (k != o && !(k->flags & CLI_REQUIRED))
      rp_buf_puts(b, "]");
  }
  if (!(o->flags & CLI_REQUIRED))
    rp_buf_puts(b, "]");
}

void cli_opts_usage(rp_buf *b, const char *cmd, const char *args,
                    const cli_option *opts) {
  if (opts == NULL)
    opts = NO_OPTIONS;
  size_t start = b->len;
  rp_buf_printf(b, "usage: rapport %s", cmd);
  int indent = (int)(b->len - start) + 1, col = indent - 1;
  if (args != NULL && args[0] != '\0') {
    rp_buf_printf(b, " %s", args);
    col += 1 + (int)strlen(args);
  }
  for (const cli_option *o = opts; o->kind != CLI_OPT_END; o++) {
    if (o->flags & CLI_NESTED)
      continue; /* inside the group above */
    rp_buf g = RP_BUF_INIT;
    add_group(&g, o);
    int w = (int)g.len;
    if (col + 1 + w > HELP_WIDTH) {
      rp_buf_printf(b, "\n%*s", indent, "");
      col = indent;
    } else {
      rp_buf_puts(b, " ");
      col++;
    }
    rp_buf_puts(b, rp_buf_str(&g));
    col += w;
    rp_buf_free(&g);
  }
  rp_buf_puts(b, "\n");
}

void cli_opts_help(rp_buf *b, const cli_option *opts) {
  if (opts == NULL || opts[0].kind == CLI_OPT_END)
    return;
  int column = 0;
  for (const cli_option *o = opts; o->kind != CLI_OPT_END; o++) {
    rp_buf spec = RP_BUF_INIT;
    add_spec(&spec, o);
    int w = 2 + (int)spec.len + 2;
    if (w > column && w <= HELP_COLUMN_MAX)
      column = w;
    rp_buf_free(&spec);
  }
  rp_buf_puts(b, "options:\n");
  for (const cli_option *o = opts; o->kind != CLI_OPT_END; o++) {
    size_t start = b->len;
    rp_buf_puts(b, "  ");
    add_spec(b, o);
    int w = (int)(b->len - start);
    if (w + 2 > column)
      rp_buf_printf(b, "\n%*s", column, "");
    else
      rp_buf_printf(b, "%*s", column - w, "");
    term_wrap(b, o->help, HELP_WIDTH, column, column);
    rp_buf_puts(b, "\n");
  }
}
