/*
 * cli_term.h -- what the terminal on a stream can show, and the one writer
 * every byte the front end prints goes through.
 *
 * Colour is used only on a terminal and never when NO_COLOR is set
 * (https://no-color.org) or TERM is "dumb"; the width comes from the
 * terminal, else $COLUMNS, else 80.  The style itself is util/term.h's.
 *
 * Terminal safety (util/term.h explains the sanitiser): text from a
 * scenario, a record or a submission may carry escape sequences, and it is
 * composed into the same strings and buffers as our own colours.  Rather
 * than trusting every renderer to clean every field, the front end prints
 * only through the functions below, and they clean everything they are
 * given: the colours of a style from cli_term_style() are sealed marks that
 * only this writer turns into ANSI; any other control character, whoever
 * composed it, is shown as '?'.  So there is nothing to remember per field:
 * the debrief, composed in core/ with scenario text and colour together,
 * is as safe as a line printed here.  tests/e2e/inject.sh checks that no
 * other object of the front end links a stdio output function (printf,
 * fputs, fwrite, ...), so a new printf fails the tests instead of opening a
 * hole.  What readline prints itself is ours (the prompts, cleaned too) or
 * the trainee's own typing.
 *
 * Writes go to the FILE as stdio would; errors are the stream's (ferror),
 * plus cli_term_lost() for text that could not even be formatted.
 */
#ifndef CLI_TERM_H
#define CLI_TERM_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "util/term.h"

/* The style for stream f: colour and width from the terminal when it is
 * one, else no colour and 80 columns; unicode from the locale.  The first
 * call seals the style marks with a random key (term_seal); call it first
 * on the main thread. */
term_style cli_term_style(FILE *f);

/* Writes text to f, cleaned (util/term.h): like fputs and fwrite.  Return
 * 0, or EOF when f failed. */
int cli_puts(FILE *f, const char *s);
int cli_write(FILE *f, const char *s, size_t n);

/* Formats, then writes like cli_puts.  Returns 0 or EOF. */
int cli_printf(FILE *f, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
int cli_vprintf(FILE *f, const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 0)))
#endif
    ;

/* Writes a JSON document (cJSON's output) to f: controls that cJSON leaves
 * raw in strings (DEL, C1) become \u escapes, so the document says the same
 * and shows nothing.  Returns 0 or EOF. */
int cli_put_json(FILE *f, const char *json);

/* The same for the n bytes at json, a piece of a JSON text. */
int cli_put_json_n(FILE *f, const char *json, size_t n);

/* Whether some output was dropped because it could not be formatted (out of
 * memory): main reports it like a failed write. */
bool cli_term_lost(void);

#endif
