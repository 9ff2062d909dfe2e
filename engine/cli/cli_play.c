/*
 * cli_play.c -- `rapport play`, `rapport baseline`, `rapport list`,
 * `rapport replay` and the graded attempt `rapport homework` plays.  Where a
 * finished session is saved is cli_save.c's; the list's layout and the menu
 * of a bare `rapport` are cli_scenarios.c's.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "academy/homework.h"
#include "cli.h"
#include "cli_play.h"
#include "cli_save.h"
#include "cli_scenarios.h"
#include "cli_term.h"
#include "cli_trainee.h"
#include "core/debrief.h"
#include "core/rec.h"
#include "io/catalog.h"
#include "io/rp_fs.h"
#include "io/scn_file.h"
#include "repl.h"
#include "util/rp_buf.h"
#include "util/rp_time.h"

/* ---- helpers --------------------------------------------------------------
 */

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
  cli_puts(out, rp_buf_str(&b));
  rp_buf_free(&b);
}

/* Saves the record where to says (NULL: nowhere), then prints the debrief
 * or the record, then says where it went; returns whether all of it
 * worked.  Saving comes first so that a result the trainee has seen is in
 * their history: a kill while it is shown finds it saved already.  Each
 * failure is printed once, here, after the result as before. */
static bool finish(const sess_session *s, const rec_meta *meta, bool json,
                   cli_save_patch patch, void *patch_arg, const cli_save_to *to,
                   FILE *note) {
  score_report rep;
  score_session(s, &rep);
  char *text;
  rp_error err;
  if (cli_save_record(s, &rep, meta, patch, patch_arg, &text, &err) != RP_OK) {
    cli_error("%s", err.msg);
    return false;
  }
  bool saving = to != NULL && to->save;
  char *path = NULL, *sub = NULL;
  rp_error herr, serr;
  rp_status hst = RP_OK, sst = RP_OK;
  if (saving) {
    hst = cli_save_history(to, s, meta, text, &path, &herr);
    if (to->submission != NULL)
      sst = cli_save_submission(to, text, &sub, &serr);
  }
  if (json) {
    cli_put_json(stdout, text);
  } else {
    term_style st = cli_term_style(stdout);
    rp_buf b = RP_BUF_INIT;
    debrief_render(&b, s, &rep, &st, strcmp(meta->mode, "author") == 0);
    cli_puts(stdout, rp_buf_str(&b));
    rp_buf_free(&b);
  }
  bool ok = fflush(stdout) == 0;
  free(text);
  if (!saving)
    return ok;
  term_style st = cli_term_style(note);
  if (hst != RP_OK) {
    cli_error("%s", herr.msg);
    ok = false;
  } else {
    cli_printf(note, "%sSaved to %s's history: %s%s\n", term_dim(&st),
               meta->trainee, path, term_reset(&st));
  }
  free(path);
  if (to->submission != NULL) {
    if (sst != RP_OK) {
      cli_error("%s", serr.msg);
      ok = false;
    } else {
      cli_printf(note,
                 "\n%sSubmission written to %s%s\nSend this file to your "
                 "instructor as it is: it is graded by replaying your "
                 "choices.\n",
                 term_bold(&st), sub, term_reset(&st));
    }
    free(sub);
  }
  return ok;
}

/* ---- rapport play ----------------------------------------------------------
 */

typedef struct play_args {
  const char *scenario, *choices, *trainee, *data_dir;
  long long seed; /* -1: a fresh one */
  bool json, author;
  bool assess; /* the baseline: no coaching until the end, then advice */
  /* graded homework (rapport homework) */
  const homework_assignment *hw;
  int attempt;
  const char *output; /* -o, or NULL for the default name */
} play_args;

/* The options play and baseline share (the baseline has no author mode). */
#define PLAY_OPTIONS                                                           \
  CLI_INT(0, "seed", play_args, seed, "N", 0, (long long)REC_SEED_MAX, 0,      \
          "the seed of the session's randomness (default: random)"),           \
      CLI_STRING(0, "choices", play_args, choices, "LIST", 0,                  \
                 "play non-interactively: choice numbers or ids separated "    \
                 "by commas, e.g. 2,1,3 or ask_agenda,pain"),                  \
      CLI_FLAG(0, "json", play_args, json, 0,                                  \
               "print the session record (JSON) instead of the debrief; "      \
               "standard output then carries the JSON alone"),                 \
      CLI_STRING(0, "trainee", play_args, trainee, "NAME", 0,                  \
                 "the trainee named in the record (default: login name)"),     \
      CLI_STRING(0, "data-dir", play_args, data_dir, "DIR", 0,                 \
                 "where trainees' histories are kept (default: "               \
                 "$XDG_DATA_HOME/rapport)")

const cli_option cli_play_options[] = {
    PLAY_OPTIONS,
    CLI_FLAG(0, "author", play_args, author, 0,
             "for scenario authors: shows node and choice ids, meters and "
             "facts as the conversation runs, and adds :goto NODE, :set "
             "METER VALUE and :reload (reload the edited file and replay the "
             "choices made so far)"),
    CLI_END};

const cli_option cli_baseline_options[] = {PLAY_OPTIONS, CLI_END};

/* Parses play's (or baseline's) options into *a; the positionals are left
 * in argv[0..*n). */
static int parse_play(const char *cmd, int argc, char **argv, play_args *a,
                      int *n) {
  memset(a, 0, sizeof *a);
  a->seed = -1;
  return cli_parse(cmd, argc, argv, a, n);
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
    rp_status st;
    long long n;
    const char *digits = tok + (tok[0] == '-');
    if (cli_parse_int(tok, INT_MIN, INT_MAX, &n)) {
      st = sess_choose(r->s, (int)n, 0.0, &err);
    } else if (*digits != '\0' &&
               digits[strspn(digits, "0123456789")] == '\0') {
      /* A number too large for an int is no choice either; said with the
       * number as typed, not a wrapped or clamped one. */
      st = RP_EINPUT;
      snprintf(err.msg, sizeof err.msg,
               "there is no choice %.40s%s; type a number from 1 to %d", tok,
               strlen(tok) > 40 ? "..." : "", sess_available(r->s));
    } else {
      st = sess_choose_id(r->s, tok, 0.0, &err);
    }
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
    cli_printf(stdout, "\n%sNo weak spot:%s a trusted advisor's call.",
               term_bold(&st), term_reset(&st));
    if (cur->n_modules > 0)
      cli_printf(stdout, " Go on to the hardest module: Module %d, %s.",
                 cur->n_modules, cur->modules[cur->n_modules - 1].title);
    cli_printf(stdout, "\n");
    return;
  }
  if (k < 0) {
    cli_printf(stdout,
               "\nThe call ended before it could measure your skills: take the "
               "baseline again and play it to the end.\n");
    return;
  }
  cli_printf(stdout, "\n%sWork on first:%s %s\n", term_bold(&st),
             term_reset(&st), what[k]);
  const curriculum_module *m = curriculum_module_for_skill(cur, (scn_skill)k);
  if (m != NULL && m->n_scenarios > 0)
    cli_printf(stdout, "  Module %d, %s: start with `rapport play %s`.\n",
               (int)(m - cur->modules) + 1, m->title, m->scenarios[0]);
  else if (m != NULL)
    cli_printf(stdout, "  Module %d, %s.\n", (int)(m - cur->modules) + 1,
               m->title);
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
  uint64_t seed = a->seed >= 0 ? (uint64_t)a->seed : fresh_seed();
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
  if (a->assess || a->hw != NULL)
    sess_hide_locked(s); /* no hint of the expected move when it counts */
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
  cli_save_to to = {!a->author, a->data_dir, NULL, a->output != NULL};
  char *subname = NULL;
  if (a->hw != NULL) {
    if (a->output != NULL)
      to.submission = a->output;
    else
      to.submission = subname =
          cli_save_submission_name(a->hw->id, trainee, a->attempt);
    if (to.submission == NULL) {
      cli_error("out of memory");
      ok = false;
    }
  }
  if (!finish(s, &meta, a->json,
              a->hw       ? add_homework
              : a->assess ? add_advice
                          : NULL,
              a->hw ? (void *)&hwc : (void *)&adv, &to, out))
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
  int n;
  int rc = parse_play("play", argc, argv, &a, &n);
  if (rc != CLI_OK)
    return rc;
  if (n == 0)
    return cli_usage("play", "which scenario? (rapport list shows them)");
  if (n > 1)
    return cli_usage("play", "one scenario at a time (got '%s' and '%s')",
                     argv[0], argv[1]);
  a.scenario = argv[0];
  return play_named(&a);
}

int cli_baseline(int argc, char **argv) {
  /* The same options as play, without the scenario: it is the baseline. */
  play_args a;
  int n;
  int rc = parse_play("baseline", argc, argv, &a, &n);
  if (rc != CLI_OK)
    return rc;
  if (n > 0)
    return cli_usage("baseline", "unexpected argument '%s'", argv[0]);
  curriculum_curriculum cur;
  rp_error err;
  if (catalog_curriculum(&cur, &err) != RP_OK) {
    cli_error("%s", err.msg);
    memset(&cur, 0, sizeof cur);
  }
  a.scenario = cur.baseline != NULL ? cur.baseline : "baseline";
  a.assess = true;
  rc = play_named(&a);
  curriculum_free(&cur);
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

typedef struct list_args {
  bool json;
} list_args;

const cli_option cli_list_options[] = {
    CLI_FLAG(0, "json", list_args, json, 0,
             "print the scenarios as a JSON array"),
    CLI_END};

int cli_list(int argc, char **argv) {
  list_args opt = {false};
  int n;
  if (cli_parse("list", argc, argv, &opt, &n) != CLI_OK)
    return CLI_USAGE;
  if (n > 0)
    return cli_usage("list", "unexpected argument '%s'", argv[0]);
  bool json = opt.json;
  catalog_list l;
  curriculum_curriculum cur;
  if (!cli_scenarios_scan(&l, &cur))
    return CLI_FAIL;
  cli_scenarios_problems(&l);
  if (json) {
    cJSON *a = cJSON_CreateArray();
    for (int i = 0; a != NULL && i < l.n; i++) {
      cJSON *o = cJSON_CreateObject();
      cJSON_AddStringToObject(o, "id", l.v[i].id);
      cJSON_AddStringToObject(o, "title", l.v[i].title);
      cJSON_AddStringToObject(o, "module", l.v[i].module);
      char head[160];
      cli_scenarios_heading(&l.v[i], &cur, head, sizeof head);
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
    cli_put_json(stdout, text);
    cli_puts(stdout, "\n");
    cJSON_free(text);
  } else if (l.n == 0) {
    cli_error("no scenarios found (looked in ./scenarios, $RAPPORT_PATH and "
              "the installed share directory)");
  } else {
    cli_scenarios_print(&l, &cur, stdout, false);
  }
  int rc = l.n_problems > 0 ? CLI_FAIL : CLI_OK;
  catalog_list_free(&l);
  curriculum_free(&cur);
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

typedef struct replay_args {
  const char *scenario;
  bool json;
} replay_args;

const cli_option cli_replay_options[] = {
    CLI_STRING(0, "scenario", replay_args, scenario, "FILE", 0,
               "replay with this scenario file (default: the record's "
               "scenario by id on the search path, else the file it was "
               "played from)"),
    CLI_FLAG(0, "json", replay_args, json, 0,
             "print the recomputed record (JSON) instead of the debrief"),
    CLI_END};

int cli_replay(int argc, char **argv) {
  replay_args opt = {NULL, false};
  int n;
  if (cli_parse("replay", argc, argv, &opt, &n) != CLI_OK)
    return CLI_USAGE;
  if (n == 0)
    return cli_usage("replay", "which record?");
  if (n > 1)
    return cli_usage("replay", "one record at a time");
  const char *file = argv[0], *scenario = opt.scenario;
  bool json = opt.json;
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
    if (!finish(s, &meta, json, keep_times, &rec, NULL, NULL))
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
  a.seed = -1;
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
