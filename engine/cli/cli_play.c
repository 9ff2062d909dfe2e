/*
 * cli_play.c -- `rapport play`, `rapport list`, `rapport replay` and the
 * menu shown by a bare `rapport`.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <readline/readline.h>

#include "academy/homework.h"
#include "cli.h"
#include "cli_play.h"
#include "cli_term.h"
#include "cli_trainee.h"
#include "core/debrief.h"
#include "core/rec.h"
#include "io/catalog.h"
#include "io/history.h"
#include "io/rp_fs.h"
#include "io/scn_file.h"
#include "repl.h"
#include "util/rp_buf.h"
#include "util/rp_time.h"

/* ---- helpers --------------------------------------------------------------
 */

static bool parse_seed(const char *s, uint64_t *out) {
  if (s == NULL || *s < '0' || *s > '9')
    return false;
  errno = 0;
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno != 0 || *end != '\0' || v > REC_SEED_MAX)
    return false;
  *out = v;
  return true;
}

/* A seed from the clock and the process id, within JSON's exact integers. */
static uint64_t fresh_seed(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint64_t x = (uint64_t)ts.tv_sec * 1000000007ULL ^ (uint64_t)ts.tv_nsec ^
               ((uint64_t)getpid() << 32);
  x ^= x >> 29;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 32;
  return x & REC_SEED_MAX;
}

const char *cli_default_trainee(void) {
  const char *t = getenv("RAPPORT_TRAINEE");
  if (t != NULL && t[0] != '\0')
    return t;
  struct passwd *pw = getpwuid(getuid());
  if (pw != NULL && pw->pw_name != NULL && pw->pw_name[0] != '\0')
    return pw->pw_name;
  t = getenv("USER");
  return t != NULL && t[0] != '\0' ? t : "trainee";
}

static char *readline_history_path(void) {
  char *dir = rp_fs_xdg_dir("STATE");
  if (dir == NULL)
    return NULL;
  rp_error err;
  if (rp_fs_mkdirs(dir, &err) != RP_OK) {
    free(dir);
    return NULL; /* no history is better than no session */
  }
  size_t n = strlen(dir) + 16;
  char *p = malloc(n);
  if (p != NULL)
    snprintf(p, n, "%s/history", dir);
  free(dir);
  return p;
}

static scn_scenario *load(const char *name) {
  char *path;
  rp_error err;
  if (catalog_resolve(name, &path, &err) != RP_OK) {
    cli_error("%s", err.msg);
    return NULL;
  }
  scn_scenario *s = scn_load_file(path, &err);
  if (s == NULL)
    cli_error("%s", err.msg);
  free(path);
  return s;
}

static void print_brief(FILE *out, const scn_scenario *s,
                        const term_style *st) {
  rp_buf b = RP_BUF_INIT;
  rp_buf_printf(&b, "%s%s%s\n", term_bold(st), s->title, term_reset(st));
  rp_buf_printf(&b, "%s%s, %s at %s%s\n", term_dim(st), s->prospect.name,
                s->prospect.role, s->prospect.company, term_reset(st));
  rp_buf_puts(&b, "\n");
  term_wrap(&b, s->brief, st->width, 0, 0);
  rp_buf_puts(&b, "\n");
  fputs(rp_buf_str(&b), out);
  rp_buf_free(&b);
}

/* Prints the debrief or the record of a finished session; returns whether
 * the output could be produced. */
/* Where a finished session goes besides the screen. */
typedef struct save_to {
  bool save;
  const char *data_dir;   /* NULL: the XDG default */
  FILE *note;             /* where "saved to ..." is said */
  const char *submission; /* graded homework: the submission file, or NULL */
  bool submission_given;  /* -o named it: never pick another name */
} save_to;

/* Writes a graded attempt's submission: to the path given, never replacing
 * a file; a default name that exists already gets "-2", "-3", ... so an
 * attempt is never lost.  *written receives the name used (caller frees). */
static rp_status write_submission(const save_to *to, const char *text,
                                  char **written, rp_error *err) {
  *written = NULL;
  size_t len = strlen(text), n = strlen(to->submission) + 16;
  for (int k = 1; k < 100; k++) {
    char *path = malloc(n);
    if (path == NULL)
      return rp_fail(err, RP_ENOMEM, "out of memory");
    if (k == 1)
      snprintf(path, n, "%s", to->submission);
    else /* "x.json" -> "x-2.json" */
      snprintf(path, n, "%.*s-%d.json", (int)strlen(to->submission) - 5,
               to->submission, k);
    rp_status st = rp_fs_write_new(path, text, len, err);
    if (st == RP_OK) {
      *written = path;
      return RP_OK;
    }
    free(path);
    if (st != RP_EINPUT || to->submission_given)
      return st; /* RP_EINPUT: it exists */
  }
  return rp_fail(err, RP_EIO, "%s and 98 more names like it exist already",
                 to->submission);
}

/* Prints the debrief or the record of a finished session and saves the
 * record to the trainee's history; returns whether all of it worked. */
static bool finish(const sess_session *s, const rec_meta *meta, bool json,
                   cJSON *(*patch)(cJSON *, void *), void *patch_arg,
                   const save_to *to) {
  score_report rep;
  score_session(s, &rep);
  cJSON *o = rec_build(s, &rep, meta);
  if (o != NULL && patch != NULL)
    o = patch(o, patch_arg);
  char *text = o != NULL ? cJSON_Print(o) : NULL;
  cJSON_Delete(o);
  if (text == NULL) {
    cli_error("out of memory writing the record");
    return false;
  }
  bool ok = true;
  if (json) {
    printf("%s\n", text);
  } else {
    term_style st = cli_term_style(stdout);
    rp_buf b = RP_BUF_INIT;
    debrief_render(&b, s, &rep, &st);
    fputs(rp_buf_str(&b), stdout);
    rp_buf_free(&b);
  }
  ok = fflush(stdout) == 0;
  if (to != NULL && to->save) {
    rp_buf rec = RP_BUF_INIT;
    rp_buf_printf(&rec, "%s\n", text);
    char *path = NULL;
    rp_error err;
    const scn_scenario *scn = sess_scenario(s);
    if (rp_buf_failed(&rec) ||
        history_save(to->data_dir, meta->trainee, rp_buf_str(&rec), scn->id,
                     sess_seed(s), meta->started, &path, &err) != RP_OK) {
      cli_error("the session could not be saved to %s's history: %s",
                meta->trainee, rp_buf_failed(&rec) ? "out of memory" : err.msg);
      ok = false;
    } else if (to->note != NULL) {
      term_style st = cli_term_style(to->note);
      fprintf(to->note, "%sSaved to %s's history: %s%s\n", term_dim(&st),
              meta->trainee, path, term_reset(&st));
    }
    free(path);
    if (to->submission != NULL && !rp_buf_failed(&rec)) {
      char *sub = NULL;
      if (write_submission(to, rp_buf_str(&rec), &sub, &err) != RP_OK) {
        cli_error("the submission could not be written: %s (the attempt is "
                  "in your history; `rapport progress` lists it)",
                  err.msg);
        ok = false;
      } else if (to->note != NULL) {
        term_style st = cli_term_style(to->note);
        fprintf(to->note,
                "\n%sSubmission written to %s%s\nSend this file to your "
                "instructor as it is: it is graded by replaying your "
                "choices.\n",
                term_bold(&st), sub, term_reset(&st));
      }
      free(sub);
    }
    rp_buf_free(&rec);
  }
  cJSON_free(text);
  return ok;
}

/* ---- rapport play ----------------------------------------------------------
 */

typedef struct play_args {
  const char *scenario, *seed, *choices, *trainee, *data_dir;
  bool json, author;
  bool assess; /* the baseline: no coaching until the end, then advice */
  /* graded homework (rapport homework) */
  const homework_assignment *hw;
  int attempt;
  const char *output; /* -o, or NULL for the default name */
} play_args;

static int parse_play(int argc, char **argv, play_args *a) {
  memset(a, 0, sizeof *a);
  for (int i = 1; i < argc; i++) {
    bool bad = false;
    const char *v;
    if (cli_opt(argc, argv, &i, "--seed", &v, &bad))
      a->seed = v;
    else if (cli_opt(argc, argv, &i, "--choices", &v, &bad))
      a->choices = v;
    else if (cli_opt(argc, argv, &i, "--trainee", &v, &bad))
      a->trainee = v;
    else if (cli_opt(argc, argv, &i, "--data-dir", &v, &bad))
      a->data_dir = v;
    else if (strcmp(argv[i], "--json") == 0)
      a->json = true;
    else if (strcmp(argv[i], "--author") == 0)
      a->author = true;
    else if (argv[i][0] == '-' && argv[i][1] != '\0')
      return cli_usage("play", "unknown option '%s'", argv[i]);
    else if (a->scenario == NULL)
      a->scenario = argv[i];
    else
      return cli_usage("play", "one scenario at a time (got '%s' and '%s')",
                       a->scenario, argv[i]);
    if (bad)
      return cli_usage("play", "option '%s' needs a value", argv[i]);
  }
  if (a->scenario == NULL)
    return cli_usage("play", "which scenario? (rapport list shows them)");
  return CLI_OK;
}

/* Plays the comma-separated choices; false when one is refused. */
static bool play_choices(repl *r, const char *list) {
  char *copy = strdup(list);
  if (copy == NULL)
    return false;
  bool ok = true;
  int k = 0;
  char *save = NULL;
  for (char *tok = strtok_r(copy, ",", &save); tok != NULL && ok;
       tok = strtok_r(NULL, ",", &save)) {
    k++;
    while (*tok == ' ')
      tok++;
    if (sess_state(r->s) != SESS_ACTIVE) {
      cli_error("--choices: choice %d ('%s') comes after the conversation "
                "ended",
                k, tok);
      ok = false;
      break;
    }
    rp_error err;
    char *end;
    long n = strtol(tok, &end, 10);
    rp_status st =
        *tok != '\0' && *end == '\0'
            ? sess_choose(r->s, (int)(n > 0 && n < 1000 ? n : 0), 0.0, &err)
            : sess_choose_id(r->s, tok, 0.0, &err);
    if (st == RP_EINPUT) {
      cli_error("--choices: choice %d ('%s'): %s", k, tok, err.msg);
      ok = false;
    }
    repl_show(r);
  }
  free(copy);
  return ok;
}

/* ---- the baseline's advice ---------------------------------------------- */

typedef struct advice_ctx {
  const sess_session *s;
  const curriculum_curriculum *cur;
} advice_ctx;

/* The skill to work on first: the largest shortfall (100 - score; for
 * pushing, the score itself), among the skills the call measured. */
static int weakest_skill(const sess_session *s) {
  score_report r;
  score_session(s, &r);
  int worst = -1;
  double gap = -1;
  if (r.overall >= 90)
    return -2; /* no weak spot worth naming */
  /* Pushing first on ties: the transaction crowding out the relationship
   * is what the academy trains against above all. */
  for (int k = SCN_SKILL_COUNT - 1; k >= 0; k--) {
    if (!r.skills[k].measured)
      continue;
    double g = k == SCN_PUSHING ? r.skills[k].score : 100 - r.skills[k].score;
    if (g > gap) {
      gap = g;
      worst = k;
    }
  }
  return worst;
}

static cJSON *add_advice(cJSON *o, void *arg) {
  const advice_ctx *a = arg;
  int k = weakest_skill(a->s);
  cJSON *x = cJSON_AddObjectToObject(o, "assessment");
  if (k == -2) {
    cJSON_AddStringToObject(x, "work_on", "none");
    if (a->cur->n_modules > 0)
      cJSON_AddStringToObject(x, "module",
                              a->cur->modules[a->cur->n_modules - 1].id);
    return o;
  }
  if (k < 0)
    return o;
  cJSON_AddStringToObject(x, "work_on", scn_skill_name((scn_skill)k));
  const curriculum_module *m =
      curriculum_module_for_skill(a->cur, (scn_skill)k);
  if (m != NULL) {
    cJSON_AddStringToObject(x, "module", m->id);
    if (m->n_scenarios > 0)
      cJSON_AddStringToObject(x, "next_scenario", m->scenarios[0]);
  }
  return o;
}

static void print_advice(const sess_session *s,
                         const curriculum_curriculum *cur) {
  static const char *const what[SCN_SKILL_COUNT] = {
      "empathy", "listening", "problem-solving",
      "pushing less (you pushed for the transaction when you could have "
      "built the relationship)"};
  term_style st = cli_term_style(stdout);
  int k = weakest_skill(s);
  if (k == -2) {
    printf("\n%sNo weak spot:%s a trusted advisor's call.", term_bold(&st),
           term_reset(&st));
    if (cur->n_modules > 0)
      printf(" Go on to the hardest module: Module %d, %s.", cur->n_modules,
             cur->modules[cur->n_modules - 1].title);
    printf("\n");
    return;
  }
  if (k < 0) {
    printf("\nThe call ended before it could measure your skills: take the "
           "baseline again and play it to the end.\n");
    return;
  }
  printf("\n%sWork on first:%s %s\n", term_bold(&st), term_reset(&st), what[k]);
  const curriculum_module *m = curriculum_module_for_skill(cur, (scn_skill)k);
  if (m != NULL && m->n_scenarios > 0)
    printf("  Module %d, %s: start with `rapport play %s`.\n",
           (int)(m - cur->modules) + 1, m->title, m->scenarios[0]);
  else if (m != NULL)
    printf("  Module %d, %s.\n", (int)(m - cur->modules) + 1, m->title);
}

/* ---- graded homework ----------------------------------------------------- */

typedef struct homework_ctx {
  const play_args *a;
  bool timed_out;
} homework_ctx;

static cJSON *add_homework(cJSON *o, void *arg) {
  const homework_ctx *h = arg;
  char now[32];
  rp_time_format(time(NULL), 0, now);
  homework_attempt at = {
      (char *)h->a->hw->id, h->a->attempt, h->a->hw->time_limit_minutes,
      h->timed_out,         now,           0};
  cJSON *x = homework_attempt_build(&at);
  if (x == NULL || !cJSON_AddItemToObject(o, "homework", x)) {
    cJSON_Delete(x);
    cJSON_Delete(o);
    return NULL; /* finish() reports out of memory */
  }
  return o;
}

static int run_play(scn_scenario **scnp, const char *path, const play_args *a) {
  scn_scenario *scn = *scnp;
  uint64_t seed = fresh_seed();
  if (a->seed != NULL && !parse_seed(a->seed, &seed))
    return cli_usage("play", "--seed takes a whole number from 0 to %llu",
                     (unsigned long long)REC_SEED_MAX);
  const char *trainee = a->trainee ? a->trainee : cli_default_trainee();
  if (!trainee_valid_name(trainee))
    return cli_usage("play",
                     "'%s' is not a valid trainee name: 1 to %d "
                     "letters, digits, '.', '_' or '-', not starting "
                     "with '.' (--trainee or RAPPORT_TRAINEE)",
                     trainee, TRAINEE_NAME_MAX);
  FILE *out = a->json ? stderr : stdout;
  rp_error err;
  sess_session *s = sess_new(scn, seed, &err);
  if (s == NULL) {
    cli_error("%s", err.msg);
    return CLI_FAIL;
  }
  repl_signal_install(); /* a hang-up or SIGTERM ends the session, saved */
  homework_ctx hwc = {a, false};
  repl_opts o = {
      !a->assess && a->hw == NULL, a->author, path, false,         out,
      cli_term_style(out),         NULL,      0,    &hwc.timed_out};
  if (a->hw != NULL && a->hw->time_limit_minutes > 0)
    o.deadline = repl_now() + a->hw->time_limit_minutes * 60.0;
  rec_meta meta = {trainee,
                   a->author   ? "author"
                   : a->hw     ? "graded"
                   : a->assess ? "assessment"
                               : "practice",
                   time(NULL), 0};
  print_brief(out, scn, &o.style);
  bool ok = true;
  char *hist = NULL;
  if (a->choices != NULL) {
    repl r = {s, scn, o, 0, false};
    repl_show(&r);
    ok = play_choices(&r, a->choices);
    sess_quit(s); /* choices that stop before an ending: the call ends */
  } else {
    o.interactive = isatty(STDIN_FILENO) && isatty(fileno(out));
    if (o.interactive)
      o.history = hist = readline_history_path();
    repl_run(&s, scnp, &o);
  }
  free(hist);
  meta.ended = time(NULL);
  curriculum_curriculum cur = {NULL, NULL, 0};
  rp_error cerr;
  if (a->assess && catalog_curriculum(&cur, &cerr) != RP_OK)
    cli_error("%s", cerr.msg); /* advice without module names */
  advice_ctx adv = {s, &cur};
  save_to to = {!a->author, a->data_dir, out, NULL, a->output != NULL};
  char *subname = NULL;
  if (a->hw != NULL) {
    if (a->output != NULL) {
      to.submission = a->output;
    } else {
      size_t n = strlen(a->hw->id) + strlen(trainee) + 40;
      subname = malloc(n);
      if (subname != NULL)
        snprintf(subname, n, "%s-%s-attempt%d.json", a->hw->id, trainee,
                 a->attempt);
      to.submission = subname;
    }
    if (to.submission == NULL) {
      cli_error("out of memory");
      ok = false;
    }
  }
  if (!finish(s, &meta, a->json,
              a->hw       ? add_homework
              : a->assess ? add_advice
                          : NULL,
              a->hw ? (void *)&hwc : (void *)&adv, &to))
    ok = false;
  free(subname);
  if (a->assess && !a->json)
    print_advice(s, &cur);
  curriculum_free(&cur);
  if (sess_state(s) == SESS_ABORTED) {
    cli_error("%s", sess_abort_reason(s));
    ok = false;
  }
  sess_free(s);
  repl_signal_restore();
  return ok ? CLI_OK : CLI_FAIL;
}

/* Loads the scenario a.scenario names and plays it. */
static int play_named(const play_args *a);

int cli_play(int argc, char **argv) {
  play_args a;
  int rc = parse_play(argc, argv, &a);
  if (rc != CLI_OK)
    return rc;
  return play_named(&a);
}

int cli_baseline(int argc, char **argv) {
  /* The same options as play, without the scenario: it is the baseline. */
  char **args = calloc((size_t)argc + 2, sizeof *args);
  if (args == NULL)
    return CLI_FAIL;
  curriculum_curriculum cur;
  rp_error err;
  const char *id = "baseline";
  if (catalog_curriculum(&cur, &err) != RP_OK) {
    cli_error("%s", err.msg);
    memset(&cur, 0, sizeof cur);
  }
  if (cur.baseline != NULL)
    id = cur.baseline;
  args[0] = argv[0];
  args[1] = (char *)id;
  for (int i = 1; i < argc; i++)
    args[i + 1] = argv[i];
  play_args a;
  int rc = parse_play(argc + 1, args, &a);
  if (rc == CLI_OK) {
    if (a.author)
      rc = cli_usage("baseline",
                     "the baseline has no author mode (use "
                     "rapport play %s --author)",
                     id);
    else {
      a.assess = true;
      rc = play_named(&a);
    }
  }
  curriculum_free(&cur);
  free(args);
  return rc;
}

static int play_named(const play_args *ap) {
  play_args a = *ap;
  int rc;
  char *path;
  rp_error err;
  if (catalog_resolve(a.scenario, &path, &err) != RP_OK) {
    cli_error("%s", err.msg);
    return CLI_FAIL;
  }
  scn_scenario *scn = scn_load_file(path, &err);
  if (scn == NULL) {
    cli_error("%s", err.msg);
    free(path);
    return CLI_FAIL;
  }
  rc = run_play(&scn, path, &a);
  scn_free(scn);
  free(path);
  return rc;
}

/* ---- rapport list ----------------------------------------------------------
 */

/* The heading a scenario is listed under: its module's title from the
 * curriculum (numbered in curriculum order), the baseline's own, or its
 * module field. */
static void heading(const catalog_entry *e, const curriculum_curriculum *c,
                    char *buf, size_t n) {
  if (c->baseline != NULL && strcmp(e->id, c->baseline) == 0) {
    snprintf(buf, n, "Baseline assessment");
    return;
  }
  for (int m = 0; m < c->n_modules; m++)
    for (int i = 0; i < c->modules[m].n_scenarios; i++)
      if (strcmp(c->modules[m].scenarios[i], e->id) == 0) {
        snprintf(buf, n, "Module %d: %s", m + 1, c->modules[m].title);
        return;
      }
  snprintf(buf, n, "%s", e->module);
}

static void print_list(const catalog_list *l, const curriculum_curriculum *c,
                       FILE *out, bool numbered) {
  term_style st = cli_term_style(out);
  char last[160] = "", head[160];
  for (int i = 0; i < l->n; i++) {
    const catalog_entry *e = &l->v[i];
    heading(e, c, head, sizeof head);
    if (strcmp(head, last) != 0) {
      snprintf(last, sizeof last, "%s", head);
      fprintf(out, "%s%s%s\n", term_bold(&st), head, term_reset(&st));
    }
    if (numbered)
      fprintf(out, "  %2d) ", i + 1);
    else
      fputs("  ", out);
    fprintf(out, "%-22s %-46s %-12s", e->id, e->title, e->difficulty);
    if (e->minutes > 0)
      fprintf(out, " %3d min", e->minutes);
    fputc('\n', out);
  }
}

/* Scans the search path and sorts in curriculum order; false (with the
 * error printed) when the scan fails.  A broken manifest is reported and
 * the list goes on without it. */
static bool scan_sorted(catalog_list *l, curriculum_curriculum *c) {
  rp_error err;
  if (catalog_scan(l, &err) != RP_OK) {
    cli_error("%s", err.msg);
    return false;
  }
  if (catalog_curriculum(c, &err) != RP_OK) {
    cli_error("%s", err.msg);
    memset(c, 0, sizeof *c);
  }
  catalog_sort(l, c);
  return true;
}

static void report_problems(const catalog_list *l) {
  for (int i = 0; i < l->n_problems; i++)
    cli_error("skipped %s", l->problems[i]);
}

int cli_list(int argc, char **argv) {
  bool json = false;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--json") == 0)
      json = true;
    else
      return cli_usage("list", "unexpected argument '%s'", argv[i]);
  }
  catalog_list l;
  curriculum_curriculum cur;
  if (!scan_sorted(&l, &cur))
    return CLI_FAIL;
  report_problems(&l);
  if (json) {
    cJSON *a = cJSON_CreateArray();
    for (int i = 0; a != NULL && i < l.n; i++) {
      cJSON *o = cJSON_CreateObject();
      cJSON_AddStringToObject(o, "id", l.v[i].id);
      cJSON_AddStringToObject(o, "title", l.v[i].title);
      cJSON_AddStringToObject(o, "module", l.v[i].module);
      char head[160];
      heading(&l.v[i], &cur, head, sizeof head);
      cJSON_AddStringToObject(o, "group", head);
      cJSON_AddStringToObject(o, "difficulty", l.v[i].difficulty);
      cJSON_AddNumberToObject(o, "minutes", l.v[i].minutes);
      cJSON_AddStringToObject(o, "path", l.v[i].path);
      cJSON_AddItemToArray(a, o);
    }
    char *text = a ? cJSON_Print(a) : NULL;
    cJSON_Delete(a);
    if (text == NULL) {
      catalog_list_free(&l);
      curriculum_free(&cur);
      cli_error("out of memory");
      return CLI_FAIL;
    }
    printf("%s\n", text);
    cJSON_free(text);
  } else if (l.n == 0) {
    cli_error("no scenarios found (looked in ./scenarios, $RAPPORT_PATH and "
              "the installed share directory)");
  } else {
    print_list(&l, &cur, stdout, false);
  }
  int rc = l.n_problems > 0 ? CLI_FAIL : CLI_OK;
  catalog_list_free(&l);
  curriculum_free(&cur);
  return rc;
}

/* ---- bare `rapport`: pick from a menu ------------------------------------ */

int cli_menu(void) {
  catalog_list l;
  curriculum_curriculum cur;
  if (!scan_sorted(&l, &cur))
    return CLI_FAIL;
  report_problems(&l);
  if (l.n == 0) {
    catalog_list_free(&l);
    curriculum_free(&cur);
    cli_error("no scenarios found; try 'rapport help'");
    return CLI_FAIL;
  }
  int def = 0;
  for (int i = 0; i < l.n; i++)
    if (strcmp(l.v[i].id, CATALOG_DEFAULT) == 0)
      def = i;
  printf("Scenarios:\n");
  print_list(&l, &cur, stdout, true);
  curriculum_free(&cur);
  char prompt[160];
  snprintf(prompt, sizeof prompt,
           "\nPick a number or id (Enter starts %s; rapport --help for "
           "more): ",
           l.v[def].id);
  char *line = NULL;
  if (isatty(STDIN_FILENO)) {
    rl_outstream = stdout;
    line = readline(prompt);
  } else {
    fputs(prompt, stdout);
    fflush(stdout);
    size_t cap = 0;
    if (getline(&line, &cap, stdin) < 0) {
      free(line);
      line = NULL;
    }
  }
  if (line == NULL) {
    catalog_list_free(&l);
    putchar('\n');
    return CLI_OK;
  }
  line[strcspn(line, "\r\n")] = '\0';
  int pick = -1;
  char *end;
  long n = strtol(line, &end, 10);
  if (line[0] == '\0')
    pick = def;
  else if (*end == '\0' && n >= 1 && n <= l.n)
    pick = (int)n - 1;
  else
    for (int i = 0; i < l.n; i++)
      if (strcmp(l.v[i].id, line) == 0)
        pick = i;
  int rc = CLI_FAIL;
  if (pick < 0) {
    cli_error("'%s' is not in the list", line);
  } else {
    char *argv[] = {"play", l.v[pick].path, NULL};
    rc = cli_play(2, argv);
  }
  free(line);
  catalog_list_free(&l);
  return rc;
}

/* ---- rapport replay --------------------------------------------------------
 */

/* Puts the record's own trainee, mode and times into the replayed record. */
static cJSON *keep_times(cJSON *o, void *arg) {
  const rec_record *rec = arg;
  cJSON_ReplaceItemInObjectCaseSensitive(o, "started_at",
                                         cJSON_CreateString(rec->started_at));
  cJSON_ReplaceItemInObjectCaseSensitive(o, "ended_at",
                                         cJSON_CreateString(rec->ended_at));
  const cJSON *d =
      cJSON_GetObjectItemCaseSensitive(rec->json, "duration_seconds");
  if (cJSON_IsNumber(d))
    cJSON_ReplaceItemInObjectCaseSensitive(o, "duration_seconds",
                                           cJSON_CreateNumber(d->valuedouble));
  return o;
}

int cli_replay(int argc, char **argv) {
  const char *file = NULL, *scenario = NULL;
  bool json = false;
  for (int i = 1; i < argc; i++) {
    bool bad = false;
    const char *v;
    if (cli_opt(argc, argv, &i, "--scenario", &v, &bad)) {
      if (bad)
        return cli_usage("replay", "--scenario needs a value");
      scenario = v;
    } else if (strcmp(argv[i], "--json") == 0)
      json = true;
    else if (argv[i][0] == '-' && argv[i][1] != '\0')
      return cli_usage("replay", "unknown option '%s'", argv[i]);
    else if (file == NULL)
      file = argv[i];
    else
      return cli_usage("replay", "one record at a time");
  }
  if (file == NULL)
    return cli_usage("replay", "which record?");
  char *text;
  size_t len;
  rp_error err;
  if (rp_fs_read(file, REC_MAX_BYTES, &text, &len, &err) != RP_OK) {
    cli_error("%s", err.msg);
    return CLI_FAIL;
  }
  rec_record rec;
  rp_status st = rec_parse(file, text, len, &rec, &err);
  free(text);
  if (st != RP_OK) {
    cli_error("%s", err.msg);
    return CLI_FAIL;
  }
  /* The scenario: as named, else by id on the search path, else the file
   * the record was played from. */
  const char *name = scenario != NULL ? scenario : rec.scenario_id;
  char *path = NULL;
  if (scenario == NULL && rec.scenario_path != NULL &&
      catalog_resolve(rec.scenario_id, &path, &err) != RP_OK)
    name = rec.scenario_path;
  free(path);
  scn_scenario *scn = load(name);
  if (scn == NULL) {
    rec_free(&rec);
    return CLI_FAIL;
  }
  sess_session *s = NULL;
  score_report rep;
  st = rec_replay(scn, &rec, &s, &rep, &err);
  int rc = CLI_OK;
  if (st != RP_OK) {
    cli_error("%s: does not match the replay: %s", file, err.msg);
    rc = CLI_FAIL;
  } else {
    rec_meta meta = {rec.trainee, rec.mode, 0, 0};
    if (!finish(s, &meta, json, keep_times, &rec, NULL))
      rc = CLI_FAIL;
  }
  sess_free(s);
  scn_free(scn);
  rec_free(&rec);
  return rc;
}

/* ---- rapport homework: the graded attempt itself ------------------------- */

int cli_play_graded(scn_scenario **scn, const char *path, const cli_graded *g) {
  play_args a;
  memset(&a, 0, sizeof a);
  a.scenario = path;
  a.trainee = g->trainee;
  a.data_dir = g->data_dir;
  a.choices = g->choices;
  a.json = g->json;
  a.hw = g->hw;
  a.attempt = g->attempt;
  a.output = g->output;
  return run_play(scn, path, &a);
}
