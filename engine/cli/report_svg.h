/*
 * report_svg.h -- the report's charts, drawn as inline SVG into the page:
 * one series over the completed sessions, the map of relationship quality
 * against transactional pushing, the bar of results and the legends' dots.
 *
 * Every chart scales (a viewBox, width 100%) and carries the hooks
 * tests/e2e/report.sh reads: the line charts are <svg id="chart-SLUG"> with
 * a <circle class="point"> per measured session and a dashed
 * <line class="baseline">; the map is <svg id="map"> with a
 * <circle class="session" data-rq=.. data-tp=..> per completed session.
 * Text from the records is escaped (report_text.h).
 */
#ifndef REPORT_SVG_H
#define REPORT_SVG_H

#include "academy/progress.h"
#include "report_data.h"
#include "util/rp_buf.h"

/* A result's colour (REPORT_WON..REPORT_NONE): the map's points, the bar
 * and the legends agree. */
const char *report_svg_colour(int kind);

/* The line chart of series k over the nd completed sessions done[], whose
 * values are vals[] (< 0: not measured there), with s's baseline. */
void report_svg_line(rp_buf *b, int k, const progress_series *s,
                     const report_row *const *done, const double *vals, int nd);

/* The map: a point per completed session, coloured by result, in the four
 * quadrants split at SCORE_HIGH, the baseline and the latest call ringed. */
void report_svg_map(rp_buf *b, const report_data *d);

/* The completed calls' results as one bar, each in proportion. */
void report_svg_results_bar(rp_buf *b, const report_data *d);

/* A legend's dot in a result's colour. */
void report_svg_dot(rp_buf *b, int kind);

#endif
