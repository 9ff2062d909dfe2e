/*
 * cli_report.c -- `rapport report --html FILE`: a trainee's progress as one
 * self-contained HTML page.
 *
 * The page holds everything it shows: inline CSS, inline SVG charts and the
 * system font stack, no script and no network.  It is built from the same
 * history (history_load) and progress (progress_compute) as `rapport progress`,
 * with the per-session records for the time series, and the curriculum for
 * module names; nothing else (no clock), so the same history gives the same
 * bytes.
 *
 * Hooks for tests and tools: every chart's <svg> has an id (chart-empathy,
 * chart-listening, chart-problem-solving, chart-pushing,
 * chart-relationship-quality, chart-transactional-pushing, chart-overall,
 * map); each completed session is one <circle class="session" data-rq=..
 * data-tp=..> on the map; each session is one <tr class="session"> in the
 * table; the summary's numbers have ids (trainee-name, sessions-count,
 * completed-count, baseline-date, overall-current, practise-next,
 * damaged-count, no-sessions) and so do the results (won-count,
 * result-count-won/-stalled/-lost, deals-won).  tests/e2e/report.sh checks
 * them against the history, statically and in a headless browser.
 */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "academy/progress.h"
#include "cli.h"
#include "cli_trainee.h"
#include "core/debrief.h"
#include "core/score.h"
#include "io/catalog.h"
#include "io/rp_fs.h"
#include "util/rp_buf.h"
#include "util/rp_version.h"

/* ---- text ------------------------------------------------------------ */

/* Appends s HTML-escaped (safe in text and in quoted attributes).  Control
 * characters, which HTML does not allow, become U+FFFD. */
static void esc(rp_buf *b, const char *s) {
  if (s == NULL)
    return;
  const char *run = s;
  for (const char *p = s;; p++) {
    unsigned char c = (unsigned char)*p;
    const char *rep = NULL;
    switch (c) {
    case '&': rep = "&amp;"; break;
    case '<': rep = "&lt;"; break;
    case '>': rep = "&gt;"; break;
    case '"': rep = "&quot;"; break;
    case '\'': rep = "&#39;"; break;
    default:
      if ((c < 0x20 && c != '\0' && c != '\t' && c != '\n') || c == 0x7f)
        rep = "&#xFFFD;";
    }
    if (rep == NULL && c != '\0')
      continue;
    rp_buf_add(b, run, (size_t)(p - run));
    if (c == '\0')
      break;
    rp_buf_puts(b, rep);
    run = p + 1;
  }
}

/* Appends the first n bytes of s, escaped. */
static void esc_n(rp_buf *b, const char *s, size_t n) {
  char t[64];
  if (n >= sizeof t)
    n = sizeof t - 1;
  memcpy(t, s, n);
  t[n] = '\0';
  esc(b, t);
}

/* A score as data: one decimal, without a trailing ".0" (72.7, 0, 100). */
static void num(rp_buf *b, double v) {
  char t[32];
  snprintf(t, sizeof t, "%.1f", v);
  size_t n = strlen(t);
  if (n > 2 && strcmp(t + n - 2, ".0") == 0)
    t[n - 2] = '\0';
  rp_buf_puts(b, t);
}

/* "2026-11-27T18:49:32Z" -> "2026-11-27" (date) or "2026-11-27 18:49". */
static void when(rp_buf *b, const char *iso, bool with_time) {
  if (iso == NULL || strlen(iso) < 16 || iso[10] != 'T') {
    esc(b, iso);
    return;
  }
  char t[17];
  memcpy(t, iso, 16);
  t[10] = ' ';
  t[with_time ? 16 : 10] = '\0';
  esc(b, t);
}

static const char *json_str(const cJSON *o, const char *key) {
  const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(x) ? x->valuestring : NULL;
}

/* ---- the sessions ---------------------------------------------------- */

typedef struct row {
  int num; /* 1, 2, ... in history order, as the table numbers them */
  const rec_record *r;
  const char *title, *result, *ending, *currency, *style;
  double deal; /* < 0 when the record has none */
  bool done, baseline;
} row;

static void fill_row(row *w, int num, const rec_record *r) {
  memset(w, 0, sizeof *w);
  w->num = num;
  w->r = r;
  w->deal = -1;
  w->done = strcmp(r->status, "completed") == 0;
  const cJSON *sc = cJSON_GetObjectItemCaseSensitive(r->json, "scenario");
  w->title = json_str(sc, "title");
  if (w->title == NULL || w->title[0] == '\0')
    w->title = r->scenario_id;
  const cJSON *e = cJSON_GetObjectItemCaseSensitive(r->json, "ending");
  if (cJSON_IsObject(e)) {
    w->ending = r->ending;
    w->result = json_str(e, "result");
    w->currency = json_str(e, "currency");
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(e, "deal_value");
    if (cJSON_IsNumber(d))
      w->deal = d->valuedouble;
  }
  const cJSON *s = cJSON_GetObjectItemCaseSensitive(r->json, "scores");
  w->style = json_str(s, "style");
}

/* The result as one of the four map classes. */
static const char *result_class(const row *w) {
  if (w->result != NULL &&
      (strcmp(w->result, "won") == 0 || strcmp(w->result, "stalled") == 0 ||
       strcmp(w->result, "lost") == 0))
    return w->result;
  return "none";
}

static const char *result_colour(const char *cls) {
  return strcmp(cls, "won") == 0       ? "#1b8a4c"
         : strcmp(cls, "stalled") == 0 ? "#c98500"
         : strcmp(cls, "lost") == 0    ? "#c4372b"
                                       : "#7b8794";
}

/* Value of series k in a record (< 0: not measured), as prog.c reads it. */
static double value(const rec_record *r, int k) {
  return progress_value(r, k);
}

static const char *const LABEL[PROGRESS_SERIES] = {"Empathy",
                                                   "Listening",
                                                   "Problem-solving",
                                                   "Pushing",
                                                   "Relationship quality",
                                                   "Transactional pushing",
                                                   "Overall"};

static const char *const SLUG[PROGRESS_SERIES] = {"empathy",
                                                  "listening",
                                                  "problem-solving",
                                                  "pushing",
                                                  "relationship-quality",
                                                  "transactional-pushing",
                                                  "overall"};

static const char *const ABOUT[PROGRESS_SERIES] = {
    "Acknowledging the prospect&#39;s feelings and situation.",
    "Open questions, playing back what you heard, letting them talk.",
    "Finding the real problem, its cost and what would solve it.",
    "Pitching, pressing and closing before the prospect is ready.",
    "Empathy, listening and problem-solving together, capped when no problem "
    "was solved.",
    "How hard you pushed: the pushing score of the call.",
    "(3 &times; relationship quality + (100 &minus; pushing)) / 4."};

/* ---- the style sheet ------------------------------------------------- */

static const char CSS[] =
    ":root{--ink:#1f2933;--muted:#52606d;--faint:#9aa5b1;--rule:#e4e7eb;"
    "--paper:#ffffff;--page:#f5f7fa;--accent:#2f62d0;--good:#17803d;"
    "--bad:#b42318;color-scheme:light}\n"
    "*{box-sizing:border-box}\n"
    "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}\n"
    "body{margin:0;background:var(--page);color:var(--ink);"
    "font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica "
    "Neue\","
    "\"Noto Sans\",\"Liberation Sans\",Arial,sans-serif;font-size:15px;"
    "line-height:1.5}\n"
    "main{max-width:1060px;margin:0 auto;padding:28px 20px 40px}\n"
    "h1,h2,h3{line-height:1.2;margin:0}\n"
    "h1{font-size:30px;font-weight:700;letter-spacing:-.01em}\n"
    "h2{font-size:20px;margin:36px 0 6px}\n"
    "h3{font-size:15px;font-weight:650}\n"
    "p{margin:0}\n"
    "code{font-family:ui-monospace,\"SFMono-Regular\",Menlo,Consolas,"
    "\"DejaVu Sans Mono\",\"Liberation Mono\",monospace;font-size:.9em}\n"
    ".kicker{font-size:12px;font-weight:600;letter-spacing:.08em;"
    "text-transform:uppercase;color:var(--accent)}\n"
    ".lede{color:var(--muted);max-width:70ch;margin-bottom:14px}\n"
    ".card{background:var(--paper);border:1px solid var(--rule);"
    "border-radius:10px;padding:16px 18px}\n"
    ".summary{padding:24px 26px}\n"
    ".summary .range{color:var(--muted);margin-top:4px}\n"
    ".stats{display:grid;grid-template-columns:repeat(auto-fit,"
    "minmax(150px,1fr));gap:12px;margin:20px 0 0;padding:0}\n"
    ".stats div{border-top:3px solid var(--rule);padding-top:8px}\n"
    ".stats dt{font-size:12px;color:var(--muted);text-transform:uppercase;"
    "letter-spacing:.05em}\n"
    ".stats dd{margin:2px 0 0;font-size:22px;font-weight:650;"
    "font-variant-numeric:tabular-nums}\n"
    ".stats dd.word{font-size:18px}\n"
    ".stats dd small.good{color:var(--good)}"
    ".stats dd small.bad{color:var(--bad)}\n"
    ".stats dd small{display:block;font-size:12px;font-weight:400;"
    "color:var(--muted)}\n"
    ".next{margin-top:20px;border-left:4px solid var(--accent);"
    "padding:8px 14px;background:#eef3fc}\n"
    ".warning{margin-top:16px;border-left:4px solid #d97706;padding:8px 14px;"
    "background:#fff7e6}\n"
    ".warning ul{margin:6px 0 0;padding-left:20px;font-size:13px;"
    "word-break:break-all}\n"
    ".empty{margin-top:20px;border-left:4px solid var(--faint);"
    "padding:10px 14px}\n"
    ".charts{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));"
    "gap:14px}\n"
    ".calls .big{font-size:30px;font-weight:700;margin:6px 0 10px;"
    "font-variant-numeric:tabular-nums}\n"
    ".calls .big .of{font-size:15px;font-weight:400;color:var(--muted)}\n"
    ".calls #results-bar{height:12px;margin-bottom:10px}\n"
    ".calls-list{margin:14px 0 0;font-size:14px}\n"
    ".calls-list dt{font-size:12px;text-transform:uppercase;"
    "letter-spacing:.05em;color:var(--muted);margin-top:10px}\n"
    ".calls-list dd{margin:2px 0 0}\n"
    ".calls-list .id{display:block;font-size:13px;color:var(--muted)}\n"
    "figure{margin:0}\n"
    ".chart{display:flex;flex-direction:column}\n"
    ".chart svg{margin-top:auto}\n"
    ".chart figcaption{display:flex;flex-wrap:wrap;align-items:baseline;"
    "gap:4px 12px;margin-bottom:2px}\n"
    ".chart .now{font-size:22px;font-weight:650;"
    "font-variant-numeric:tabular-nums;margin-left:auto}\n"
    ".chart .about{flex-basis:100%;font-size:13px;color:var(--muted)}\n"
    ".chart .facts{flex-basis:100%;font-size:13px;color:var(--muted);"
    "font-variant-numeric:tabular-nums}\n"
    ".tag{font-size:11px;font-weight:600;text-transform:uppercase;"
    "letter-spacing:.05em;color:var(--muted);border:1px solid var(--rule);"
    "border-radius:4px;padding:0 5px}\n"
    ".good{color:var(--good)}.bad{color:var(--bad)}\n"
    "svg{display:block;width:100%;height:auto;overflow:visible}\n"
    "svg text{font-family:inherit}\n"
    ".map-card{display:grid;grid-template-columns:minmax(0,520px) "
    "minmax(0,1fr);gap:18px 28px;align-items:start}\n"
    ".legend{list-style:none;margin:0 0 14px;padding:0;display:flex;"
    "flex-wrap:wrap;gap:4px 16px;font-size:14px}\n"
    ".legend li{display:flex;align-items:center;gap:6px}\n"
    ".legend svg{width:12px;height:12px}\n"
    ".quadrants{margin:0;font-size:14px}\n"
    ".quadrants dt{font-weight:650;margin-top:10px}\n"
    ".quadrants dd{margin:0;color:var(--muted)}\n"
    ".note{margin-top:14px;font-size:13px;color:var(--muted)}\n"
    ".table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;"
    "background:var(--paper);border:1px solid var(--rule);"
    "border-radius:10px}\n"
    "table{border-collapse:collapse;width:100%;font-size:13.5px;"
    "font-variant-numeric:tabular-nums}\n"
    "th,td{padding:7px 10px;text-align:left;white-space:nowrap;"
    "vertical-align:top;border-bottom:1px solid var(--rule)}\n"
    "td.wrap{white-space:normal;min-width:9em}\n"
    "th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;"
    "color:var(--muted);font-weight:600;background:#fafbfc}\n"
    "tbody tr:last-child td{border-bottom:0}\n"
    "td.n,th.n{text-align:right}\n"
    "td .id{display:block;font-size:12px;color:var(--muted)}\n"
    "tr[data-status=quit] td,tr[data-status=aborted] td{color:var(--muted)}\n"
    ".badge{display:inline-block;font-size:12px;font-weight:600;"
    "border:1px solid currentColor;border-radius:10px;padding:0 7px}\n"
    ".r-won{color:#1b7a44}.r-stalled{color:#9a6700}.r-lost{color:#b42318}"
    ".r-none{color:var(--muted)}\n"
    "footer{margin-top:28px;font-size:13px;color:var(--muted)}\n"
    "@media (max-width:720px){\n"
    "main{padding:16px 12px 32px}\n"
    "h1{font-size:24px}\n"
    ".summary{padding:18px}\n"
    ".charts{grid-template-columns:minmax(0,1fr)}\n"
    ".map-card{grid-template-columns:minmax(0,1fr)}\n"
    "td.wrap{min-width:12em}\n"
    "svg.line text{font-size:11.5px}\n"
    "#map text{font-size:13px}\n"
    ".stats{grid-template-columns:repeat(2,minmax(0,1fr))}\n"
    "}\n"
    "@media print{\n"
    "@page{margin:14mm}\n"
    "body{background:none;font-size:10pt;color:#000}\n"
    "main{max-width:none;padding:0}\n"
    ".card,.table-wrap{border-color:#c7ccd1;background:none}\n"
    ".next,.warning{background:none}\n"
    ".charts{grid-template-columns:repeat(2,minmax(0,1fr))}\n"
    ".map-card{grid-template-columns:95mm minmax(0,1fr)}\n"
    "figure,.card,.chart,svg{break-inside:avoid;page-break-inside:avoid}\n"
    "h2{break-after:avoid;page-break-after:avoid}\n"
    ".table-wrap{overflow:visible}\n"
    "table{font-size:8.5pt}\n"
    "th,td{padding:4px 6px}\n"
    "thead{display:table-header-group}\n"
    "tr{break-inside:avoid;page-break-inside:avoid}\n"
    "}\n";

/* ---- charts ---------------------------------------------------------- */

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

static void grid_x(rp_buf *b, const frame *f, const row *const *done, int nd,
                   const char *title) {
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

static void line_chart(rp_buf *b, int k, const progress_series *s,
                       const row *const *done, int nd) {
  frame f = {360, 198, 30, 360 - 58, 10, 160};
  rp_buf_printf(b,
                "<svg id=\"chart-%s\" class=\"line\" data-series=\"%s\" "
                "viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" "
                "preserveAspectRatio=\"xMidYMid meet\" role=\"img\" "
                "aria-labelledby=\"chart-%s-title\" "
                "xmlns=\"http://www.w3.org/2000/svg\">\n"
                "<title id=\"chart-%s-title\">%s over %d completed "
                "session%s</title>\n",
                SLUG[k], s->name, f.w, f.h, SLUG[k], SLUG[k], LABEL[k], nd,
                nd == 1 ? "" : "s");
  grid_y(b, &f);
  grid_x(b, &f, done, nd, "session");
  /* the measured points */
  int nm = 0;
  for (int i = 0; i < nd; i++)
    nm += value(done[i]->r, k) >= 0;
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
      double v = value(done[i]->r, k);
      if (v < 0)
        continue;
      double x = fx(&f, i, nd);
      if (!started)
        first_x = x;
      rp_buf_printf(b, "%s%.1f %.1f ", started ? "L" : "M", x, fy(&f, v));
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
      double v = value(done[i]->r, k);
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
    double v = value(done[i]->r, k);
    if (v < 0)
      continue;
    bool assess = strcmp(done[i]->r->mode, "assessment") == 0;
    rp_buf_printf(b,
                  "<circle class=\"point\" data-session=\"%d\" data-value=\"",
                  done[i]->num);
    num(b, v);
    rp_buf_printf(b,
                  "\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" "
                  "stroke=\"#2f62d0\" stroke-width=\"%s\"><title>Session %d, ",
                  fx(&f, i, nd), fy(&f, v), assess ? r + 0.5 : r,
                  assess ? "#ffffff" : "#2f62d0", assess ? "2" : "1",
                  done[i]->num);
    when(b, done[i]->r->started_at, false);
    rp_buf_puts(b, ", ");
    esc(b, done[i]->r->scenario_id);
    if (assess)
      rp_buf_puts(b, " (assessment)");
    rp_buf_printf(b, ": %s %.1f</title></circle>\n", LABEL[k], v);
  }
  rp_buf_puts(b, "</svg>\n");
}

/* The card around one line chart: name, current level, change. */
static void chart_card(rp_buf *b, int k, const progress_series *s,
                       const row *const *done, int nd) {
  rp_buf_printf(b, "<figure class=\"card chart\" id=\"card-%s\">\n", SLUG[k]);
  rp_buf_printf(b, "<figcaption><h3>%s</h3>", LABEL[k]);
  if (s->lower_better)
    rp_buf_puts(b, "<span class=\"tag\">lower is better</span>");
  if (s->n > 0) {
    rp_buf_printf(b, "<span class=\"now\" title=\"current level\">%.1f</span>",
                  s->current);
  }
  rp_buf_printf(b, "<p class=\"about\">%s</p>", ABOUT[k]);
  if (s->n > 0) {
    rp_buf_printf(b, "<p class=\"facts\">latest %.1f &middot; best %.1f",
                  s->latest, s->best);
    if (s->baseline >= 0) {
      double d = s->current - s->baseline;
      bool better = s->lower_better ? d < 0 : d > 0;
      const char *cls = d == 0 ? "" : better ? "good" : "bad";
      rp_buf_printf(b,
                    " &middot; <span class=\"%s\">%s%.1f vs baseline "
                    "(%s)</span>",
                    cls,
                    d > 0   ? "+"
                    : d < 0 ? "&minus;"
                            : "&plusmn;",
                    d < 0 ? -d : d,
                    d == 0   ? "same"
                    : better ? "better"
                             : "worse");
    }
    rp_buf_puts(b, "</p>");
  }
  rp_buf_puts(b, "</figcaption>\n");
  line_chart(b, k, s, done, nd);
  rp_buf_puts(b, "</figure>\n");
}

/* The relationship-quality versus transactional-pushing map. */
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

static void map_chart(rp_buf *b, const row *const *done, int nd,
                      int baseline_num) {
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
    const row *w = done[i];
    const char *cls = result_class(w);
    rp_buf_puts(b, "<circle class=\"session\" data-rq=\"");
    num(b, w->r->relationship_quality);
    rp_buf_puts(b, "\" data-tp=\"");
    num(b, w->r->transactional_pushing);
    rp_buf_printf(b,
                  "\" data-result=\"%s\" data-session=\"%d\" cx=\"%.1f\" "
                  "cy=\"%.1f\" r=\"6.5\" fill=\"%s\" fill-opacity=\"0.85\" "
                  "stroke=\"#ffffff\" stroke-width=\"1.5\"><title>Session %d, ",
                  cls, w->num, map_x(&g, w->r->transactional_pushing),
                  map_y(&g, w->r->relationship_quality), result_colour(cls),
                  w->num);
    when(b, w->r->started_at, true);
    rp_buf_puts(b, " UTC\n");
    esc(b, w->title);
    rp_buf_puts(b, " (");
    esc(b, w->r->scenario_id);
    rp_buf_puts(b, ")\nResult: ");
    if (w->result != NULL)
      esc(b, w->result);
    else
      rp_buf_puts(b, "no ending");
    rp_buf_printf(b,
                  "\nRelationship quality %.1f, transactional pushing %.1f, "
                  "overall %.1f</title></circle>\n",
                  w->r->relationship_quality, w->r->transactional_pushing,
                  w->r->overall);
  }
  /* rings and labels: the baseline (dashed) and the latest session */
  const row *latest = nd > 0 ? done[nd - 1] : NULL;
  const row *base = NULL;
  for (int i = 0; i < nd; i++)
    if (done[i]->num == baseline_num)
      base = done[i];
  const row *mark[2] = {base, latest};
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

/* ---- the page -------------------------------------------------------- */

static void practise_next(rp_buf *b, const progress_report *p,
                          const curriculum_curriculum *cur,
                          const char *trainee) {
  if (p->weakest < 0)
    return;
  const curriculum_module *m =
      curriculum_module_for_skill(cur, (scn_skill)p->weakest);
  rp_buf_printf(b, "<p class=\"next\"><strong>Practise next: %s.</strong> ",
                p->weakest == PROGRESS_PUSHING ? "pushing less"
                                               : LABEL[p->weakest]);
  const progress_series *s = &p->series[p->weakest];
  rp_buf_printf(b, "It is your weakest skill now (current level %.1f%s). ",
                s->current, s->lower_better ? ", lower is better" : "");
  if (m != NULL) {
    rp_buf_printf(b, "Module %d, ", (int)(m - cur->modules) + 1);
    esc(b, m->title);
    if (m->n_scenarios > 0) {
      rp_buf_puts(b, ": start with <code>rapport play ");
      esc(b, m->scenarios[0]);
      rp_buf_puts(b, " --trainee ");
      esc(b, trainee);
      rp_buf_puts(b, "</code>");
    }
    rp_buf_puts(b, ".");
  }
  rp_buf_puts(b, "</p>\n");
}

static void summary(rp_buf *b, const char *trainee, const trainee_history *h,
                    const progress_report *p,
                    const curriculum_curriculum *cur) {
  rp_buf_puts(b, "<header class=\"card summary\">\n"
                 "<p class=\"kicker\">rapport &middot; progress report</p>\n"
                 "<h1 id=\"trainee-name\">");
  esc(b, trainee);
  rp_buf_puts(b, "</h1>\n");
  if (h->n > 0) {
    rp_buf_puts(b, "<p class=\"range\">Sessions from ");
    when(b, h->v[0].rec.started_at, false);
    rp_buf_puts(b, " to ");
    when(b, h->v[h->n - 1].rec.started_at, false);
    rp_buf_puts(b, " (UTC)</p>\n");
  }
  rp_buf_printf(
      b,
      "<dl class=\"stats\">\n"
      "<div><dt>Sessions</dt><dd id=\"sessions-count\">%d</dd></div>\n"
      "<div><dt>Completed</dt><dd id=\"completed-count\">%d</dd>"
      "</div>\n",
      p->sessions, p->completed);
  rp_buf_puts(b, "<div><dt>Baseline</dt><dd id=\"baseline-date\">");
  if (p->baseline_at != NULL) {
    rp_buf_puts(b, "<time datetime=\"");
    esc(b, p->baseline_at);
    rp_buf_puts(b, "\">");
    when(b, p->baseline_at, false);
    rp_buf_puts(b, "</time>");
  } else {
    rp_buf_puts(b, "none yet<small>rapport baseline</small>");
  }
  rp_buf_puts(b, "</dd></div>\n");
  const progress_series *o = &p->series[PROGRESS_OVERALL];
  if (o->n > 0) {
    rp_buf_printf(b,
                  "<div><dt>Overall now</dt><dd id=\"overall-current\">"
                  "%.1f",
                  o->current);
    if (o->baseline >= 0) {
      double d = o->current - o->baseline;
      rp_buf_printf(b, "<small class=\"%s\">%s%.1f vs baseline</small>",
                    d > 0   ? "good"
                    : d < 0 ? "bad"
                            : "",
                    d > 0   ? "+"
                    : d < 0 ? "&minus;"
                            : "&plusmn;",
                    d < 0 ? -d : d);
    } else {
      rp_buf_puts(b, "<small>of 100</small>");
    }
    rp_buf_puts(b, "</dd></div>\n");
  }
  rp_buf_puts(
      b, "<div><dt>Practise next</dt><dd class=\"word\" id=\"practise-next\"");
  if (p->weakest >= 0)
    rp_buf_printf(b, " data-skill=\"%s\">%s", p->series[p->weakest].name,
                  p->weakest == PROGRESS_PUSHING ? "Pushing less"
                                                 : LABEL[p->weakest]);
  else
    rp_buf_puts(b, ">&mdash;");
  rp_buf_puts(b, "</dd></div>\n</dl>\n");
  practise_next(b, p, cur, trainee);
  if (h->n_damaged > 0) {
    rp_buf_printf(b,
                  "<div class=\"warning\" id=\"damaged\"><strong>"
                  "<span id=\"damaged-count\">%d</span> file%s in the history "
                  "could not be read</strong> and %s left out of this report "
                  "(left as %s):\n<ul>\n",
                  h->n_damaged, h->n_damaged == 1 ? "" : "s",
                  h->n_damaged == 1 ? "is" : "are",
                  h->n_damaged == 1 ? "it is" : "they are");
    for (int i = 0; i < h->n_damaged; i++) {
      rp_buf_puts(b, "<li>");
      esc(b, h->damaged[i]);
      rp_buf_puts(b, "</li>\n");
    }
    rp_buf_puts(b, "</ul></div>\n");
  }
  if (h->n == 0) {
    rp_buf_puts(b, "<div class=\"empty\" id=\"no-sessions\"><p><strong>No "
                   "sessions yet.</strong> ");
    esc(b, trainee);
    rp_buf_puts(b, "&#39;s history has no sessions yet. Start with "
                   "<code>rapport baseline --trainee ");
    esc(b, trainee);
    rp_buf_puts(b, "</code>: a short assessment call that shows which skill "
                   "to work on first. Then play the scenarios of your "
                   "modules and make this report again to see your progress."
                   "</p></div>\n");
  }
  rp_buf_puts(b, "</header>\n");
}

/* One session in a sentence: title, result, overall, style. */
static void call_line(rp_buf *b, const row *w) {
  esc(b, w->title);
  rp_buf_printf(b, " <span class=\"id\">session %d, ", w->num);
  when(b, w->r->started_at, false);
  rp_buf_puts(b, ": ");
  if (w->result != NULL)
    esc(b, w->result);
  else
    rp_buf_puts(b, "no ending");
  rp_buf_printf(b, ", overall %.1f", w->r->overall);
  if (w->style != NULL) {
    rp_buf_puts(b, ", ");
    esc(b, w->style);
  }
  rp_buf_puts(b, "</span>");
}

/* The results of the completed calls: won, stalled, lost, deals, the
 * latest and the best call. */
static void calls_card(rp_buf *b, const row *const *done, int nd) {
  static const char *const cls[4] = {"won", "stalled", "lost", "none"};
  static const char *const name[4] = {"won", "stalled", "lost", "no ending"};
  int count[4] = {0, 0, 0, 0};
  struct {
    const char *currency;
    double sum;
  } money[8];
  int n_money = 0;
  const row *best = NULL;
  for (int i = 0; i < nd; i++) {
    const row *w = done[i];
    for (int c = 0; c < 4; c++)
      count[c] += strcmp(result_class(w), cls[c]) == 0;
    if (best == NULL || w->r->overall >= best->r->overall)
      best = w; /* the latest of the best */
    if (strcmp(result_class(w), "won") != 0 || w->deal <= 0)
      continue;
    const char *cur = w->currency != NULL ? w->currency : "";
    int j = 0;
    while (j < n_money && strcmp(money[j].currency, cur) != 0)
      j++;
    if (j == n_money) {
      if (n_money == 8)
        continue;
      money[n_money].currency = cur;
      money[n_money++].sum = 0;
    }
    money[j].sum += w->deal;
  }
  rp_buf_printf(b,
                "<section class=\"card calls\" id=\"calls\">\n"
                "<h3>Your calls</h3>\n<p class=\"big\"><span "
                "id=\"won-count\">%d</span> won <span class=\"of\">of %d "
                "completed</span></p>\n",
                count[0], nd);
  /* a bar of the results, in proportion */
  rp_buf_puts(b, "<svg id=\"results-bar\" viewBox=\"0 0 300 12\" "
                 "width=\"100%\" preserveAspectRatio=\"none\" "
                 "aria-hidden=\"true\" xmlns=\"http://www.w3.org/2000/svg\">"
                 "<rect width=\"300\" height=\"12\" rx=\"3\" "
                 "fill=\"#e4e7eb\"/>");
  double x = 0;
  for (int c = 0; c < 4; c++) {
    if (count[c] == 0 || nd == 0)
      continue;
    double w = 300.0 * count[c] / nd;
    rp_buf_printf(b,
                  "<rect x=\"%.2f\" width=\"%.2f\" height=\"12\" "
                  "fill=\"%s\"/>",
                  x, w, result_colour(cls[c]));
    x += w;
  }
  rp_buf_puts(b, "</svg>\n<ul class=\"legend\">\n");
  for (int c = 0; c < 4; c++)
    if (count[c] > 0 || c < 3)
      rp_buf_printf(b,
                    "<li><svg viewBox=\"0 0 12 12\" aria-hidden=\"true\" "
                    "xmlns=\"http://www.w3.org/2000/svg\"><circle cx=\"6\" "
                    "cy=\"6\" r=\"5.5\" fill=\"%s\"/></svg>%s "
                    "<strong id=\"result-count-%s\">%d</strong></li>\n",
                    result_colour(cls[c]), name[c], cls[c], count[c]);
  rp_buf_puts(b, "</ul>\n<dl class=\"calls-list\">\n<dt>Deals won</dt><dd "
                 "id=\"deals-won\">");
  if (n_money == 0)
    rp_buf_puts(b, "none yet");
  for (int j = 0; j < n_money; j++) {
    rp_buf money_text = RP_BUF_INIT;
    debrief_money(&money_text, (long long)money[j].sum, money[j].currency);
    if (j > 0)
      rp_buf_puts(b, " + ");
    esc(b, rp_buf_str(&money_text));
    rp_buf_free(&money_text);
  }
  rp_buf_puts(b, "</dd>\n");
  if (nd > 0) {
    rp_buf_puts(b, "<dt>Latest call</dt><dd>");
    call_line(b, done[nd - 1]);
    rp_buf_puts(b, "</dd>\n<dt>Best call</dt><dd>");
    call_line(b, best);
    rp_buf_puts(b, "</dd>\n");
  }
  rp_buf_puts(b, "</dl>\n</section>\n");
}

static void charts(rp_buf *b, const progress_report *p, const row *const *done,
                   int nd) {
  rp_buf_puts(b, "<section id=\"over-time\">\n<h2>Over time</h2>\n");
  if (nd == 0) {
    rp_buf_puts(b, "<p class=\"lede\">No completed sessions yet: the charts "
                   "start with the first call that reaches an ending.</p>\n"
                   "</section>\n");
    return;
  }
  rp_buf_puts(b, "<p class=\"lede\">Each point is a completed session, "
                 "numbered as in the table below; the dashed line is your "
                 "baseline assessment. The big number is your current level: "
                 "recent sessions weigh more (the last five carry about two "
                 "thirds). All scores are 0 to 100.</p>\n<div class=\"charts\">"
                 "\n");
  chart_card(b, PROGRESS_OVERALL, &p->series[PROGRESS_OVERALL], done, nd);
  calls_card(b, done, nd);
  static const int order[PROGRESS_SERIES - 1] = {
      PROGRESS_RELATIONSHIP, PROGRESS_TRANSACTIONAL,   PROGRESS_EMPATHY,
      PROGRESS_LISTENING,    PROGRESS_PROBLEM_SOLVING, PROGRESS_PUSHING};
  for (int i = 0; i < PROGRESS_SERIES - 1; i++)
    chart_card(b, order[i], &p->series[order[i]], done, nd);
  rp_buf_puts(b, "</div>\n</section>\n");
}

static void map_section(rp_buf *b, const row *const *done, int nd,
                        int baseline_num) {
  if (nd == 0)
    return;
  int count[4] = {0, 0, 0, 0};
  static const char *const cls[4] = {"won", "stalled", "lost", "none"};
  static const char *const name[4] = {"won", "stalled", "lost", "no ending"};
  for (int i = 0; i < nd; i++)
    for (int c = 0; c < 4; c++)
      count[c] += strcmp(result_class(done[i]), cls[c]) == 0;
  rp_buf_puts(b, "<section id=\"map-section\">\n<h2>Relationship quality "
                 "versus transactional pushing</h2>\n<p class=\"lede\">Where "
                 "each completed call landed. Aim for the top left: trust "
                 "built by solving the prospect&#39;s problem, without "
                 "pressure.</p>\n<div class=\"card map-card\">\n<figure>\n");
  map_chart(b, done, nd, baseline_num);
  rp_buf_puts(b, "</figure>\n<div>\n<ul class=\"legend\">\n");
  for (int c = 0; c < 4; c++)
    rp_buf_printf(b,
                  "<li><svg viewBox=\"0 0 12 12\" aria-hidden=\"true\" "
                  "xmlns=\"http://www.w3.org/2000/svg\"><circle cx=\"6\" "
                  "cy=\"6\" r=\"5.5\" fill=\"%s\"/></svg>%s "
                  "<span class=\"n\" id=\"map-count-%s\">%d</span></li>\n",
                  result_colour(cls[c]), name[c], cls[c], count[c]);
  rp_buf_printf(b,
                "</ul>\n<dl class=\"quadrants\">\n"
                "<dt>Trusted advisor</dt><dd>Relationship quality %.0f or more "
                "and pushing below %.0f: the calls that win bigger deals, "
                "faster.</dd>\n"
                "<dt>Relationship closer</dt><dd>Builds rapport, then leans "
                "on it to close.</dd>\n"
                "<dt>Transactional pusher</dt><dd>Pressure without the "
                "relationship: pitching and closing before there is a "
                "problem to solve.</dd>\n"
                "<dt>Passive</dt><dd>Neither trust nor pressure: pleasant, "
                "but the call goes nowhere.</dd>\n</dl>\n"
                "<p class=\"note\">The ringed points are your baseline "
                "assessment (dashed ring) and your latest call. On screen, "
                "hover over a point to see its session.</p>\n</div>\n"
                "</div>\n</section>\n",
                SCORE_HIGH, SCORE_HIGH);
}

static void table(rp_buf *b, const row *rows, int n,
                  const curriculum_curriculum *cur) {
  if (n == 0)
    return;
  rp_buf_puts(b, "<section id=\"sessions\">\n<h2>Sessions</h2>\n"
                 "<p class=\"lede\">Every session in the history, oldest "
                 "first. Sessions that stopped before an ending count here "
                 "but not in the charts.</p>\n"
                 "<div class=\"table-wrap\">\n<table id=\"sessions-table\">\n"
                 "<thead><tr><th class=\"n\">#</th><th>Date (UTC)</th>"
                 "<th>Scenario</th><th>Module</th><th>Mode</th>"
                 "<th>Status</th><th>Result</th><th class=\"n\">Deal</th>"
                 "<th class=\"n\">Overall</th><th class=\"n\" "
                 "title=\"relationship quality\">RQ</th><th class=\"n\" "
                 "title=\"transactional pushing (lower is better)\">TP</th>"
                 "</tr></thead>\n<tbody>\n");
  for (int i = 0; i < n; i++) {
    const row *w = &rows[i];
    const rec_record *r = w->r;
    rp_buf_printf(b,
                  "<tr class=\"session\" data-session=\"%d\" "
                  "data-status=\"",
                  w->num);
    esc(b, r->status);
    rp_buf_printf(b, "\"><td class=\"n\">%d</td><td>", w->num);
    when(b, r->started_at, false);
    if (r->started_at != NULL && strlen(r->started_at) >= 16 &&
        r->started_at[10] == 'T') {
      rp_buf_puts(b, "<span class=\"id\">");
      esc_n(b, r->started_at + 11, 5); /* HH:MM */
      rp_buf_puts(b, "</span>");
    }
    rp_buf_puts(b, "</td><td class=\"wrap\">");
    esc(b, w->title);
    if (w->title != r->scenario_id) {
      rp_buf_puts(b, "<span class=\"id\">");
      esc(b, r->scenario_id);
      rp_buf_puts(b, "</span>");
    }
    rp_buf_puts(b, "</td><td class=\"wrap\">");
    const curriculum_module *m =
        r->scenario_module ? curriculum_module_find(cur, r->scenario_module)
                           : NULL;
    if (m != NULL)
      esc(b, m->title);
    else if (r->scenario_module != NULL)
      esc(b, r->scenario_module);
    else
      rp_buf_puts(b, "&mdash;");
    rp_buf_puts(b, "</td><td>");
    esc(b, r->mode);
    if (w->baseline)
      rp_buf_puts(b, "<br><span class=\"badge r-none\">baseline</span>");
    rp_buf_puts(b, "</td><td>");
    esc(b, r->status);
    rp_buf_puts(b, "</td><td>");
    if (w->result != NULL || w->ending != NULL) {
      const char *c = result_class(w);
      rp_buf_printf(b, "<span class=\"badge r-%s\">", c);
      esc(b, w->result != NULL ? w->result : w->ending);
      rp_buf_puts(b, "</span>");
      if (w->ending != NULL && w->result != NULL &&
          strcmp(w->ending, w->result) != 0) {
        rp_buf_puts(b, "<span class=\"id\">");
        esc(b, w->ending);
        rp_buf_puts(b, "</span>");
      }
    } else {
      rp_buf_puts(b, "<span class=\"r-none\">no ending</span>");
    }
    rp_buf_puts(b, "</td><td class=\"n\">");
    if (w->deal > 0) {
      rp_buf money = RP_BUF_INIT;
      debrief_money(&money, (long long)w->deal,
                    w->currency != NULL ? w->currency : "");
      esc(b, rp_buf_str(&money));
      rp_buf_free(&money);
    } else {
      rp_buf_puts(b, "&mdash;");
    }
    rp_buf_printf(b,
                  "</td><td class=\"n\">%.1f</td><td class=\"n\">%.1f</td>"
                  "<td class=\"n\">%.1f</td></tr>\n",
                  r->overall, r->relationship_quality,
                  r->transactional_pushing);
  }
  rp_buf_puts(b, "</tbody>\n</table>\n</div>\n</section>\n");
}

/* The whole page, or NULL when out of memory. */
static char *page(const char *trainee, const trainee_history *h,
                  const progress_report *p, const curriculum_curriculum *cur) {
  rp_buf b = RP_BUF_INIT;
  row *rows = calloc((size_t)(h->n > 0 ? h->n : 1), sizeof *rows);
  const row **done = calloc((size_t)(h->n > 0 ? h->n : 1), sizeof *done);
  if (rows == NULL || done == NULL) {
    free(rows);
    free(done);
    return NULL;
  }
  int nd = 0, baseline_num = 0;
  for (int i = 0; i < h->n; i++) {
    fill_row(&rows[i], i + 1, &h->v[i].rec);
    if (rows[i].done) {
      done[nd++] = &rows[i];
      if (strcmp(rows[i].r->mode, "assessment") == 0)
        baseline_num = i + 1; /* the latest completed assessment (prog.c) */
    }
  }
  if (baseline_num > 0)
    rows[baseline_num - 1].baseline = true;

  rp_buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                  "<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, "
                  "initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"rapport " RP_VERSION
                  "\">\n<title>Progress report: ");
  esc(&b, trainee);
  rp_buf_puts(&b, " &middot; rapport</title>\n<style>\n");
  rp_buf_puts(&b, CSS);
  rp_buf_puts(&b, "</style>\n</head>\n<body>\n<main>\n");
  summary(&b, trainee, h, p, cur);
  if (h->n > 0) {
    charts(&b, p, done, nd);
    map_section(&b, done, nd, baseline_num);
    table(&b, rows, h->n, cur);
  }
  rp_buf_puts(&b, "<footer><p>Made by rapport " RP_VERSION " from ");
  rp_buf_printf(&b, "%d session record%s", h->n, h->n == 1 ? "" : "s");
  rp_buf_puts(&b, ". Overall = (3 &times; relationship quality + (100 "
                  "&minus; transactional pushing)) / 4. Practise: "
                  "<code>rapport</code>; progress in the terminal: "
                  "<code>rapport progress</code>.</p></footer>\n"
                  "</main>\n</body>\n</html>\n");
  free(rows);
  free(done);
  if (rp_buf_failed(&b)) {
    rp_buf_free(&b);
    return NULL;
  }
  return rp_buf_take(&b);
}

int cli_report(int argc, char **argv) {
  const char *trainee = NULL, *data_dir = NULL, *html = NULL;
  for (int i = 1; i < argc; i++) {
    bool bad = false;
    const char *v;
    if (cli_opt(argc, argv, &i, "--html", &v, &bad))
      html = v;
    else if (cli_opt(argc, argv, &i, "--trainee", &v, &bad))
      trainee = v;
    else if (cli_opt(argc, argv, &i, "--data-dir", &v, &bad))
      data_dir = v;
    else
      return cli_usage("report", "unexpected argument '%s'", argv[i]);
    if (bad)
      return cli_usage("report", "option '%s' needs a value", argv[i]);
  }
  if (html == NULL)
    return cli_usage("report", "give the file to write with --html FILE");
  if (html[0] == '\0')
    return cli_usage("report", "--html needs a file name");
  if (trainee == NULL)
    trainee = cli_default_trainee();
  if (!trainee_valid_name(trainee))
    return cli_usage("report", "'%s' is not a valid trainee name", trainee);
  trainee_history h;
  progress_report p;
  curriculum_curriculum cur;
  rp_error err;
  if (!cli_load_progress(trainee, data_dir, &h, &p, &cur))
    return CLI_FAIL;
  char *text = page(trainee, &h, &p, &cur);
  int rc = CLI_OK;
  if (text == NULL) {
    cli_error("out of memory");
    rc = CLI_FAIL;
  } else if (rp_fs_write_atomic(html, text, strlen(text), &err) != RP_OK) {
    cli_error("cannot write the report: %s", err.msg);
    rc = CLI_FAIL;
  } else {
    if (h.n == 0)
      fprintf(stderr,
              "Wrote %s (no sessions in %s's history yet: start with "
              "`rapport baseline`).\n",
              html, trainee);
    else
      fprintf(stderr, "Wrote %s (%d session%s, %d completed).\n", html, h.n,
              h.n == 1 ? "" : "s", p.completed);
    if (h.n_damaged > 0)
      rc =
          CLI_FAIL; /* as `rapport progress`: the page says what was left out */
  }
  free(text);
  curriculum_free(&cur);
  progress_free(&p);
  trainee_history_free(&h);
  return rc;
}
