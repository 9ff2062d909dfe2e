/*
 * cli_report.c -- `rapport report --html FILE`: a trainee's progress as one
 * self-contained HTML page.  This file writes the page; what it shows is
 * report_data.c's, its charts report_svg.c's, its style report.css (embedded
 * at build time, report_css.h).
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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "academy/progress.h"
#include "cli.h"
#include "cli_term.h"
#include "cli_trainee.h"
#include "core/debrief.h"
#include "core/score.h"
#include "io/catalog.h"
#include "io/rp_fs.h"
#include "report_css.h"
#include "report_data.h"
#include "report_svg.h"
#include "report_text.h"
#include "util/rp_buf.h"
#include "util/rp_version.h"

/* What each series measures, under its chart's name (HTML). */
static const char *const ABOUT[PROGRESS_SERIES] = {
    "Acknowledging the prospect&#39;s feelings and situation.",
    "Open questions, playing back what you heard, letting them talk.",
    "Finding the real problem, its cost and what would solve it.",
    "Pitching, pressing and closing before the prospect is ready.",
    "Empathy, listening and problem-solving together, capped when no problem "
    "was solved.",
    "How hard you pushed: the pushing score of the call.",
    "(3 &times; relationship quality + (100 &minus; pushing)) / 4."};

/* ---- the page -------------------------------------------------------- */

/* The card around one line chart: name, current level, change. */
static void chart_card(rp_buf *b, int k, const progress_series *s,
                       const report_row *const *done, const double *vals,
                       int nd) {
  rp_buf_printf(b, "<figure class=\"card chart\" id=\"card-%s\">\n",
                REPORT_SLUG[k]);
  rp_buf_printf(b, "<figcaption><h3>%s</h3>", REPORT_LABEL[k]);
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
  report_svg_line(b, k, s, done, vals, nd);
  rp_buf_puts(b, "</figure>\n");
}

static void practise_next(rp_buf *b, const progress_report *p,
                          const curriculum_curriculum *cur,
                          const char *trainee) {
  if (p->weakest < 0)
    return;
  const curriculum_module *m =
      curriculum_module_for_skill(cur, (scn_skill)p->weakest);
  rp_buf_printf(b, "<p class=\"next\"><strong>Practise next: %s.</strong> ",
                p->weakest == PROGRESS_PUSHING ? "pushing less"
                                               : REPORT_LABEL[p->weakest]);
  const progress_series *s = &p->series[p->weakest];
  rp_buf_printf(b, "It is your weakest skill now (current level %.1f%s). ",
                s->current, s->lower_better ? ", lower is better" : "");
  if (m != NULL) {
    rp_buf_printf(b, "Module %d, ", (int)(m - cur->modules) + 1);
    report_esc(b, m->title);
    if (m->n_scenarios > 0) {
      rp_buf_puts(b, ": start with <code>rapport play ");
      report_esc(b, m->scenarios[0]);
      rp_buf_puts(b, " --trainee ");
      report_esc(b, trainee);
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
  report_esc(b, trainee);
  rp_buf_puts(b, "</h1>\n");
  if (h->n > 0) {
    rp_buf_puts(b, "<p class=\"range\">Sessions from ");
    report_when(b, h->v[0].rec.started_at, false);
    rp_buf_puts(b, " to ");
    report_when(b, h->v[h->n - 1].rec.started_at, false);
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
    report_esc(b, p->baseline_at);
    rp_buf_puts(b, "\">");
    report_when(b, p->baseline_at, false);
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
                                                 : REPORT_LABEL[p->weakest]);
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
      report_esc(b, h->damaged[i]);
      rp_buf_puts(b, "</li>\n");
    }
    rp_buf_puts(b, "</ul></div>\n");
  }
  if (h->n == 0) {
    rp_buf_puts(b, "<div class=\"empty\" id=\"no-sessions\"><p><strong>No "
                   "sessions yet.</strong> ");
    report_esc(b, trainee);
    rp_buf_puts(b, "&#39;s history has no sessions yet. Start with "
                   "<code>rapport baseline --trainee ");
    report_esc(b, trainee);
    rp_buf_puts(b, "</code>: a short assessment call that shows which skill "
                   "to work on first. Then play the scenarios of your "
                   "modules and make this report again to see your progress."
                   "</p></div>\n");
  }
  rp_buf_puts(b, "</header>\n");
}

/* One session in a sentence: title, result, overall, style. */
static void call_line(rp_buf *b, const report_row *w) {
  report_esc(b, w->title);
  rp_buf_printf(b, " <span class=\"id\">session %d, ", w->num);
  report_when(b, w->r->started_at, false);
  rp_buf_puts(b, ": ");
  if (w->result != NULL)
    report_esc(b, w->result);
  else
    rp_buf_puts(b, "no ending");
  rp_buf_printf(b, ", overall %.1f", w->r->overall);
  if (w->style != NULL) {
    rp_buf_puts(b, ", ");
    report_esc(b, w->style);
  }
  rp_buf_puts(b, "</span>");
}

/* The results of the completed calls: won, stalled, lost, deals, the
 * latest and the best call. */
static void calls_card(rp_buf *b, const report_data *d) {
  rp_buf_printf(b,
                "<section class=\"card calls\" id=\"calls\">\n"
                "<h3>Your calls</h3>\n<p class=\"big\"><span "
                "id=\"won-count\">%d</span> won <span class=\"of\">of %d "
                "completed</span></p>\n",
                d->count[REPORT_WON], d->nd);
  report_svg_results_bar(b, d);
  rp_buf_puts(b, "\n<ul class=\"legend\">\n");
  for (int c = 0; c < REPORT_RESULTS; c++)
    if (d->count[c] > 0 || c < REPORT_NONE) {
      rp_buf_puts(b, "<li>");
      report_svg_dot(b, c);
      rp_buf_printf(b, "%s <strong id=\"result-count-%s\">%d</strong></li>\n",
                    REPORT_RESULT_NAME[c], REPORT_RESULT_CLASS[c], d->count[c]);
    }
  rp_buf_puts(b, "</ul>\n<dl class=\"calls-list\">\n<dt>Deals won</dt><dd "
                 "id=\"deals-won\">");
  if (d->n_money == 0)
    rp_buf_puts(b, "none yet");
  for (int j = 0; j < d->n_money; j++) {
    rp_buf money_text = RP_BUF_INIT;
    debrief_money(&money_text, (long long)d->money[j].sum,
                  d->money[j].currency);
    if (j > 0)
      rp_buf_puts(b, " + ");
    report_esc(b, rp_buf_str(&money_text));
    rp_buf_free(&money_text);
  }
  rp_buf_puts(b, "</dd>\n");
  if (d->nd > 0) {
    rp_buf_puts(b, "<dt>Latest call</dt><dd>");
    call_line(b, d->done[d->nd - 1]);
    rp_buf_puts(b, "</dd>\n<dt>Best call</dt><dd>");
    call_line(b, d->best);
    rp_buf_puts(b, "</dd>\n");
  }
  rp_buf_puts(b, "</dl>\n</section>\n");
}

static void charts(rp_buf *b, const progress_report *p, const report_data *d,
                   const double *vals) {
  rp_buf_puts(b, "<section id=\"over-time\">\n<h2>Over time</h2>\n");
  if (d->nd == 0) {
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
  chart_card(b, PROGRESS_OVERALL, &p->series[PROGRESS_OVERALL], d->done,
             vals + PROGRESS_OVERALL * d->nd, d->nd);
  calls_card(b, d);
  static const int order[PROGRESS_SERIES - 1] = {
      PROGRESS_RELATIONSHIP, PROGRESS_TRANSACTIONAL,   PROGRESS_EMPATHY,
      PROGRESS_LISTENING,    PROGRESS_PROBLEM_SOLVING, PROGRESS_PUSHING};
  for (int i = 0; i < PROGRESS_SERIES - 1; i++)
    chart_card(b, order[i], &p->series[order[i]], d->done,
               vals + order[i] * d->nd, d->nd);
  rp_buf_puts(b, "</div>\n</section>\n");
}

static void map_section(rp_buf *b, const report_data *d) {
  if (d->nd == 0)
    return;
  rp_buf_puts(b, "<section id=\"map-section\">\n<h2>Relationship quality "
                 "versus transactional pushing</h2>\n<p class=\"lede\">Where "
                 "each completed call landed. Aim for the top left: trust "
                 "built by solving the prospect&#39;s problem, without "
                 "pressure.</p>\n<div class=\"card map-card\">\n<figure>\n");
  report_svg_map(b, d);
  rp_buf_puts(b, "</figure>\n<div>\n<ul class=\"legend\">\n");
  for (int c = 0; c < REPORT_RESULTS; c++) {
    rp_buf_puts(b, "<li>");
    report_svg_dot(b, c);
    rp_buf_printf(b,
                  "%s <span class=\"n\" id=\"map-count-%s\">%d</span></li>\n",
                  REPORT_RESULT_NAME[c], REPORT_RESULT_CLASS[c], d->count[c]);
  }
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

static void table(rp_buf *b, const report_data *d,
                  const curriculum_curriculum *cur) {
  if (d->n == 0)
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
  for (int i = 0; i < d->n; i++) {
    const report_row *w = &d->rows[i];
    const rec_record *r = w->r;
    rp_buf_printf(b,
                  "<tr class=\"session\" data-session=\"%d\" "
                  "data-status=\"",
                  w->num);
    report_esc(b, r->status);
    rp_buf_printf(b, "\"><td class=\"n\">%d</td><td>", w->num);
    report_when(b, r->started_at, false);
    if (r->started_at != NULL && strlen(r->started_at) >= 16 &&
        r->started_at[10] == 'T') {
      rp_buf_puts(b, "<span class=\"id\">");
      report_esc_n(b, r->started_at + 11, 5); /* HH:MM */
      rp_buf_puts(b, "</span>");
    }
    rp_buf_puts(b, "</td><td class=\"wrap\">");
    report_esc(b, w->title);
    if (w->title != r->scenario_id) {
      rp_buf_puts(b, "<span class=\"id\">");
      report_esc(b, r->scenario_id);
      rp_buf_puts(b, "</span>");
    }
    rp_buf_puts(b, "</td><td class=\"wrap\">");
    const curriculum_module *m =
        r->scenario_module ? curriculum_module_find(cur, r->scenario_module)
                           : NULL;
    if (m != NULL)
      report_esc(b, m->title);
    else if (r->scenario_module != NULL)
      report_esc(b, r->scenario_module);
    else
      rp_buf_puts(b, "&mdash;");
    rp_buf_puts(b, "</td><td>");
    report_esc(b, r->mode);
    if (w->baseline)
      rp_buf_puts(b, "<br><span class=\"badge r-none\">baseline</span>");
    rp_buf_puts(b, "</td><td>");
    report_esc(b, r->status);
    rp_buf_puts(b, "</td><td>");
    if (w->result != NULL || w->ending != NULL) {
      const char *c = REPORT_RESULT_CLASS[w->kind];
      rp_buf_printf(b, "<span class=\"badge r-%s\">", c);
      report_esc(b, w->result != NULL ? w->result : w->ending);
      rp_buf_puts(b, "</span>");
      if (w->ending != NULL && w->result != NULL &&
          strcmp(w->ending, w->result) != 0) {
        rp_buf_puts(b, "<span class=\"id\">");
        report_esc(b, w->ending);
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
      report_esc(b, rp_buf_str(&money));
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
/* Each series' value in each completed session, read from the records as
 * progress reads them: vals[k * d->nd + i] for series k in d->done[i].
 * The caller frees it; NULL when out of memory. */
static double *series_values(const report_data *d) {
  double *vals = calloc(
      (size_t)PROGRESS_SERIES * (size_t)(d->nd > 0 ? d->nd : 1), sizeof *vals);
  for (int k = 0; vals != NULL && k < PROGRESS_SERIES; k++)
    for (int i = 0; i < d->nd; i++)
      vals[k * d->nd + i] = progress_value(d->done[i]->r, k);
  return vals;
}

/* The whole page (the caller frees it), or NULL when out of memory. */
static char *page(const char *trainee, const trainee_history *h,
                  const progress_report *p, const curriculum_curriculum *cur) {
  report_data d;
  rp_error err;
  if (report_data_build(h, &d, &err) != RP_OK)
    return NULL;
  double *vals = series_values(&d);
  if (vals == NULL) {
    report_data_free(&d);
    return NULL;
  }
  rp_buf b = RP_BUF_INIT;
  rp_buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                  "<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, "
                  "initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"rapport " RP_VERSION
                  "\">\n<title>Progress report: ");
  report_esc(&b, trainee);
  rp_buf_puts(&b, " &middot; rapport</title>\n<style>\n");
  rp_buf_add(&b, report_css, report_css_len);
  rp_buf_puts(&b, "</style>\n</head>\n<body>\n<main>\n");
  summary(&b, trainee, h, p, cur);
  if (h->n > 0) {
    charts(&b, p, &d, vals);
    map_section(&b, &d);
    table(&b, &d, cur);
  }
  rp_buf_puts(&b, "<footer><p>Made by rapport " RP_VERSION " from ");
  rp_buf_printf(&b, "%d session record%s", h->n, h->n == 1 ? "" : "s");
  rp_buf_puts(&b, ". Overall = (3 &times; relationship quality + (100 "
                  "&minus; transactional pushing)) / 4. Practise: "
                  "<code>rapport</code>; progress in the terminal: "
                  "<code>rapport progress</code>.</p></footer>\n"
                  "</main>\n</body>\n</html>\n");
  free(vals);
  report_data_free(&d);
  if (rp_buf_failed(&b)) {
    rp_buf_free(&b);
    return NULL;
  }
  return rp_buf_take(&b);
}

typedef struct report_args {
  const char *html, *trainee, *data_dir;
} report_args;

const cli_option cli_report_options[] = {
    CLI_STRING(0, "html", report_args, html, "FILE", CLI_REQUIRED,
               "the file to write the page to (replaced if it exists)"),
    CLI_STRING(0, "trainee", report_args, trainee, "NAME", 0,
               "whose progress (default: $RAPPORT_TRAINEE, else the login "
               "name)"),
    CLI_STRING(0, "data-dir", report_args, data_dir, "DIR", 0,
               "where trainees' histories are kept (default: "
               "$XDG_DATA_HOME/rapport)"),
    CLI_END};

int cli_report(int argc, char **argv) {
  report_args opt = {NULL, NULL, NULL};
  int n;
  if (cli_parse("report", argc, argv, &opt, &n) != CLI_OK)
    return CLI_USAGE;
  if (n > 0)
    return cli_usage("report", "unexpected argument '%s'", argv[0]);
  const char *trainee = opt.trainee, *data_dir = opt.data_dir, *html = opt.html;
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
      cli_printf(stderr,
                 "Wrote %s (no sessions in %s's history yet: start with "
                 "`rapport baseline`).\n",
                 html, trainee);
    else
      cli_printf(stderr, "Wrote %s (%d session%s, %d completed).\n", html, h.n,
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
