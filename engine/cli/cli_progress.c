/*
 * cli_progress.c -- `rapport progress`: a trainee's skills over time.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "academy/progress.h"
#include "cli.h"
#include "cli_term.h"
#include "cli_trainee.h"
#include "io/catalog.h"
#include "util/rp_buf.h"
#include "util/rp_json_build.h"

static const char *const LABEL[PROGRESS_SERIES] = {"Empathy",
                                                   "Listening",
                                                   "Problem-solving",
                                                   "Pushing",
                                                   "Relationship quality",
                                                   "Transactional pushing",
                                                   "Overall"};

static void row(rp_buf *b, const term_style *st, const progress_series *s,
                const char *label) {
  rp_buf_printf(b, "  %-26s", label);
  if (s->n == 0) {
    rp_buf_puts(b, "not measured yet\n");
    return;
  }
  if (s->baseline >= 0)
    rp_buf_printf(b, "%8.1f", s->baseline);
  else
    rp_buf_printf(b, "%8s", "-");
  rp_buf_printf(b, "%8.1f%8.1f%9.1f  ", s->latest, s->best, s->current);
  progress_sparkline(b, s->spark, s->n_spark, st->unicode);
  if (s->baseline >= 0) {
    double d = s->current - s->baseline;
    bool better = s->lower_better ? d < 0 : d > 0;
    rp_buf_printf(b, "  %s%+.1f vs baseline%s",
                  d == 0   ? ""
                  : better ? term_green(st)
                           : term_red(st),
                  d, term_reset(st));
  }
  rp_buf_puts(b, "\n");
}

static void human(const char *trainee, const progress_report *p,
                  const curriculum_curriculum *cur) {
  term_style st = cli_term_style(stdout);
  rp_buf b = RP_BUF_INIT;
  rp_buf_printf(&b, "%sProgress of %s%s: %d session%s (%d completed)",
                term_bold(&st), trainee, term_reset(&st), p->sessions,
                p->sessions == 1 ? "" : "s", p->completed);
  if (p->baseline_at != NULL)
    rp_buf_printf(&b, ", baseline taken %s", p->baseline_at);
  else
    rp_buf_puts(&b, ", no baseline yet (rapport baseline)");
  rp_buf_printf(&b, "\n\n  %s%-26s%8s%8s%8s%9s  %s%s\n", term_dim(&st), "",
                "baseline", "latest", "best", "current", "trend (oldest first)",
                term_reset(&st));
  for (int k = 0; k < PROGRESS_SERIES; k++) {
    if (k == PROGRESS_RELATIONSHIP)
      rp_buf_puts(&b, "\n");
    char label[64];
    snprintf(label, sizeof label, "%s%s", LABEL[k],
             k == PROGRESS_PUSHING ? " (lower is better)" : "");
    row(&b, &st, &p->series[k],
        k == PROGRESS_PUSHING || k == PROGRESS_TRANSACTIONAL ? label
                                                             : LABEL[k]);
  }
  if (p->n_modules > 0) {
    rp_buf_printf(&b, "\n%sSessions per module%s\n", term_bold(&st),
                  term_reset(&st));
    for (int i = 0; i < p->n_modules; i++) {
      const curriculum_module *m =
          curriculum_module_find(cur, p->modules[i].module);
      rp_buf_printf(&b, "  %-34s %3d (%d completed)\n",
                    m ? m->title : p->modules[i].module, p->modules[i].sessions,
                    p->modules[i].completed);
    }
  }
  if (p->weakest >= 0) {
    const curriculum_module *m =
        curriculum_module_for_skill(cur, (scn_skill)p->weakest);
    rp_buf_printf(
        &b, "\n%sPractise next:%s %s", term_bold(&st), term_reset(&st),
        p->weakest == PROGRESS_PUSHING ? "pushing less" : LABEL[p->weakest]);
    if (m != NULL && m->n_scenarios > 0)
      rp_buf_printf(&b, " (Module %d, %s: rapport play %s)",
                    (int)(m - cur->modules) + 1, m->title, m->scenarios[0]);
    rp_buf_puts(&b, "\n");
  }
  cli_puts(stdout, rp_buf_str(&b));
  rp_buf_free(&b);
}

/* Built through rp_json_build: a field that cannot be added fails the
 * whole output (out of memory, exit 1), never prints without it. */
static cJSON *json(rp_json_build *b, const char *trainee,
                   const progress_report *p, const curriculum_curriculum *cur) {
  cJSON *o = rp_json_build_root_object(b);
  rp_json_build_string(b, o, "trainee", trainee);
  rp_json_build_number(b, o, "sessions", p->sessions);
  rp_json_build_number(b, o, "completed", p->completed);
  rp_json_build_number(b, o, "assessments", p->assessments);
  rp_json_build_string(b, o, "baseline_at", p->baseline_at); /* NULL: null */
  cJSON *ss = rp_json_build_object(b, o, "skills");
  for (int k = 0; k < PROGRESS_SERIES; k++) {
    const progress_series *s = &p->series[k];
    cJSON *x = rp_json_build_object(b, ss, s->name);
    rp_json_build_number(b, x, "sessions", s->n);
    rp_json_build_bool(b, x, "lower_is_better", s->lower_better);
    if (s->baseline >= 0)
      rp_json_build_number(b, x, "baseline", s->baseline);
    else
      rp_json_build_null(b, x, "baseline");
    if (s->n > 0) {
      rp_json_build_number(b, x, "latest", s->latest);
      rp_json_build_number(b, x, "best", s->best);
      rp_json_build_number(b, x, "current", s->current);
    }
    rp_json_build_item(b, x, "trend",
                       cJSON_CreateDoubleArray(s->spark, s->n_spark));
  }
  cJSON *ms = rp_json_build_object(b, o, "modules");
  for (int i = 0; i < p->n_modules; i++) {
    cJSON *x = rp_json_build_object(b, ms, p->modules[i].module);
    rp_json_build_number(b, x, "sessions", p->modules[i].sessions);
    rp_json_build_number(b, x, "completed", p->modules[i].completed);
  }
  if (p->weakest >= 0) {
    cJSON *x = rp_json_build_object(b, o, "practise_next");
    rp_json_build_string(b, x, "skill", p->series[p->weakest].name);
    const curriculum_module *m =
        curriculum_module_for_skill(cur, (scn_skill)p->weakest);
    if (m != NULL) {
      rp_json_build_string(b, x, "module", m->id);
      if (m->n_scenarios > 0)
        rp_json_build_string(b, x, "scenario", m->scenarios[0]);
    }
  }
  return o;
}

bool cli_load_progress(const char *trainee, const char *data_dir,
                       trainee_history *h, progress_report *p,
                       curriculum_curriculum *cur) {
  rp_error err;
  if (history_load(data_dir, trainee, h, &err) != RP_OK) {
    cli_error("%s", err.msg);
    return false;
  }
  for (int i = 0; i < h->n_damaged; i++)
    cli_error("skipped a damaged file in the history (left as it is): %s",
              h->damaged[i]);
  if (!progress_compute(h, p)) {
    trainee_history_free(h);
    cli_error("out of memory");
    return false;
  }
  if (catalog_curriculum(cur, &err) != RP_OK)
    memset(cur, 0, sizeof *cur); /* modules unnamed, progress shown */
  return true;
}

typedef struct progress_args {
  const char *trainee, *data_dir;
  bool json;
} progress_args;

const cli_option cli_progress_options[] = {
    CLI_STRING(0, "trainee", progress_args, trainee, "NAME", 0,
               "whose progress (default: $RAPPORT_TRAINEE, else the login "
               "name)"),
    CLI_FLAG(0, "json", progress_args, json, 0,
             "print the progress as JSON, for machines"),
    CLI_STRING(0, "data-dir", progress_args, data_dir, "DIR", 0,
               "where trainees' histories are kept (default: "
               "$XDG_DATA_HOME/rapport)"),
    CLI_END};

int cli_progress(int argc, char **argv) {
  progress_args opt = {NULL, NULL, false};
  int n;
  if (cli_parse("progress", argc, argv, &opt, &n) != CLI_OK)
    return CLI_USAGE;
  if (n > 0)
    return cli_usage("progress", "unexpected argument '%s'", argv[0]);
  const char *trainee = opt.trainee, *data_dir = opt.data_dir;
  bool as_json = opt.json;
  if (trainee == NULL)
    trainee = cli_default_trainee();
  if (!trainee_valid_name(trainee))
    return cli_usage("progress", "'%s' is not a valid trainee name", trainee);
  trainee_history h;
  progress_report p;
  curriculum_curriculum cur;
  if (!cli_load_progress(trainee, data_dir, &h, &p, &cur))
    return CLI_FAIL;
  bool whole = true;
  if (as_json) {
    rp_json_build b = RP_JSON_BUILD_INIT;
    cJSON *o = json(&b, trainee, &p, &cur);
    char *text = rp_json_build_print(&b, o);
    cJSON_Delete(o);
    if (text != NULL) {
      cli_put_json(stdout, text);
      cli_puts(stdout, "\n");
    } else { /* it printed nothing and said nothing, and exited 0 */
      cli_error("out of memory building the JSON progress");
    }
    whole = text != NULL;
    cJSON_free(text);
  } else if (p.sessions == 0) {
    cli_printf(
        stdout,
        "No sessions in %s's history yet: start with `rapport baseline`.\n",
        trainee);
  } else {
    human(trainee, &p, &cur);
  }
  int rc = h.n_damaged > 0 || !whole ? CLI_FAIL : CLI_OK;
  curriculum_free(&cur);
  progress_free(&p);
  trainee_history_free(&h);
  return rc;
}
