/*
 * term.h -- terminal presentation as data: a style (colour, width, Unicode),
 * its ANSI sequences, word wrapping and UTF-8 widths, all into buffers.
 * Which style a stream gets is the front end's question (cli/cli_term.h).
 *
 * Colour is used only on a terminal and never when NO_COLOR is set
 * (https://no-color.org) or TERM is "dumb".  Wrapping counts characters, not
 * bytes, so accented names and curly quotes wrap where they should.
 */
#ifndef TERM_H
#define TERM_H

#include <stdbool.h>
#include <stddef.h>

#include "util/rp_buf.h"

/* The style a front end prints with. */
typedef struct term_style {
  bool color;   /* ANSI colour and bold */
  bool unicode; /* block characters for bars; else ASCII */
  int width;    /* columns to wrap at */
} term_style;

/* ANSI sequences, or "" when st->color is false. */
const char *term_bold(const term_style *st);
const char *term_dim(const term_style *st);
const char *term_green(const term_style *st);
const char *term_red(const term_style *st);
const char *term_yellow(const term_style *st);
const char *term_cyan(const term_style *st);
const char *term_reset(const term_style *st);

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
