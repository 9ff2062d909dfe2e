/*
 * report_css.h -- the report page's stylesheet, engine/cli/report.css,
 * which the Makefile embeds at build time as the bytes of a generated C
 * file: the page carries it inline, so that it needs no other file.
 */
#ifndef REPORT_CSS_H
#define REPORT_CSS_H

#include <stddef.h>

/* report.css byte for byte, followed by a NUL (not counted in the length). */
extern const char report_css[];
extern const size_t report_css_len;

#endif
