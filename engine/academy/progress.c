/* progress.c -- progress over a trainee's history.  See progress.h. */
#include "academy/progress.h"

#include <stdlib.h>
#include <string.h>

static const char *const NAMES[PROGRESS_SERIES] = {"empathy",
                                                   "listening",
                                                   "problem_solving",
                                                   "pushing",
                                                   "relationship_quality",
                                                   "transactional_pushing",
                                                   "overall"};

double progress_value(const rec_record *r, int k) {
  switch (k) {
  case PROGRESS_RELATIONSHIP: return r->relationship_quality;
  case PROGRESS_TRANSACTIONAL: return r->transactional_pushing;
  case PROGRESS_OVERALL: return r->overall;
  default: return r->skills[k];
  }
}

static bool count_module(progress_report *p, const char *module, bool done) {
  for (int i = 0; i < p->n_modules; i++)
    if (strcmp(p->modules[i].module, module) == 0) {
      p->modules[i].sessions++;
      p->modules[i].completed += done;
      return true;
    }
  progress_module_count *m =
      realloc(p->modules, (size_t)(p->n_modules + 1) * sizeof *m);
  if (m == NULL)
    return false;
  p->modules = m;
  m[p->n_modules] = (progress_module_count){strdup(module), 1, done};
  if (m[p->n_modules].module == NULL)
    return false;
  p->n_modules++;
  return true;
}

bool progress_compute(const trainee_history *h, progress_report *p) {
  memset(p, 0, sizeof *p);
  p->weakest = -1;
  for (int k = 0; k < PROGRESS_SERIES; k++) {
    p->series[k].name = NAMES[k];
    p->series[k].lower_better =
        k == PROGRESS_PUSHING || k == PROGRESS_TRANSACTIONAL;
    p->series[k].baseline = -1;
  }
  /* The baseline is the latest completed assessment. */
  int base = -1;
  for (int i = 0; i < h->n; i++) {
    const rec_record *r = &h->v[i].rec;
    bool done = strcmp(r->status, "completed") == 0;
    p->sessions++;
    if (!count_module(p, r->scenario_module ? r->scenario_module : "(none)",
                      done))
      return false;
    if (!done)
      continue;
    p->completed++;
    if (strcmp(r->mode, "assessment") == 0) {
      p->assessments++;
      base = i;
    }
  }
  if (base >= 0) {
    p->baseline_at = strdup(h->v[base].rec.started_at);
    for (int k = 0; k < PROGRESS_SERIES; k++)
      p->series[k].baseline = progress_value(&h->v[base].rec, k);
  }
  for (int k = 0; k < PROGRESS_SERIES; k++) {
    progress_series *s = &p->series[k];
    double wsum = 0, vsum = 0;
    /* newest first, so the weights are simple powers */
    double w = 1;
    for (int i = h->n - 1; i >= 0; i--) {
      const rec_record *r = &h->v[i].rec;
      double v = progress_value(r, k);
      if (strcmp(r->status, "completed") != 0 || v < 0)
        continue;
      if (s->n == 0)
        s->latest = s->best = v;
      else if (s->lower_better ? v < s->best : v > s->best)
        s->best = v;
      s->n++;
      vsum += w * v;
      wsum += w;
      w *= PROGRESS_DECAY;
      if (s->n_spark < PROGRESS_SPARK)
        s->spark[s->n_spark++] = v;
    }
    s->current = wsum > 0 ? vsum / wsum : 0;
    for (int a = 0, b = s->n_spark - 1; a < b; a++, b--) { /* oldest first */
      double t = s->spark[a];
      s->spark[a] = s->spark[b];
      s->spark[b] = t;
    }
  }
  /* What to practise next: the largest shortfall in the current levels. */
  double gap = -1;
  for (int k = PROGRESS_EMPATHY; k <= PROGRESS_PUSHING; k++) {
    const progress_series *s = &p->series[k];
    if (s->n == 0)
      continue;
    double g = s->lower_better ? s->current : 100 - s->current;
    if (g > gap) {
      gap = g;
      p->weakest = k;
    }
  }
  return true;
}

void progress_free(progress_report *p) {
  for (int i = 0; i < p->n_modules; i++)
    free(p->modules[i].module);
  free(p->modules);
  free(p->baseline_at);
  memset(p, 0, sizeof *p);
}

void progress_sparkline(rp_buf *b, const double *v, int n, bool unicode) {
  static const char *const blocks[8] = {
      "\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
      "\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88"};
  static const char ascii[] = "_.-:=+*#";
  for (int i = 0; i < n; i++) {
    double x = v[i] < 0 ? 0 : v[i] > 100 ? 100 : v[i];
    int level = (int)(x / 100.0 * 7.0 + 0.5);
    if (unicode)
      rp_buf_puts(b, blocks[level]);
    else
      rp_buf_add(b, &ascii[level], 1);
  }
}
