/*
 * cli_check.c -- `rapport check`: load, explore and analyse scenarios, and
 * print what was found for a person (or as JSON for CI).
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "author/check.h"
#include "cli.h"
#include "cli_cues.h"
#include "cli_term.h"
#include "core/debrief.h"
#include "core/rec.h"
#include "io/catalog.h"
#include "io/scn_file.h"
#include "util/rp_buf.h"
#include "util/rp_json_build.h"

typedef struct check_args {
  bool json, strict;
  long long max_states; /* 0: check_run's default */
  long long random;     /* playthroughs, 0 for none */
  long long seed;
  double suggest; /* percent of random players to pass, or < 0 */
  bool no_cues;
  double pass_mark; /* a wording-only player must stay below it */
} check_args;

const cli_option cli_check_options[] = {
    CLI_FLAG(0, "json", check_args, json, 0,
             "machine-readable report (one object per scenario)"),
    CLI_FLAG(0, "strict", check_args, strict, 0, "warnings fail the check too"),
    CLI_INT(0, "max-states", check_args, max_states, "N", 1, EXPLORE_MAX_STATES,
            0,
            "stop exploring after N states (default 2,000,000; at most "
            "1,000,000,000)"),
    CLI_INT(0, "random", check_args, random, "N", 1, 10000000, 0,
            "also play N seeded random sessions, preferring the least-used "
            "option: coverage per choice, how often each ending is reached, "
            "the score distribution"),
    CLI_INT(0, "seed", check_args, seed, "S", 0, (long long)REC_SEED_MAX,
            CLI_NESTED, "the first random session's seed (default 1)"),
    CLI_NUMBER(0, "suggest-pass", check_args, suggest, "P", 0, 100, CLI_NESTED,
               "suggest the pass mark that P% of random players reach "
               "(implies --random 1000 unless given)"),
    CLI_FLAG(0, "no-cues", check_args, no_cues, 0,
             "skip the cue analysis (players that read only the options' "
             "wording)"),
    CLI_NUMBER(0, "pass-mark", check_args, pass_mark, "P", 0, 100, 0,
               "the score a wording-only player must stay below (default "
               "65): reaching it is a cue-wins warning"),
    CLI_END};

static double seconds_since(const struct timespec *t0) {
  struct timespec t1;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  return (double)(t1.tv_sec - t0->tv_sec) +
         (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static const char *level_name(check_level l) {
  return l == CHECK_ERROR ? "error" : "warning";
}

static void print_diag(rp_buf *b, const term_style *st, const char *file,
                       const check_diag *d) {
  const char *color = d->level == CHECK_ERROR ? term_red(st) : term_yellow(st);
  if (d->line > 0)
    rp_buf_printf(b, "%s:%d: ", file, d->line);
  else
    rp_buf_printf(b, "%s: ", file);
  rp_buf_printf(b, "%s%s%s: ", color, level_name(d->level), term_reset(st));
  if (d->where[0])
    rp_buf_printf(b, "%s: ", d->where);
  rp_buf_printf(b, "%s %s[%s]%s\n", d->message, term_dim(st), d->code,
                term_reset(st));
  if (d->hint != NULL)
    rp_buf_printf(b, "    hint: %s\n", d->hint);
  if (d->path != NULL)
    rp_buf_printf(b, "    path: %s\n", d->path[0] ? d->path : "(the start)");
}

static void print_ending(rp_buf *b, const scn_scenario *s,
                         const check_ending *e) {
  const scn_node *node = &s->nodes[e->node];
  rp_buf_printf(b, "  %-18s %-7s ", node->id,
                scn_result_name(node->outcome.result));

  rp_buf tmp = RP_BUF_INIT;
  debrief_money(&tmp, node->outcome.deal_value, s->currency);
  rp_buf_printf(b, "%10s ", rp_buf_str(&tmp));
  rp_buf_free(&tmp);
  if (node->outcome.days_to_close >= 0)
    rp_buf_printf(b, "%4d days ", node->outcome.days_to_close);
  else
    rp_buf_puts(b, "   never  ");
  if (!e->reached) {
    rp_buf_puts(b, " never reached\n");
    return;
  }
  rp_buf_printf(b,
                "%10.0f path%s  relationship %5.1f-%5.1f  pushing "
                "%5.1f-%5.1f  score %5.1f-%5.1f\n",
                e->paths, e->paths == 1 ? " " : "s", e->rq_min, e->rq_max,
                e->tp_min, e->tp_max, e->ov_min, e->ov_max);
}

static void print_human(const char *file, const check_report *r, double secs,
                        const check_cues *cues, double pass_mark) {
  term_style st = cli_term_style(stdout);
  const scn_scenario *s = r->scn;
  rp_buf b = RP_BUF_INIT;
  for (int i = 0; i < r->n_diags; i++)
    print_diag(&b, &st, file, &r->diags[i]);
  rp_buf_printf(&b, "%s%s%s (%s): %d nodes, %d endings, %d choices\n",
                term_bold(&st), s->id, term_reset(&st), file, r->nodes_total,
                r->endings_total, r->choices_total);
  char bound[160] = "";
  if (r->memory_bounded)
    snprintf(bound, sizeof bound,
             " (stopped at the memory bound: %zu MiB of state keys, about "
             "half of this machine's memory in all)",
             explore_key_budget() >> 20);
  else if (r->bounded)
    snprintf(bound, sizeof bound, " (stopped at the bound: --max-states)");
  rp_buf_printf(&b,
                "  explored %ld distinct states, %ld transitions in "
                "%.3f s%s\n",
                r->states, r->edges, secs, bound);
  rp_buf_printf(&b,
                "  reached %d/%d nodes, %d/%d endings; offered %d/%d "
                "choices\n",
                r->nodes_reached - r->endings_reached, r->nodes_total,
                r->endings_reached, r->endings_total, r->choices_offered,
                r->choices_total);
  if (r->analysed) {
    rp_buf_printf(&b,
                  "  %.0f distinct paths from start to an ending, "
                  "%d to %d decisions long:\n",
                  r->total_paths, r->decisions_min, r->decisions_max);
    for (int i = 0; i < r->n_endings; i++)
      print_ending(&b, s, &r->endings[i]);
    if (r->best.choices != NULL) {
      rp_buf_printf(&b, "  best path  (score %.1f, %s): %s\n", r->best.overall,
                    s->nodes[r->best.ending].id, r->best.choices);
      rp_buf_printf(&b, "  worst path (score %.1f, %s): %s\n", r->worst.overall,
                    s->nodes[r->worst.ending].id, r->worst.choices);
    }
  }
  if (cues != NULL)
    cli_cues_print(&b, &st, s, cues, pass_mark);
  rp_buf_printf(&b, "  %s%d error%s, %d warning%s%s\n",
                r->errors ? term_red(&st) : "", r->errors,
                r->errors == 1 ? "" : "s", r->warnings,
                r->warnings == 1 ? "" : "s", term_reset(&st));
  cli_puts(stdout, rp_buf_str(&b));
  rp_buf_free(&b);
}

static void print_random(const scn_scenario *s, const check_random *r,
                         const check_args *a) {
  cli_printf(stdout,
             "  random play: %d runs (seed %llu), preferring the least-used "
             "option\n",
             r->runs, (unsigned long long)r->seed);
  cli_printf(stdout, "    choices taken at least once: %d/%d\n",
             r->choices_taken, s->n_choices);
  for (int n = 0, k = 0; n < s->n_nodes; n++)
    if (s->nodes[n].is_ending) {
      cli_printf(stdout, "    %-18s %5.1f%% of runs\n", s->nodes[n].id,
                 r->runs ? 100.0 * r->ending_runs[k] / r->runs : 0.0);
      k++;
    }
  if (r->endless || r->aborted)
    cli_printf(stdout, "    %d runs went on past %d turns; %d failed%s%s\n",
               r->endless, CHECK_RANDOM_MAX_TURNS, r->aborted,
               r->first_error ? ": " : "",
               r->first_error ? r->first_error : "");
  cli_printf(stdout,
             "    overall score: min %.1f, 25%% %.1f, median %.1f, 75%% %.1f, "
             "max %.1f\n",
             check_quantile(r, 0), check_quantile(r, 0.25),
             check_quantile(r, 0.5), check_quantile(r, 0.75),
             check_quantile(r, 1));
  if (a->suggest >= 0)
    cli_printf(stdout,
               "    a pass mark of %.1f passes %.0f%% of random players\n",
               check_pass_mark(r, a->suggest), a->suggest);
  for (int n = 0; n < s->n_nodes; n++)
    for (int i = 0; i < s->nodes[n].n_choices; i++) {
      const scn_choice *ch = &s->nodes[n].choices[i];
      if (r->taken[ch->gid] == 0)
        cli_printf(stdout, "    never taken: %s:%d: choice '%s' in node '%s'\n",
                   s->chunkname, ch->line, ch->id, s->nodes[n].id);
    }
}

/* The JSON below is built through rp_json_build: a field that cannot be
 * added fails the whole report (out of memory, exit 1) instead of being
 * left out of what CI reads. */
typedef rp_json_build jb;

static cJSON *random_json(jb *b, const scn_scenario *s, const check_random *r,
                          const check_args *a) {
  cJSON *o = rp_json_build_root_object(b);
  rp_json_build_number(b, o, "runs", r->runs);
  rp_json_build_item(b, o, "seed", rec_seed_json(r->seed)); /* every digit */
  rp_json_build_number(b, o, "choices_taken", r->choices_taken);
  rp_json_build_number(b, o, "choices", s->n_choices);
  cJSON *per = rp_json_build_object(b, o, "choice_runs");
  for (int n = 0; n < s->n_nodes; n++)
    for (int i = 0; i < s->nodes[n].n_choices; i++) {
      char key[160];
      snprintf(key, sizeof key, "%s.%s", s->nodes[n].id,
               s->nodes[n].choices[i].id);
      rp_json_build_number(b, per, key, r->taken[s->nodes[n].choices[i].gid]);
    }
  cJSON *ends = rp_json_build_object(b, o, "endings");
  for (int n = 0, k = 0; n < s->n_nodes; n++)
    if (s->nodes[n].is_ending)
      rp_json_build_number(b, ends, s->nodes[n].id, r->ending_runs[k++]);
  rp_json_build_number(b, o, "endless", r->endless);
  rp_json_build_number(b, o, "failed", r->aborted);
  cJSON *q = rp_json_build_object(b, o, "overall");
  rp_json_build_number(b, q, "min", check_quantile(r, 0));
  rp_json_build_number(b, q, "p25", check_quantile(r, 0.25));
  rp_json_build_number(b, q, "median", check_quantile(r, 0.5));
  rp_json_build_number(b, q, "p75", check_quantile(r, 0.75));
  rp_json_build_number(b, q, "max", check_quantile(r, 1));
  if (a->suggest >= 0) {
    rp_json_build_number(b, o, "pass_mark_percent", a->suggest);
    rp_json_build_number(b, o, "suggested_pass_mark",
                         check_pass_mark(r, a->suggest));
  }
  return o;
}

/* Adds path p to `to` under key. */
static void path_json(jb *b, cJSON *to, const char *key, const scn_scenario *s,
                      const check_path *p) {
  cJSON *o = rp_json_build_object(b, to, key);
  rp_json_build_string(b, o, "choices", p->choices ? p->choices : "");
  rp_json_build_string(b, o, "ending", s->nodes[p->ending].id);
  rp_json_build_number(b, o, "overall", p->overall);
  rp_json_build_number(b, o, "relationship_quality", p->relationship);
  rp_json_build_number(b, o, "transactional_pushing", p->pushing);
}

static cJSON *report_json(jb *b, const char *file, const check_report *r,
                          double secs) {
  const scn_scenario *s = r->scn;
  cJSON *o = rp_json_build_root_object(b);
  rp_json_build_string(b, o, "file", file);
  rp_json_build_string(b, o, "id", s->id);
  rp_json_build_string(b, o, "version", s->version);
  rp_json_build_number(b, o, "errors", r->errors);
  rp_json_build_number(b, o, "warnings", r->warnings);
  cJSON *ds = rp_json_build_array(b, o, "diagnostics");
  for (int i = 0; i < r->n_diags; i++) {
    const check_diag *d = &r->diags[i];
    cJSON *x = rp_json_build_object(b, ds, NULL);
    rp_json_build_string(b, x, "level", level_name(d->level));
    rp_json_build_string(b, x, "code", d->code);
    rp_json_build_string(b, x, "file", file);
    rp_json_build_number(b, x, "line", d->line);
    rp_json_build_string(b, x, "where", d->where);
    rp_json_build_string(b, x, "message", d->message);
    if (d->hint)
      rp_json_build_string(b, x, "hint", d->hint);
    if (d->path)
      rp_json_build_string(b, x, "path", d->path);
  }
  cJSON *ex = rp_json_build_object(b, o, "exploration");
  rp_json_build_number(b, ex, "states", (double)r->states);
  rp_json_build_number(b, ex, "transitions", (double)r->edges);
  rp_json_build_number(b, ex, "max_states", (double)r->max_states);
  rp_json_build_bool(b, ex, "bounded", r->bounded);
  if (r->bounded)
    rp_json_build_string(b, ex, "bound",
                         r->memory_bounded ? "memory" : "max_states");
  rp_json_build_number(b, ex, "seconds", secs);
  cJSON *cov = rp_json_build_object(b, o, "coverage");
  rp_json_build_number(b, cov, "nodes_reached",
                       r->nodes_reached - r->endings_reached);
  rp_json_build_number(b, cov, "nodes", r->nodes_total);
  rp_json_build_number(b, cov, "endings_reached", r->endings_reached);
  rp_json_build_number(b, cov, "endings", r->endings_total);
  rp_json_build_number(b, cov, "choices_offered", r->choices_offered);
  rp_json_build_number(b, cov, "choices", r->choices_total);
  rp_json_build_bool(b, o, "analysed", r->analysed);
  if (r->analysed) {
    rp_json_build_number(b, o, "paths", r->total_paths);
    int dec[2] = {r->decisions_min, r->decisions_max};
    rp_json_build_item(b, o, "decisions", cJSON_CreateIntArray(dec, 2));
    cJSON *es = rp_json_build_array(b, o, "endings");
    for (int i = 0; i < r->n_endings; i++) {
      const check_ending *e = &r->endings[i];
      const scn_node *node = &s->nodes[e->node];
      cJSON *x = rp_json_build_object(b, es, NULL);
      rp_json_build_string(b, x, "id", node->id);
      rp_json_build_string(b, x, "result",
                           scn_result_name(node->outcome.result));
      rp_json_build_number(b, x, "deal_value",
                           (double)node->outcome.deal_value);
      rp_json_build_bool(b, x, "reached", e->reached);
      rp_json_build_number(b, x, "paths", e->paths);
      if (e->reached) {
        double v[6] = {e->rq_min, e->rq_max, e->tp_min,
                       e->tp_max, e->ov_min, e->ov_max};
        rp_json_build_item(b, x, "relationship_quality",
                           cJSON_CreateDoubleArray(v, 2));
        rp_json_build_item(b, x, "transactional_pushing",
                           cJSON_CreateDoubleArray(v + 2, 2));
        rp_json_build_item(b, x, "overall", cJSON_CreateDoubleArray(v + 4, 2));
        rp_json_build_number(b, x, "relationship_quality_mean", e->rq_mean);
        path_json(b, x, "best_path", s, &e->best);
        path_json(b, x, "worst_path", s, &e->worst);
      }
    }
    if (r->best.choices != NULL) {
      path_json(b, o, "best_path", s, &r->best);
      path_json(b, o, "worst_path", s, &r->worst);
    }
  }
  return o;
}

/* A scenario that does not load is one error diagnostic in the output. */
static cJSON *load_error_json(jb *b, const char *file, const char *msg) {
  cJSON *o = rp_json_build_root_object(b);
  rp_json_build_string(b, o, "file", file);
  rp_json_build_number(b, o, "errors", 1);
  rp_json_build_number(b, o, "warnings", 0);
  cJSON *ds = rp_json_build_array(b, o, "diagnostics");
  cJSON *x = rp_json_build_object(b, ds, NULL);
  rp_json_build_string(b, x, "level", "error");
  rp_json_build_string(b, x, "code", "load");
  rp_json_build_string(b, x, "message", msg);
  return o;
}

int cli_check(int argc, char **argv) {
  check_args a = {false, false, 0, 0, 1, -1, false, CHECK_CUES_PASS_MARK};
  int n;
  if (cli_parse("check", argc, argv, &a, &n) != CLI_OK)
    return CLI_USAGE;
  if (n == 0)
    return cli_usage("check", "which scenario? (an id or a .lua file)");
  char **names = argv;
  if (a.suggest >= 0 && a.random == 0)
    a.random = 1000; /* a pass mark needs random players */
  int errors = 0, warnings = 0;
  check_cue_set **train = NULL;
  int n_train = -1; /* loaded with the first scenario that loads */
  jb b = RP_JSON_BUILD_INIT;
  cJSON *all = a.json ? rp_json_build_root_array(&b) : NULL;
  for (int i = 0; i < n; i++) {
    char *path = NULL;
    rp_error err;
    scn_scenario *s = NULL;
    if (catalog_resolve(names[i], &path, &err) == RP_OK)
      s = scn_load_file(path, &err);
    const char *file = path != NULL ? path : names[i];
    if (s == NULL) {
      errors++;
      if (a.json)
        rp_json_build_item(&b, all, NULL, load_error_json(&b, file, err.msg));
      else
        cli_printf(stdout, "%s\n", err.msg);
      free(path);
      continue;
    }
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    check_report r;
    check_cues cues = {0};
    bool have_cues = false;
    rp_status checked = check_run(s, (long)a.max_states, &r, &err);
    double secs = seconds_since(&t0); /* the exploration's, not the cues' */
    if (checked != RP_OK) {
      cli_error("%s: %s", file, err.msg);
      errors++;
    } else if (!a.no_cues && n_train < 0 &&
               cli_cues_train(&train, &n_train, &err) != RP_OK) {
      cli_error("%s: %s", file, err.msg);
      errors++;
      check_free(&r);
    } else if (!a.no_cues &&
               (check_cues_run(s, (const check_cue_set *const *)train, n_train,
                               &cues, &err) != RP_OK ||
                (have_cues = true,
                 check_cues_diagnose(&cues, a.pass_mark, &r, &err) != RP_OK))) {
      cli_error("%s: %s", file, err.msg);
      errors++;
      check_cues_free(&cues);
      check_free(&r);
    } else {
      errors += r.errors;
      warnings += r.warnings;
      cJSON *rj = a.json ? report_json(&b, file, &r, secs) : NULL;
      if (rj != NULL && have_cues)
        rp_json_build_item(&b, rj, "cues",
                           cli_cues_json(s, &cues, a.pass_mark));
      if (!a.json)
        print_human(file, &r, secs, have_cues ? &cues : NULL, a.pass_mark);
      check_cues_free(&cues);
      check_random rr;
      if (a.random > 0) {
        if (check_random_play(s, (int)a.random, (uint64_t)a.seed, &rr, &err) !=
            RP_OK) {
          cli_error("%s: %s", file, err.msg);
          errors++;
        } else {
          if (a.json)
            rp_json_build_item(&b, rj, "random", random_json(&b, s, &rr, &a));
          else
            print_random(s, &rr, &a);
          errors += rr.aborted > 0;
          check_random_free(&rr);
        }
      }
      if (a.json)
        rp_json_build_item(&b, all, NULL, rj);
      check_free(&r);
    }
    scn_free(s);
    free(path);
  }
  cli_cues_train_free(train, n_train);
  if (a.json) {
    char *text = rp_json_build_print(&b, all);
    cJSON_Delete(all);
    if (text == NULL) { /* never a report with a field left out */
      cli_error("out of memory building the JSON report");
      return CLI_FAIL;
    }
    cli_put_json(stdout, text);
    cli_puts(stdout, "\n");
    cJSON_free(text);
  }
  return errors > 0 || (a.strict && warnings > 0) ? CLI_FAIL : CLI_OK;
}
