/*
 * cli_grade.c -- `rapport grade`: replays a folder of homework submissions
 * and writes the gradebook (Moodle or Canvas CSV), a JSON summary, xAPI
 * statements and the cohort view.
 *
 * Submissions are untrusted: only files named on the command line or found
 * (as regular files, not through symlinks) under the folders named there
 * are opened; nothing a submission says is used as a path.  Each file is
 * graded on its own, so a hostile or garbled one cannot stop the others.
 */
/* DT_REG and friends (struct dirent's d_type): listing a folder of 10,000
 * submissions then needs no lstat per entry. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "academy/grade.h"
#include "academy/gradebook.h"
#include "academy/homework.h"
#include "academy/xapi.h"
#include "cli.h"
#include "cli_grade_jobs.h"
#include "cli_term.h"
#include "io/catalog.h"
#include "io/rp_fs.h"
#include "io/scn_file.h"
#include "util/rp_buf.h"
#include "util/rp_json.h"
#include "util/rp_pages.h"
#include "util/rp_scratch.h"
#include "util/rp_version.h"

#define GRADE_MAX_FILES 1000000
#define GRADE_MAX_DEPTH 16
#define GRADE_MAX_JOBS 256

/* ---- the files ----------------------------------------------------------- */

typedef struct file_list {
  char **v;
  int n, cap;
  int skipped; /* symlinks and special files left alone in folders */
} file_list;

/* Adds path, which the list then owns (it is freed here on failure). */
static bool push_owned(file_list *l, char *path) {
  if (path == NULL || l->n == GRADE_MAX_FILES) {
    free(path);
    return false;
  }
  if (l->n == l->cap) {
    int cap = l->cap ? l->cap * 2 : 64;
    char **v = realloc(l->v, sizeof *v * (size_t)cap);
    if (v == NULL) {
      free(path);
      return false;
    }
    l->v = v;
    l->cap = cap;
  }
  l->v[l->n++] = path;
  return true;
}

static bool push(file_list *l, const char *path) {
  return push_owned(l, strdup(path));
}

static int by_path(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Collects *.json under dir (hidden entries skipped, symlinks not followed). */
static bool walk(const char *dir, int depth, file_list *l) {
  if (depth > GRADE_MAX_DEPTH) {
    cli_error("%s: folders nested deeper than %d; not searched", dir,
              GRADE_MAX_DEPTH);
    return true;
  }
  DIR *d = opendir(dir);
  if (d == NULL) {
    cli_error("%s: %s", dir, strerror(errno));
    return false;
  }
  bool ok = true;
  size_t dl = strlen(dir);
  bool slash = ends_with(dir, "/");
  struct dirent *e;
  while (ok && (e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    /* the path, built once: a submission keeps it (push_owned) */
    size_t nl = strlen(e->d_name);
    char *p = malloc(dl + !slash + nl + 1);
    if (p == NULL) {
      ok = false;
      break;
    }
    memcpy(p, dir, dl);
    if (!slash)
      p[dl] = '/';
    memcpy(p + dl + !slash, e->d_name, nl + 1);
    /* The entry's type as the folder says it, else as lstat does (a file
     * system may not say; then DT_UNKNOWN). */
    struct stat st;
    mode_t mode = 0;
#if defined(DT_REG) && defined(DT_DIR) && defined(DT_UNKNOWN)
    if (e->d_type == DT_REG)
      mode = S_IFREG;
    else if (e->d_type == DT_DIR)
      mode = S_IFDIR;
    else if (e->d_type != DT_UNKNOWN)
      mode = S_IFIFO; /* a symlink or special file: left alone */
#endif
    if (mode == 0 && lstat(p, &st) == 0)
      mode = st.st_mode;
    if (mode == 0)
      cli_error("%s: %s", p, strerror(errno));
    else if (S_ISDIR(mode))
      ok = walk(p, depth + 1, l);
    else if (S_ISREG(mode) && ends_with(e->d_name, ".json")) {
      ok = push_owned(l, p);
      continue;
    } else if (!S_ISREG(mode))
      l->skipped++;
    free(p);
  }
  closedir(d);
  return ok;
}

/* ---- printing ------------------------------------------------------------ */

static const char *class_color(const term_style *st, grade_class c) {
  switch (c) {
  case GRADE_PASSED: return term_green(st);
  case GRADE_FAILED: return "";
  case GRADE_TAMPERED:
  case GRADE_MALFORMED: return term_red(st);
  default: return term_bold(st);
  }
}

static void print_table(const homework_assignment *a, const grade_result *v,
                        int n, const grade_trainee *t, int nt) {
  term_style st = cli_term_style(stdout);
  cli_printf(stdout, "%sSubmissions%s (%d)\n", term_bold(&st), term_reset(&st),
             n);
  for (int i = 0; i < n; i++) {
    const grade_result *r = &v[i];
    char score[16] = "-", att[24] = "";
    if (grade_class_verified(r->cls))
      gradebook_grade_text(r->grade, score);
    if (r->attempt > 0)
      snprintf(att, sizeof att, "attempt %d", r->attempt);
    cli_printf(stdout, "  %s%-16s%s %-16s %-10s %5s %s  %s\n",
               class_color(&st, r->cls), grade_class_name(r->cls),
               term_reset(&st), r->trainee ? r->trainee : "?", att, score,
               r->counted ? "*" : " ", r->file);
    if (r->reason != NULL)
      cli_printf(stdout, "%21s%s\n", "", r->reason);
  }
  cli_printf(stdout,
             "\n%sGrades%s (pass mark %g; * marks the attempt that counts)\n",
             term_bold(&st), term_reset(&st), a->pass_mark);
  for (int i = 0; i < nt; i++) {
    char g[16] = "-";
    if (t[i].best != NULL)
      gradebook_grade_text(t[i].best->grade, g);
    cli_printf(stdout, "  %-20s %5s  %s%s%s\n", t[i].name, g,
               t[i].passed ? term_green(&st) : "",
               t[i].best == NULL ? "no grade"
               : t[i].passed     ? "passed"
                                 : "not passed",
               term_reset(&st));
  }
}

static void bar(int n, int max) {
  int w = max > 0 ? (n * 40 + max - 1) / max : 0;
  for (int i = 0; i < w; i++)
    cli_puts(stdout, "#");
}

static void print_summary(const homework_assignment *a,
                          const grade_summary *s) {
  term_style st = cli_term_style(stdout);
  cli_printf(stdout, "%s%s%s (%s), scenario %s version %s, pass mark %g\n",
             term_bold(&st), a->title, term_reset(&st), a->id, a->scenario_id,
             a->scenario_version, a->pass_mark);
  cli_printf(stdout, "\n%d submission%s:", s->submissions,
             s->submissions == 1 ? "" : "s");
  const char *sep = " ";
  for (int c = 0; c < GRADE_CLASS_COUNT; c++)
    if (s->by_class[c] > 0) {
      cli_printf(stdout, "%s%d %s", sep, s->by_class[c],
                 grade_class_name((grade_class)c));
      sep = ", ";
    }
  cli_printf(stdout, "\n%d trainee%s, %d with a grade; pass rate %d of %d",
             s->trainees, s->trainees == 1 ? "" : "s", s->graded, s->passed,
             s->trainees);
  if (s->trainees > 0)
    cli_printf(stdout, " (%.0f%%)", 100.0 * s->passed / s->trainees);
  cli_printf(stdout, "\n");
  if (s->graded == 0)
    return;
  cli_printf(stdout,
             "\n%sScores%s (the attempt that counts): mean %.1f, median %.1f, "
             "lowest %.1f, highest %.1f\n",
             term_bold(&st), term_reset(&st), s->mean, s->median, s->min,
             s->max);
  int max = 0;
  for (int i = 0; i < GRADE_BUCKETS; i++)
    max = s->buckets[i] > max ? s->buckets[i] : max;
  for (int i = GRADE_BUCKETS - 1; i >= 0; i--) {
    cli_printf(stdout, "  %3d-%-3d %4d ", i * 10,
               i == GRADE_BUCKETS - 1 ? 100 : i * 10 + 9, s->buckets[i]);
    bar(s->buckets[i], max);
    cli_puts(stdout, "\n");
  }
  cli_printf(stdout,
             "\n%sAverage per skill%s: relationship quality %.1f, "
             "transactional pushing %.1f (lower is better)\n",
             term_bold(&st), term_reset(&st), s->rq_mean, s->push_mean);
  static const char *const label[SCN_SKILL_COUNT] = {
      "empathy", "listening", "problem-solving", "pushing"};
  cli_printf(stdout, " ");
  for (int k = 0; k < SCN_SKILL_COUNT; k++)
    if (s->skill_mean[k] >= 0)
      cli_printf(stdout, " %s %.1f%s", label[k], s->skill_mean[k],
                 k < SCN_SKILL_COUNT - 1 ? "," : "");
  cli_printf(stdout, "\n");
  if (s->n_spots == 0) {
    cli_printf(stdout, "\nNobody pushed where a better option was offered.\n");
    return;
  }
  cli_printf(stdout, "\n%sWhere most trainees pushed%s (teach these next):\n",
             term_bold(&st), term_reset(&st));
  for (int i = 0; i < s->n_spots; i++) {
    const grade_push_spot *p = &s->spots[i];
    cli_printf(
        stdout,
        "  %d. node '%s': %d of %d trainees pushed (most chose '%s'; the "
        "better option was '%s')\n",
        i + 1, p->node, p->pushed, p->reached, p->choice ? p->choice : "?",
        p->better ? p->better : "?");
  }
}

/* Writes text (JSON when json) to path ("-" is standard output),
 * atomically. */
static bool emit(const char *path, const char *text, const char *what,
                 bool json) {
  if (strcmp(path, "-") == 0) {
    if (json)
      cli_put_json(stdout, text);
    else
      cli_puts(stdout, text);
    return fflush(stdout) == 0;
  }
  rp_error err;
  if (rp_fs_write_atomic(path, text, strlen(text), &err) != RP_OK) {
    cli_error("the %s could not be written: %s", what, err.msg);
    return false;
  }
  return true;
}

/* The JSON results, their entries printed on the threads (parts: the
 * submissions', then the trainees').  The document is printed with each
 * entry a one-byte placeholder, a raw "\x01" (the printer writes that byte
 * nowhere else: it escapes control characters in strings), then written
 * with each entry in its place, without copying them into one text. */
static bool write_json(const homework_assignment *a, const grade_result *v,
                       int n, const grade_trainee *t, int nt,
                       const grade_summary *sum, char *const *parts) {
  static const char mark[] = "\x01";
  int most = n > nt ? n : nt;
  const char **marks = malloc(sizeof *marks * (size_t)(most > 0 ? most : 1));
  for (int i = 0; marks != NULL && i < most; i++)
    marks[i] = mark;
  cJSON *o = marks == NULL
                 ? NULL
                 : gradebook_json_parts(a, v, n, t, nt, sum, marks, marks);
  rp_buf b = RP_BUF_INIT;
  bool ok = o != NULL && rp_json_print(&b, o, 0);
  rp_buf_add(&b, "\n", 1);
  cJSON_Delete(o);
  free(marks);
  if (!ok || rp_buf_failed(&b)) {
    rp_buf_free(&b);
    cli_error("out of memory writing the JSON results");
    return false;
  }
  /* The pieces in order: text up to a mark, the entry for it, ...; each
   * through the terminal writer, which escapes what a submission could
   * smuggle into a string (DEL, C1 controls) like every other print. */
  int k = 0;
  for (const char *p = b.data, *end = b.data + b.len; ok && p < end;) {
    const char *m = memchr(p, mark[0], (size_t)(end - p));
    const char *stop = m != NULL ? m : end;
    ok = cli_put_json_n(stdout, p, (size_t)(stop - p)) >= 0;
    if (ok && m != NULL && k < n + nt)
      ok = cli_put_json(stdout, parts[k++]) >= 0;
    p = m != NULL ? m + 1 : end;
  }
  rp_buf_free(&b);
  return ok && k == n + nt;
}

/* ---- rapport grade ------------------------------------------------------- */

typedef struct grade_args {
  const char *assignment, *scenario, *csv, *xapi, *base;
  long long jobs; /* 0: every core */
  bool canvas, json, summary, accept_late;
  char **inputs; /* the submissions and folders: argv's, not owned */
  int n_inputs;
} grade_args;

const cli_option cli_grade_options[] = {
    CLI_STRING(0, "csv", grade_args, csv, "FILE", 0,
               "the gradebook for Moodle's CSV import (username, grade, "
               "feedback); - for standard output"),
    CLI_FLAG(0, "canvas", grade_args, canvas, CLI_NESTED,
             "the CSV in Canvas's gradebook layout instead"),
    CLI_STRING(0, "xapi", grade_args, xapi, "FILE", 0,
               "xAPI 1.0.3 statements (a JSON array) for an LRS"),
    CLI_STRING(0, "lrs-base", grade_args, base, "IRI", CLI_NESTED,
               "the IRI activities are named under "
               "(default " XAPI_DEFAULT_BASE ")"),
    CLI_FLAG(0, "json", grade_args, json, 0,
             "the full results as JSON on standard output"),
    CLI_FLAG(0, "summary", grade_args, summary, 0,
             "the cohort view: score distribution, pass rate, skill "
             "averages, where most trainees pushed"),
    CLI_INT(0, "jobs", grade_args, jobs, "N", 1, GRADE_MAX_JOBS, 0,
            "grade on N threads (default: every core)"),
    CLI_FLAG(0, "accept-late", grade_args, accept_late, 0,
             "late attempts may count for the grade"),
    CLI_STRING(0, "scenario", grade_args, scenario, "FILE", 0,
               "the pinned scenario file, if not on the search path"),
    CLI_END};

static int parse_args(int argc, char **argv, grade_args *g) {
  memset(g, 0, sizeof *g);
  int n;
  if (cli_parse("grade", argc, argv, g, &n) != CLI_OK)
    return CLI_USAGE;
  if (n > 0) {
    g->assignment = argv[0];
    g->inputs = argv + 1;
    g->n_inputs = n - 1;
  }
  if (g->assignment == NULL || g->n_inputs == 0)
    return cli_usage("grade", "give the assignment file, then the submissions "
                              "(files or folders)");
  if (g->canvas && g->csv == NULL)
    return cli_usage("grade", "--canvas sets the layout of --csv FILE");
  if (g->base != NULL && !xapi_valid_base(g->base))
    return cli_usage("grade",
                     "--lrs-base '%s' is not an absolute IRI without a "
                     "trailing '/' (like https://academy.example/xapi)",
                     g->base);
  if (g->base != NULL && g->xapi == NULL)
    return cli_usage("grade", "--lrs-base names the IRIs of --xapi FILE");
  int outs_to_stdout = (g->csv && strcmp(g->csv, "-") == 0) +
                       (g->xapi && strcmp(g->xapi, "-") == 0) + g->json;
  outs_to_stdout += g->summary;
  if (outs_to_stdout > 1)
    return cli_usage("grade", "only one of --json, --summary, --csv - and "
                              "--xapi - can use standard output");
  return CLI_OK;
}

static int default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > GRADE_MAX_JOBS ? GRADE_MAX_JOBS : (int)n;
}

int cli_grade(int argc, char **argv) {
  grade_args g;
  int rc = parse_args(argc, argv, &g);
  if (rc != CLI_OK)
    return rc;
  int jobs = g.jobs > 0 ? (int)g.jobs : default_jobs();
  rc = CLI_FAIL;
  homework_assignment a;
  memset(&a, 0, sizeof a);
  file_list files = {0};
  grade_result *res = NULL;
  grade_trainee *tr = NULL;
  int nt = 0;
  char *path = NULL, *text = NULL, *src = NULL;
  char **parts = NULL; /* the JSON results' entries, printed on the threads */
  unsigned char *made_by = NULL;
  scn_scenario *scn = NULL;
  size_t len, src_len = 0, src_cap = 0;
  rp_error err;
  if (rp_fs_read(g.assignment, HOMEWORK_MAX_BYTES + 1, &text, &len, &err) !=
          RP_OK ||
      homework_parse(g.assignment, text, len, &a, &err) != RP_OK) {
    cli_error("%s", err.msg);
    goto done;
  }
  /* The pinned scenario: as given, else by id on the search path; read
   * once (the workers compile these bytes, checked here). */
  if (catalog_resolve(g.scenario ? g.scenario : a.scenario_id, &path, &err) !=
          RP_OK ||
      scn_file_read(path, &src, &src_len, &src_cap, &err) != RP_OK ||
      (scn = scn_load(path, src, src_len, &err)) == NULL) {
    cli_error("%s", err.msg);
    goto done;
  }
  if (strcmp(scn->id, a.scenario_id) != 0 ||
      strcmp(scn->sha256, a.scenario_sha256) != 0) {
    cli_error("%s is version %s of '%s' (sha256 %.12s...); the assignment "
              "pins version %s of '%s' (sha256 %.12s...): grading needs "
              "that file (--scenario FILE)",
              path, scn->version, scn->id, scn->sha256, a.scenario_version,
              a.scenario_id, a.scenario_sha256);
    goto done;
  }
  for (int i = 0; i < g.n_inputs; i++) {
    struct stat st;
    if (stat(g.inputs[i], &st) != 0) {
      cli_error("%s: %s", g.inputs[i], strerror(errno));
      goto done;
    }
    if (S_ISDIR(st.st_mode) ? !walk(g.inputs[i], 0, &files)
                            : !push(&files, g.inputs[i])) {
      cli_error("could not list the submissions (out of memory or more "
                "than %d files)",
                GRADE_MAX_FILES);
      goto done;
    }
  }
  qsort(files.v, (size_t)files.n, sizeof *files.v, by_path);
  if (files.skipped > 0)
    cli_error("left alone %d symlink%s or special file%s in the folders",
              files.skipped, files.skipped == 1 ? "" : "s",
              files.skipped == 1 ? "" : "s");
  res = calloc((size_t)(files.n > 0 ? files.n : 1), sizeof *res);
  /* which thread made each result, then each entry or feedback: threads
   * free what they made (grade_jobs_free) */
  made_by = calloc((size_t)files.n * 3 + 1, 1); /* n, then n + nt <= 2n */
  if (res == NULL || made_by == NULL) {
    cli_error("out of memory");
    goto done;
  }
  /* scn->sha256 is of src: the bytes every worker compiles are those the
   * check above passed.  cJSON's allocations come from the workers'
   * scratch blocks while they parse (rp_scratch.h), from malloc elsewhere. */
  grade_work work = {.a = &a,
                     .scn = scn,
                     .chunkname = path,
                     .src = src,
                     .src_len = src_len,
                     .paths = files.v,
                     .n = files.n,
                     .made_by = made_by};
  cJSON_Hooks hooks = {rp_scratch_alloc, rp_scratch_release};
  cJSON_InitHooks(&hooks);
  char why[RP_ERROR_MAX];
  if (!grade_jobs_run(&work, res, jobs, why)) {
    cli_error("grading stopped: %s", why);
    goto done;
  }
  /* Then, on the threads too: the feedback, the cohort view and (for
   * --json) the entries of the JSON results, printed to be spliced. */
  grade_summary sum;
  if (grade_finish(&a, res, files.n, g.accept_late) != RP_OK ||
      (tr = grade_trainees_grouped(&a, res, files.n, &nt)) == NULL ||
      !grade_jobs_post(&a, res, files.n, tr, nt, &sum, g.json ? &parts : NULL,
                       made_by + files.n, jobs)) {
    cli_error("grading stopped: out of memory");
    goto done;
  }
  rc = CLI_OK;
  if (g.json) {
    if (!write_json(&a, res, files.n, tr, nt, &sum, parts))
      rc = CLI_FAIL;
  } else if (g.summary) {
    print_summary(&a, &sum);
  } else if (!(g.csv && strcmp(g.csv, "-") == 0) &&
             !(g.xapi && strcmp(g.xapi, "-") == 0)) {
    print_table(&a, res, files.n, tr, nt); /* stdout is free for it */
  }
  if (g.csv != NULL) {
    rp_buf b = RP_BUF_INIT;
    if (g.canvas)
      gradebook_csv_canvas(&b, &a, tr, nt);
    else
      gradebook_csv_moodle(&b, &a, tr, nt);
    if (rp_buf_failed(&b) || !emit(g.csv, rp_buf_str(&b), "gradebook", false))
      rc = CLI_FAIL;
    rp_buf_free(&b);
  }
  if (g.xapi != NULL) {
    char platform[64];
    snprintf(platform, sizeof platform, "rapport %s", RP_VERSION);
    cJSON *o = xapi_statements(&a, scn, res, files.n,
                               g.base ? g.base : XAPI_DEFAULT_BASE, platform);
    char *s = o != NULL ? cJSON_Print(o) : NULL;
    cJSON_Delete(o);
    if (s == NULL) {
      cli_error("out of memory writing the xAPI statements");
      rc = CLI_FAIL;
    } else {
      size_t n = strlen(s);
      char *s2 = realloc(s, n + 2);
      if (s2 != NULL) {
        s2[n] = '\n';
        s2[n + 1] = '\0';
        s = s2;
      }
      if (!emit(g.xapi, s, "xAPI statements", true))
        rc = CLI_FAIL;
      cJSON_free(s);
    }
  }
  if (fflush(stdout) != 0)
    rc = CLI_FAIL;
done:
  if (made_by != NULL)
    grade_jobs_free(res, files.n, tr, nt, parts, made_by, made_by + files.n,
                    jobs);
  free(made_by);
  free(parts);
  free(res);
  grade_trainees_free(tr, nt);
  for (int i = 0; i < files.n; i++)
    free(files.v[i]);
  free(files.v);
  scn_free(scn);
  rp_pages_free(src, src_cap);
  free(path);
  free(text);
  homework_free(&a);
  cJSON_InitHooks(NULL);
  return rc;
}
