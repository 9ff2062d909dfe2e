/*
 * report_text.h -- the report page's text (cli_report.c and its charts,
 * report_svg.c): HTML escaping, and the forms its scores and dates take, so
 * that the table, the charts and their tooltips write them alike.
 *
 * Everything is appended to an rp_buf, whose sticky failure the page checks
 * once at the end.
 */
#ifndef REPORT_TEXT_H
#define REPORT_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "util/rp_buf.h"

/* Appends s HTML-escaped (safe in text and in quoted attributes); NULL adds
 * nothing. */
void report_esc(rp_buf *b, const char *s);

/* Appends the first n bytes of s (at most 63), escaped. */
void report_esc_n(rp_buf *b, const char *s, size_t n);

/* A score as data: one decimal, without a trailing ".0" (72.7, 0, 100). */
void report_num(rp_buf *b, double v);

/* A record's UTC time "2026-11-27T18:49:32Z" as "2026-11-27" or, with_time,
 * "2026-11-27 18:49"; anything else is appended as it is, escaped. */
void report_when(rp_buf *b, const char *iso, bool with_time);

#endif
