/*
 * report_svg.c -- the report's charts as inline SVG.  See report_svg.h.
 *
 * Coordinates are viewBox units, printed with one decimal so that the same
 * history gives the same bytes.
 */
#include "report_svg.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "core/score.h"
#include "report_text.h"

const char *report_svg_colour(int kind) {
  static const char *const colour[REPORT_RESULTS] = {"#1b8a4c", "#c98500",
                                                     "#c4372b", "#7b8794"};
  return kind >= 0 && kind < REPORT_RESULTS ? colour[kind]
                                            : colour[REPORT_NONE];
}

/* ---- line charts ----------------------------------------------------- */

/* Geometry of a line chart, in viewBox units. */
typedef struct frame {
  double w, h, x0, x1, y0, y1; /* plot area: x0..x1, y0 (top)..y1 */
} frame;

static double fy(const frame *f, double v) {
  if (v < 0)
    v = 0;
  if (v > 100)
    v = 100;
  return f->y1 - v / 100.0 * (f->y1 - f->y0);
}

/* x of the i-th of n completed sessions. */
static double fx(const frame *f, int i, int n) {
  const double pad = 14;
  if (n <= 1)
    return (f->x0 + f->x1) / 2;
  return f->x0 + pad + (f->x1 - f->x0 - 2 * pad) * i / (n - 1);
}

/* Session-number labels: about one per 36 units of width. */
static int tick_step(const frame *f, int n) {
  int fit = (int)((f->x1 - f->x0) / 36);
  if (fit < 2)
    fit = 2;
  return n <= fit ? 1 : (n + fit - 1) / fit;
}

static void grid_y(rp_buf *b, const frame *f) {
  for (int v = 0; v <= 100; v += 25) {
    double y = fy(f, v);
    rp_buf_printf(b,
                  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                  "stroke=\"%s\" stroke-width=\"1\"/>"
                  "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" "
                  "font-size=\"10\" fill=\"#7b8794\">%d</text>\n",
                  f->x0, y, f->x1, y, v == 0 ? "#9aa5b1" : "#e4e7eb", f->x0 - 6,
                  y + 3.5, v);
  }
}

static void grid_x(rp_buf *b, const frame *f, const report_row *const *done,
                   int nd, const char *title) {
  int step = tick_step(f, nd);
  for (int i = 0; i < nd; i++) {
    /* a tick for every session (while they fit), a number for every
     * step-th and the last (instead of one close before it) */
    bool label = i == nd - 1 || (i % step == 0 && nd - 1 - i >= (step + 1) / 2);
    if (!label && nd > 60)
      continue;
    double x = fx(f, i, nd);
    rp_buf_printf(b,
                  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                  "stroke=\"#9aa5b1\" stroke-width=\"1\"/>",
                  x, f->y1, x, f->y1 + (label ? 4 : 2.5));
    if (label)
      rp_buf_printf(b,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                    "font-size=\"10\" fill=\"#7b8794\">%d</text>",
                    x, f->y1 + 15, done[i]->num);
    rp_buf_puts(b, "\n");
  }
  rp_buf_printf(b,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                "font-size=\"10\" fill=\"#7b8794\">%s</text>\n",
                (f->x0 + f->x1) / 2, f->y1 + 29, title);
}

/* A text label with a white halo, so lines under it do not hide it. */
static void halo_text(rp_buf *b, double x, double y, const char *anchor,
                      const char *fill, const char *weight, const char *text) {
  rp_buf_printf(
      b,
      "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" "
      "font-size=\"10\" font-weight=\"%s\" fill=\"%s\" "
      "stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" "
      "paint-order=\"stroke\">%s</text>\n",
      x, y, anchor, weight, fill, text);
}

void report_svg_line(rp_buf *b, int k, const progress_series *s,
                     const report_row *const *done, const double *vals,
                     int nd) {
  frame f = {360, 198, 30, 360 - 58, 10, 160};
  rp_buf_printf(b,
                "<svg id=\"chart-%s\" class=\"line\" data-series=\"%s\" "
                "viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" "
                "preserveAspectRatio=\"xMidYMid meet\" role=\"img\" "
                "aria-labelledby=\"chart-%s-title\" "
                "xmlns=\"http://www.w3.org/2000/svg\">\n"
                "<title id=\"chart-%s-title\">%s over %d completed "
                "session%s</title>\n",
                REPORT_SLUG[k], s->name, f.w, f.h, REPORT_SLUG[k],
                REPORT_SLUG[k], REPORT_LABEL[k], nd, nd == 1 ? "" : "s");
  grid_y(b, &f);
  grid_x(b, &f, done, nd, "session");
  /* the measured points */
  int nm = 0;
  for (int i = 0; i < nd; i++)
    nm += vals[i] >= 0;
  if (nm == 0) {
    rp_buf_printf(b,
                  "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                  "font-size=\"12\" fill=\"#7b8794\">not measured yet</text>\n",
                  (f.x0 + f.x1) / 2, (f.y0 + f.y1) / 2);
  } else {
    /* a light area under the line, then the line */
    rp_buf_puts(b, "<path fill=\"#2f62d0\" fill-opacity=\"0.07\" d=\"");
    double first_x = 0, last_x = 0;
    bool started = false;
    for (int i = 0; i < nd; i++) {
      if (vals[i] < 0)
        continue;
      double x = fx(&f, i, nd);
      if (!started)
        first_x = x;
      rp_buf_printf(b, "%s%.1f %.1f ", started ? "L" : "M", x, fy(&f, vals[i]));
      started = true;
      last_x = x;
    }
    rp_buf_printf(b, "L%.1f %.1f L%.1f %.1f Z\"/>\n", last_x, f.y1, first_x,
                  f.y1);
    rp_buf_puts(b, "<polyline fill=\"none\" stroke=\"#2f62d0\" "
                   "stroke-width=\"2\" stroke-linejoin=\"round\" "
                   "stroke-linecap=\"round\" points=\"");
    started = false;
    for (int i = 0; i < nd; i++) {
      double v = vals[i];
      if (v < 0)
        continue;
      rp_buf_printf(b, "%s%.1f,%.1f", started ? " " : "", fx(&f, i, nd),
                    fy(&f, v));
      started = true;
    }
    rp_buf_puts(b, "\"/>\n");
  }
  /* the baseline: a dashed line at its value, labelled */
  if (s->baseline >= 0) {
    double y = fy(&f, s->baseline);
    rp_buf_printf(b,
                  "<line class=\"baseline\" data-value=\"%.1f\" x1=\"%.1f\" "
                  "y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#52606d\" "
                  "stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>\n",
                  s->baseline, f.x0, y, f.x1, y);
    /* the label sits right of the plot, where no point can hide it */
    double ly = y < f.y0 + 8 ? f.y0 + 8 : y > f.y1 - 8 ? f.y1 - 8 : y;
    char value_text[32];
    snprintf(value_text, sizeof value_text, "%.1f", s->baseline);
    rp_buf_printf(b,
                  "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" "
                  "fill=\"#52606d\"><tspan font-weight=\"600\">baseline"
                  "</tspan><tspan x=\"%.1f\" dy=\"11\">%s</tspan></text>\n",
                  f.x1 + 6, ly - 2, f.x1 + 6, value_text);
  }
  /* points last, over the lines */
  double r = nd > 40 ? 2 : 3.5;
  for (int i = 0; i < nd; i++) {
    double v = vals[i];
    if (v < 0)
      continue;
    bool assess = strcmp(done[i]->r->mode, "assessment") == 0;
    rp_buf_printf(b,
                  "<circle class=\"point\" data-session=\"%d\" data-value=\"",
                  done[i]->num);
    report_num(b, v);
    rp_buf_printf(b,
                  "\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" "
                  "stroke=\"#2f62d0\" stroke-width=\"%s\"><title>Session %d, ",
                  fx(&f, i, nd), fy(&f, v), assess ? r + 0.5 : r,
                  assess ? "#ffffff" : "#2f62d0", assess ? "2" : "1",
                  done[i]->num);
    report_when(b, done[i]->r->started_at, false);
    rp_buf_puts(b, ", ");
    report_esc(b, done[i]->r->scenario_id);
    if (assess)
      rp_buf_puts(b, " (assessment)");
    rp_buf_printf(b, ": %s %.1f</title></circle>\n", REPORT_LABEL[k], v);
  }
  rp_buf_puts(b, "</svg>\n");
}

/* ---- the map --------------------------------------------------------- */

/* Geometry of the relationship-quality versus transactional-pushing map. */
typedef struct mapgeo {
  double l, t, s, pad; /* plot square: l..l+s, t..t+s; points inset by pad */
} mapgeo;

static double map_x(const mapgeo *g, double v) {
  v = v < 0 ? 0 : v > 100 ? 100 : v;
  return g->l + g->pad + v / 100.0 * (g->s - 2 * g->pad);
}

static double map_y(const mapgeo *g, double v) {
  v = v < 0 ? 0 : v > 100 ? 100 : v;
  return g->t + g->s - g->pad - v / 100.0 * (g->s - 2 * g->pad);
}

/* An edge of a quadrant: 0 and 100 reach the plot's border. */
static double edge_x(const mapgeo *g, double v) {
  return v <= 0 ? g->l : v >= 100 ? g->l + g->s : map_x(g, v);
}

static double edge_y(const mapgeo *g, double v) {
  return v <= 0 ? g->t + g->s : v >= 100 ? g->t : map_y(g, v);
}

void report_svg_map(rp_buf *b, const report_data *d) {
  const report_row *const *done = d->done;
  const int nd = d->nd, baseline_num = d->baseline_num;
  const mapgeo g = {48, 20, 340, 10};
  const double hi = SCORE_HIGH;
  rp_buf_printf(b,
                "<svg id=\"map\" viewBox=\"0 0 400 412\" width=\"100%%\" "
                "preserveAspectRatio=\"xMidYMid meet\" role=\"img\" "
                "aria-labelledby=\"map-title\" "
                "xmlns=\"http://www.w3.org/2000/svg\">\n"
                "<title id=\"map-title\">Relationship quality versus "
                "transactional pushing, %d completed session%s</title>\n",
                nd, nd == 1 ? "" : "s");
  /* quadrants, split where the debrief's styles change (SCORE_HIGH), each
   * named in its middle, under the points */
  static const struct {
    double x0, y0, x1, y1;
    const char *fill, *line1, *line2;
  } q[4] = {
      {0, SCORE_HIGH, SCORE_HIGH, 100, "#e6f4ea", "trusted", "advisor"},
      {SCORE_HIGH, SCORE_HIGH, 100, 100, "#fdf3e1", "relationship", "closer"},
      {SCORE_HIGH, 0, 100, SCORE_HIGH, "#fbe8e6", "transactional", "pusher"},
      {0, 0, SCORE_HIGH, SCORE_HIGH, "#f0f2f4", "passive", ""},
  };
  for (int i = 0; i < 4; i++)
    rp_buf_printf(b,
                  "<rect class=\"quadrant\" x=\"%.1f\" y=\"%.1f\" "
                  "width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                  edge_x(&g, q[i].x0), edge_y(&g, q[i].y1),
                  edge_x(&g, q[i].x1) - edge_x(&g, q[i].x0),
                  edge_y(&g, q[i].y0) - edge_y(&g, q[i].y1), q[i].fill);
  for (int v = 0; v <= 100; v += 20) {
    rp_buf_printf(b,
                  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                  "stroke=\"#ffffff\" stroke-width=\"1\"/>"
                  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                  "stroke=\"#ffffff\" stroke-width=\"1\"/>\n",
                  map_x(&g, v), g.t, map_x(&g, v), g.t + g.s, g.l, map_y(&g, v),
                  g.l + g.s, map_y(&g, v));
    rp_buf_printf(b,
                  "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                  "font-size=\"10\" fill=\"#7b8794\">%d</text>"
                  "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" "
                  "font-size=\"10\" fill=\"#7b8794\">%d</text>\n",
                  map_x(&g, v), g.t + g.s + 14, v, g.l - 5, map_y(&g, v) + 3.5,
                  v);
  }
  rp_buf_printf(b,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "stroke=\"#9aa5b1\" stroke-width=\"1\" "
                "stroke-dasharray=\"4 3\"/>"
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "stroke=\"#9aa5b1\" stroke-width=\"1\" "
                "stroke-dasharray=\"4 3\"/>\n"
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                "fill=\"none\" stroke=\"#9aa5b1\" stroke-width=\"1\"/>\n",
                map_x(&g, hi), g.t, map_x(&g, hi), g.t + g.s, g.l,
                map_y(&g, hi), g.l + g.s, map_y(&g, hi), g.l, g.t, g.s, g.s);
  for (int i = 0; i < 4; i++) {
    double cx = (edge_x(&g, q[i].x0) + edge_x(&g, q[i].x1)) / 2;
    double cy = (edge_y(&g, q[i].y0) + edge_y(&g, q[i].y1)) / 2;
    bool two = q[i].line2[0] != '\0';
    rp_buf_printf(b,
                  "<text class=\"quadrant-label\" x=\"%.1f\" y=\"%.1f\" "
                  "text-anchor=\"middle\" font-size=\"12\" "
                  "font-weight=\"700\" letter-spacing=\"0.08em\" "
                  "fill=\"#3e4c59\" fill-opacity=\"0.5\">%s",
                  cx, two ? cy - 3 : cy + 4, q[i].line1);
    if (two)
      rp_buf_printf(b, "<tspan x=\"%.1f\" dy=\"15\">%s</tspan>", cx,
                    q[i].line2);
    rp_buf_puts(b, "</text>\n");
  }
  rp_buf_printf(b,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                "font-size=\"11\" font-weight=\"600\" fill=\"#3e4c59\">"
                "Transactional pushing &#8594; (lower is better)</text>\n"
                "<text transform=\"translate(%.1f %.1f) rotate(-90)\" "
                "text-anchor=\"middle\" font-size=\"11\" font-weight=\"600\" "
                "fill=\"#3e4c59\">Relationship quality &#8594;</text>\n",
                g.l + g.s / 2, g.t + g.s + 32, g.l - 32, g.t + g.s / 2);
  /* the sessions, oldest first, so the latest is on top */
  for (int i = 0; i < nd; i++) {
    const report_row *w = done[i];
    const char *cls = REPORT_RESULT_CLASS[w->kind];
    rp_buf_puts(b, "<circle class=\"session\" data-rq=\"");
    report_num(b, w->r->relationship_quality);
    rp_buf_puts(b, "\" data-tp=\"");
    report_num(b, w->r->transactional_pushing);
    rp_buf_printf(b,
                  "\" data-result=\"%s\" data-session=\"%d\" cx=\"%.1f\" "
                  "cy=\"%.1f\" r=\"6.5\" fill=\"%s\" fill-opacity=\"0.85\" "
                  "stroke=\"#ffffff\" stroke-width=\"1.5\"><title>Session %d, ",
                  cls, w->num, map_x(&g, w->r->transactional_pushing),
                  map_y(&g, w->r->relationship_quality),
                  report_svg_colour(w->kind), w->num);
    report_when(b, w->r->started_at, true);
    rp_buf_puts(b, " UTC\n");
    report_esc(b, w->title);
    rp_buf_puts(b, " (");
    report_esc(b, w->r->scenario_id);
    rp_buf_puts(b, ")\nResult: ");
    if (w->result != NULL)
      report_esc(b, w->result);
    else
      rp_buf_puts(b, "no ending");
    rp_buf_printf(b,
                  "\nRelationship quality %.1f, transactional pushing %.1f, "
                  "overall %.1f</title></circle>\n",
                  w->r->relationship_quality, w->r->transactional_pushing,
                  w->r->overall);
  }
  /* rings and labels: the baseline (dashed) and the latest session */
  const report_row *latest = nd > 0 ? done[nd - 1] : NULL;
  const report_row *base = NULL;
  for (int i = 0; i < nd; i++)
    if (done[i]->num == baseline_num)
      base = done[i];
  const report_row *mark[2] = {base, latest};
  double mx[2] = {0, 0}, my[2] = {0, 0};
  for (int m = 0; m < 2; m++) {
    if (mark[m] == NULL)
      continue;
    mx[m] = map_x(&g, mark[m]->r->transactional_pushing);
    my[m] = map_y(&g, mark[m]->r->relationship_quality);
  }
  /* one label when both marks are (about) the same point */
  bool together = base != NULL && latest != NULL &&
                  (base == latest ||
                   (fabs(mx[0] - mx[1]) < 14 && fabs(my[0] - my[1]) < 14));
  for (int m = 0; m < 2; m++) {
    if (mark[m] == NULL || (m == 1 && base == latest))
      continue;
    rp_buf_printf(b,
                  "<circle class=\"mark\" cx=\"%.1f\" cy=\"%.1f\" r=\"10.5\" "
                  "fill=\"none\" stroke=\"#1f2933\" stroke-width=\"1.5\"%s/>"
                  "\n",
                  mx[m], my[m], m == 0 ? " stroke-dasharray=\"3 2\"" : "");
  }
  for (int m = 0; m < 2; m++) {
    if (mark[m] == NULL || (together && m == 0))
      continue;
    const char *text = together ? "baseline, latest"
                       : m == 0 ? "baseline"
                                : "latest";
    bool right = mx[m] > g.l + g.s * 0.62;
    /* the latest above its point, the baseline below, kept inside */
    double ly = m == 1 || together ? my[m] - 15 : my[m] + 24;
    if (ly < g.t + 2)
      ly = my[m] + 24;
    if (ly > g.t + g.s - 4)
      ly = my[m] - 15;
    halo_text(b, right ? mx[m] - 8 : mx[m] + 8, ly, right ? "end" : "start",
              "#1f2933", "700", text);
  }
  rp_buf_puts(b, "</svg>\n");
}
/* ---- the results bar and the legends --------------------------------- */

void report_svg_results_bar(rp_buf *b, const report_data *d) {
  rp_buf_puts(b, "<svg id=\"results-bar\" viewBox=\"0 0 300 12\" "
                 "width=\"100%\" preserveAspectRatio=\"none\" "
                 "aria-hidden=\"true\" xmlns=\"http://www.w3.org/2000/svg\">"
                 "<rect width=\"300\" height=\"12\" rx=\"3\" "
                 "fill=\"#e4e7eb\"/>");
  double x = 0;
  for (int c = 0; c < REPORT_RESULTS; c++) {
    if (d->count[c] == 0 || d->nd == 0)
      continue;
    double w = 300.0 * d->count[c] / d->nd;
    rp_buf_printf(b,
                  "<rect x=\"%.2f\" width=\"%.2f\" height=\"12\" "
                  "fill=\"%s\"/>",
                  x, w, report_svg_colour(c));
    x += w;
  }
  rp_buf_puts(b, "</svg>");
}

void report_svg_dot(rp_buf *b, int kind) {
  rp_buf_printf(b,
                "<svg viewBox=\"0 0 12 12\" aria-hidden=\"true\" "
                "xmlns=\"http://www.w3.org/2000/svg\"><circle cx=\"6\" "
                "cy=\"6\" r=\"5.5\" fill=\"%s\"/></svg>",
                report_svg_colour(kind));
}
