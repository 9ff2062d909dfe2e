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
#include "cli_term.h"
#include "core/debrief.h"
#include "core/rec.h"
#include "io/catalog.h"
#include "io/scn_file.h"
#include "util/rp_buf.h"

typedef struct check_args {
  bool json, strict;
  long long max_states; /* 0: check_run's default */
  long long random;     /* playthroughs, 0 for none */
  long long seed;
  double pass_mark; /* percent of random players to pass, or < 0 */
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
    CLI_NUMBER(0, "pass-mark", check_args, pass_mark, "P", 0, 100, CLI_NESTED,
               "suggest the pass mark that P% of random players reach "
               "(implies --random 1000 unless given)"),
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

static void print_human(const char *file, const check_report *r, double secs) {
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
  rp_buf_printf(&b, "  %s%d error%s, %d warning%s%s\n",
                r->errors ? term_red(&st) : "", r->errors,
                r->errors == 1 ? "" : "s", r->warnings,
                r->warnings == 1 ? "" : "s", term_reset(&st));
  fputs(rp_buf_str(&b), stdout);
  rp_buf_free(&b);
}

static void print_random(const scn_scenario *s, const check_random *r,
                         const check_args *a) {
  printf("  random play: %d runs (seed %llu), preferring the least-used "
         "option\n",
         r->runs, (unsigned long long)r->seed);
  printf("    choices taken at least once: %d/%d\n", r->choices_taken,
         s->n_choices);
  for (int n = 0, k = 0; n < s->n_nodes; n++)
    if (s->nodes[n].is_ending) {
      printf("    %-18s %5.1f%% of runs\n", s->nodes[n].id,
             r->runs ? 100.0 * r->ending_runs[k] / r->runs : 0.0);
      k++;
    }
  if (r->endless || r->aborted)
    printf("    %d runs went on past %d turns; %d failed%s%s\n", r->endless,
           CHECK_RANDOM_MAX_TURNS, r->aborted, r->first_error ? ": " : "",
           r->first_error ? r->first_error : "");
  printf("    overall score: min %.1f, 25%% %.1f, median %.1f, 75%% %.1f, "
         "max %.1f\n",
         check_quantile(r, 0), check_quantile(r, 0.25), check_quantile(r, 0.5),
         check_quantile(r, 0.75), check_quantile(r, 1));
  if (a->pass_mark >= 0)
    printf("    a pass mark of %.1f passes %.0f%% of random players\n",
           check_pass_mark(r, a->pass_mark), a->pass_mark);
  for (int n = 0; n < s->n_nodes; n++)
    for (int i = 0; i < s->nodes[n].n_choices; i++) {
      const scn_choice *ch = &s->nodes[n].choices[i];
      if (r->taken[ch->gid] == 0)
        printf("    never taken: %s:%d: choice '%s' in node '%s'\n",
               s->chunkname, ch->line, ch->id, s->nodes[n].id);
    }
}

static cJSON *random_json(const scn_scenario *s, const check_random *r,
                          const check_args *a) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddNumberToObject(o, "runs", r->runs);
  cJSON_AddNumberToObject(o, "seed", (double)r->seed);
  cJSON_AddNumberToObject(o, "choices_taken", r->choices_taken);
  cJSON_AddNumberToObject(o, "choices", s->n_choices);
  cJSON *per = cJSON_AddObjectToObject(o, "choice_runs");
  for (int n = 0; n < s->n_nodes; n++)
    for (int i = 0; i < s->nodes[n].n_choices; i++) {
      char key[160];
      snprintf(key, sizeof key, "%s.%s", s->nodes[n].id,
               s->nodes[n].choices[i].id);
      cJSON_AddNumberToObject(per, key, r->taken[s->nodes[n].choices[i].gid]);
    }
  cJSON *ends = cJSON_AddObjectToObject(o, "endings");
  for (int n = 0, k = 0; n < s->n_nodes; n++)
    if (s->nodes[n].is_ending)
      cJSON_AddNumberToObject(ends, s->nodes[n].id, r->ending_runs[k++]);
  cJSON_AddNumberToObject(o, "endless", r->endless);
  cJSON_AddNumberToObject(o, "failed", r->aborted);
  cJSON *q = cJSON_AddObjectToObject(o, "overall");
  cJSON_AddNumberToObject(q, "min", check_quantile(r, 0));
  cJSON_AddNumberToObject(q, "p25", check_quantile(r, 0.25));
  cJSON_AddNumberToObject(q, "median", check_quantile(r, 0.5));
  cJSON_AddNumberToObject(q, "p75", check_quantile(r, 0.75));
  cJSON_AddNumberToObject(q, "max", check_quantile(r, 1));
  if (a->pass_mark >= 0) {
    cJSON_AddNumberToObject(o, "pass_mark_percent", a->pass_mark);
    cJSON_AddNumberToObject(o, "suggested_pass_mark",
                            check_pass_mark(r, a->pass_mark));
  }
  return o;
}

static cJSON *path_json(const scn_scenario *s, const check_path *p) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "choices", p->choices ? p->choices : "");
  cJSON_AddStringToObject(o, "ending", s->nodes[p->ending].id);
  cJSON_AddNumberToObject(o, "overall", p->overall);
  cJSON_AddNumberToObject(o, "relationship_quality", p->relationship);
  cJSON_AddNumberToObject(o, "transactional_pushing", p->pushing);
  return o;
}

static cJSON *report_json(const char *file, const check_report *r,
                          double secs) {
  const scn_scenario *s = r->scn;
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "file", file);
  cJSON_AddStringToObject(o, "id", s->id);
  cJSON_AddStringToObject(o, "version", s->version);
  cJSON_AddNumberToObject(o, "errors", r->errors);
  cJSON_AddNumberToObject(o, "warnings", r->warnings);
  cJSON *ds = cJSON_AddArrayToObject(o, "diagnostics");
  for (int i = 0; i < r->n_diags; i++) {
    const check_diag *d = &r->diags[i];
    cJSON *x = cJSON_CreateObject();
    cJSON_AddStringToObject(x, "level", level_name(d->level));
    cJSON_AddStringToObject(x, "code", d->code);
    cJSON_AddStringToObject(x, "file", file);
    cJSON_AddNumberToObject(x, "line", d->line);
    cJSON_AddStringToObject(x, "where", d->where);
    cJSON_AddStringToObject(x, "message", d->message);
    if (d->hint)
      cJSON_AddStringToObject(x, "hint", d->hint);
    if (d->path)
      cJSON_AddStringToObject(x, "path", d->path);
    cJSON_AddItemToArray(ds, x);
  }
  cJSON *ex = cJSON_AddObjectToObject(o, "exploration");
  cJSON_AddNumberToObject(ex, "states", (double)r->states);
  cJSON_AddNumberToObject(ex, "transitions", (double)r->edges);
  cJSON_AddNumberToObject(ex, "max_states", (double)r->max_states);
  cJSON_AddBoolToObject(ex, "bounded", r->bounded);
  if (r->bounded)
    cJSON_AddStringToObject(ex, "bound",
                            r->memory_bounded ? "memory" : "max_states");
  cJSON_AddNumberToObject(ex, "seconds", secs);
  cJSON *cov = cJSON_AddObjectToObject(o, "coverage");
  cJSON_AddNumberToObject(cov, "nodes_reached",
                          r->nodes_reached - r->endings_reached);
  cJSON_AddNumberToObject(cov, "nodes", r->nodes_total);
  cJSON_AddNumberToObject(cov, "endings_reached", r->endings_reached);
  cJSON_AddNumberToObject(cov, "endings", r->endings_total);
  cJSON_AddNumberToObject(cov, "choices_offered", r->choices_offered);
  cJSON_AddNumberToObject(cov, "choices", r->choices_total);
  cJSON_AddBoolToObject(o, "analysed", r->analysed);
  if (r->analysed) {
    cJSON_AddNumberToObject(o, "paths", r->total_paths);
    int dec[2] = {r->decisions_min, r->decisions_max};
    cJSON_AddItemToObject(o, "decisions", cJSON_CreateIntArray(dec, 2));
    cJSON *es = cJSON_AddArrayToObject(o, "endings");
    for (int i = 0; i < r->n_endings; i++) {
      const check_ending *e = &r->endings[i];
      const scn_node *node = &s->nodes[e->node];
      cJSON *x = cJSON_CreateObject();
      cJSON_AddStringToObject(x, "id", node->id);
      cJSON_AddStringToObject(x, "result",
                              scn_result_name(node->outcome.result));
      cJSON_AddNumberToObject(x, "deal_value",
                              (double)node->outcome.deal_value);
      cJSON_AddBoolToObject(x, "reached", e->reached);
      cJSON_AddNumberToObject(x, "paths", e->paths);
      if (e->reached) {
        double v[6] = {e->rq_min, e->rq_max, e->tp_min,
                       e->tp_max, e->ov_min, e->ov_max};
        cJSON_AddItemToObject(x, "relationship_quality",
                              cJSON_CreateDoubleArray(v, 2));
        cJSON_AddItemToObject(x, "transactional_pushing",
                              cJSON_CreateDoubleArray(v + 2, 2));
        cJSON_AddItemToObject(x, "overall", cJSON_CreateDoubleArray(v + 4, 2));
        cJSON_AddNumberToObject(x, "relationship_quality_mean", e->rq_mean);
        cJSON_AddItemToObject(x, "best_path", path_json(s, &e->best));
        cJSON_AddItemToObject(x, "worst_path", path_json(s, &e->worst));
      }
      cJSON_AddItemToArray(es, x);
    }
    if (r->best.choices != NULL) {
      cJSON_AddItemToObject(o, "best_path", path_json(s, &r->best));
      cJSON_AddItemToObject(o, "worst_path", path_json(s, &r->worst));
    }
  }
  return o;
}

/* A scenario that does not load is one error diagnostic in the output. */
static cJSON *load_error_json(const char *file, const char *msg) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "file", file);
  cJSON_AddNumberToObject(o, "errors", 1);
  cJSON_AddNumberToObject(o, "warnings", 0);
  cJSON *ds = cJSON_AddArrayToObject(o, "diagnostics");
  cJSON *x = cJSON_CreateObject();
  cJSON_AddStringToObject(x, "level", "error");
  cJSON_AddStringToObject(x, "code", "load");
  cJSON_AddStringToObject(x, "message", msg);
  cJSON_AddItemToArray(ds, x);
  return o;
}

int cli_check(int argc, char **argv) {
  check_args a = {false, false, 0, 0, 1, -1};
  int n;
  if (cli_parse("check", argc, argv, &a, &n) != CLI_OK)
    return CLI_USAGE;
  if (n == 0)
    return cli_usage("check", "which scenario? (an id or a .lua file)");
  char **names = argv;
  if (a.pass_mark >= 0 && a.random == 0)
    a.random = 1000; /* a pass mark needs random players */
  int errors = 0, warnings = 0;
  cJSON *all = a.json ? cJSON_CreateArray() : NULL;
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
        cJSON_AddItemToArray(all, load_error_json(file, err.msg));
      else
        printf("%s\n", err.msg);
      free(path);
      continue;
    }
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    check_report r;
    if (check_run(s, (long)a.max_states, &r, &err) != RP_OK) {
      cli_error("%s: %s", file, err.msg);
      errors++;
    } else {
      double secs = seconds_since(&t0);
      errors += r.errors;
      warnings += r.warnings;
      cJSON *rj = a.json ? report_json(file, &r, secs) : NULL;
      if (!a.json)
        print_human(file, &r, secs);
      check_random rr;
      if (a.random > 0) {
        if (check_random_play(s, (int)a.random, (uint64_t)a.seed, &rr, &err) !=
            RP_OK) {
          cli_error("%s: %s", file, err.msg);
          errors++;
        } else {
          if (a.json)
            cJSON_AddItemToObject(rj, "random", random_json(s, &rr, &a));
          else
            print_random(s, &rr, &a);
          errors += rr.aborted > 0;
          check_random_free(&rr);
        }
      }
      if (a.json)
        cJSON_AddItemToArray(all, rj);
      check_free(&r);
    }
    scn_free(s);
    free(path);
  }
  if (a.json) {
    char *text = cJSON_Print(all);
    cJSON_Delete(all);
    if (text == NULL) {
      cli_error("out of memory");
      return CLI_FAIL;
    }
    printf("%s\n", text);
    cJSON_free(text);
  }
  return errors > 0 || (a.strict && warnings > 0) ? CLI_FAIL : CLI_OK;
}
