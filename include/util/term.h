/*
 * term.h -- terminal presentation as data: a style (colour, width, Unicode),
 * its sequences, word wrapping and UTF-8 widths, all into buffers; and the
 * one sanitiser for text on its way to a terminal.
 * Which style a stream gets is the front end's question (cli/cli_term.h).
 *
 * Colour is used only on a terminal and never when NO_COLOR is set
 * (https://no-color.org) or TERM is "dumb".  Wrapping counts characters, not
 * bytes, so accented names and curly quotes wrap where they should.
 *
 * Terminal safety.  Scenarios, records and submissions are untrusted, and
 * their text is composed into the same buffers as our own colours: a
 * scenario's say could carry "\33]52;..." (set the clipboard), "\33[2J"
 * (clear the screen) or just "\33[31m".  So the style sequences below are
 * not ANSI but *sealed marks*: term_seal() gives the process a secret key
 * and each mark carries it (an APC string, ESC _ "rp" KEY CODE ESC \, which
 * a terminal ignores).  term_clean_to() is the one sanitiser: with
 * TERM_CLEAN_STYLE it turns a mark with this process's key into its ANSI
 * sequence, and it shows every other control character as '?': C0 controls
 * but \n and \t (and \r directly before \n, a CRLF line end), DEL, C1
 * controls (U+0080-U+009F, e.g. "\302\233", a CSI on some terminals) and
 * bytes that are not UTF-8.  An escape sequence thus loses its ESC and its
 * rest reads as text ("?[2J"): nothing of it acts, and the reader sees that
 * something was there.  A scenario cannot know the key, so it cannot forge a
 * mark; the front end writes everything through term_clean_to() (its one
 * writer, cli/cli_term.h), so what reaches the terminal is the front end's
 * colours and inert text, however the text was composed.
 */
#ifndef TERM_H
#define TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/rp_buf.h"

/* The style a front end prints with. */
typedef struct term_style {
  bool color;   /* ANSI colour and bold */
  bool unicode; /* block characters for bars; else ASCII */
  int width;    /* columns to wrap at */
} term_style;

/* The style's sealed marks (see above), or "" when st->color is false or
 * term_seal() was never called. */
const char *term_bold(const term_style *st);
const char *term_dim(const term_style *st);
const char *term_green(const term_style *st);
const char *term_red(const term_style *st);
const char *term_yellow(const term_style *st);
const char *term_cyan(const term_style *st);
const char *term_reset(const term_style *st);

/* Seals the marks with key, which must be secret (random) and is fixed for
 * the process: calls after the first are ignored.  Call it before any mark
 * is composed and before threads start (cli_term_style() does). */
void term_seal(uint64_t key);

/* term_clean_to() flags. */
enum {
  TERM_CLEAN_LINE = 1,  /* one line: \n, \t and \r are shown as '?' too */
  TERM_CLEAN_STYLE = 2, /* sealed marks become ANSI (the writer's flag) */
  TERM_CLEAN_JSON = 4   /* inside JSON text: controls become \u00XX escapes
                           (the same string, inert), non-UTF-8 \ufffd */
};

/* Where term_clean_to() sends its output, in pieces. */
typedef void term_sink(void *ctx, const char *s, size_t n);

/* The one sanitiser: passes the n bytes at s to sink, each control
 * character replaced by its visible form (see above). */
void term_clean_to(const char *s, size_t n, unsigned flags, term_sink *sink,
                   void *ctx);

/* term_clean_to() on the string s in place (its result is never longer);
 * flags must not include TERM_CLEAN_JSON.  Returns the new length. */
size_t term_clean_str(char *s, unsigned flags);

/* Appends text wrapped to width columns; continuation lines start with
 * indent spaces, the first line assumes `first` columns already used.
 * Existing newlines are kept.  Ends without a newline. */
void term_wrap(rp_buf *b, const char *text, int width, int indent, int first);

/* Whether the len bytes at s are valid UTF-8. */
bool term_utf8_valid(const char *s, size_t len);

/* Display width in columns of a UTF-8 string (one per code point). */
int term_columns(const char *s);

/* A bar of `cells` cells filled in proportion to value/100. */
void term_bar(rp_buf *b, const term_style *st, double value, int cells);

#endif
