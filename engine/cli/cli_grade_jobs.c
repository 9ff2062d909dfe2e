/*
 * cli_grade_jobs.c -- rapport grade's threads (cli_grade_jobs.h).
 */
#include "cli_grade_jobs.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "academy/gradebook.h"
#include "util/rp_buf.h"
#include "util/rp_json.h"
#include "util/rp_scratch.h"

/* ---- grading ---------------------------------------------------------------
 */

/* Each worker compiles its own scenario (a Lua state is not thread-safe)
 * from the bytes the main thread checked, so a file changed on disk
 * mid-run cannot reach a worker. */
typedef struct job {
  const grade_work *w;
  grade_result *results;
  atomic_int next;
  atomic_bool failed; /* a worker could not load the scenario or ran out */
  char error[RP_ERROR_MAX];
  pthread_mutex_t lock;
} job;

/* One worker: its job, the scenario it grades on (NULL: compile one), and
 * what it reuses from file to file. */
typedef struct worker_arg {
  job *j;
  int index;         /* 0: the calling thread */
  scn_scenario *scn; /* borrowed */
  char *buf;         /* the file being graded; cap bytes, owned */
  size_t cap;
  rp_scratch scratch; /* its parsed tree (rp_scratch.h); mem owned */
} worker_arg;

/* Bytes of scratch per worker: a typical submission's tree fits many times
 * over; a larger one spills to malloc. */
#define SCRATCH_BYTES ((size_t)1 << 20)

/* Reads the regular file at path (size bytes, as stat said) into the
 * worker's buffer, grown as needed up to GRADE_MAX_BYTES + 1: one open and
 * read, and no allocation per file.  O_NONBLOCK: should the path have
 * become a FIFO since it was stat'ed, opening it must not wait. */
static rp_status read_file(worker_arg *w, const char *path, size_t size,
                           size_t *len, rp_error *err) {
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0)
    return rp_fail(err, RP_EIO, "%s: %s", path, strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return rp_fail(err, RP_EINPUT, "%s: not a regular file", path);
  }
  size_t n = 0;
  for (;;) {
    if (n + 1 >= w->cap || size + 2 > w->cap) {
      size_t cap = w->cap > 0 ? w->cap : 16384;
      while (cap < size + 2 || cap <= n + 1)
        cap *= 2;
      char *b = cap <= GRADE_MAX_BYTES * 2 ? realloc(w->buf, cap) : NULL;
      if (b == NULL) {
        close(fd);
        return rp_fail(err, RP_ENOMEM, "%s: out of memory", path);
      }
      w->buf = b;
      w->cap = cap;
    }
    ssize_t r = read(fd, w->buf + n, w->cap - n - 1);
    if (r < 0 && errno == EINTR)
      continue;
    if (r < 0) {
      int e = errno;
      close(fd);
      return rp_fail(err, RP_EIO, "%s: %s", path, strerror(e));
    }
    if (r == 0)
      break;
    n += (size_t)r;
    if (n > GRADE_MAX_BYTES)
      break; /* grown since stat: grade_one refuses it by its length */
  }
  close(fd);
  w->buf[n] = '\0';
  *len = n;
  return RP_OK;
}

/* Reads and grades one file; only regular files are opened. */
static void grade_file(worker_arg *w, const scn_scenario *scn, int i) {
  job *j = w->j;
  const char *path = j->w->paths[i];
  grade_result *r = &j->results[i];
  j->w->made_by[i] = (unsigned char)w->index;
  struct stat st;
  size_t len = 0;
  rp_error err;
  rp_status rs = RP_OK;
  if (stat(path, &st) != 0)
    rs = rp_fail(&err, RP_EIO, "%s: %s", path, strerror(errno));
  else if (!S_ISREG(st.st_mode))
    rs = rp_fail(&err, RP_EINPUT, "%s: not a regular file", path);
  else if ((size_t)st.st_size > GRADE_MAX_BYTES)
    rs = rp_fail(&err, RP_EINPUT,
                 "%s: larger than %zu MiB: not a submission rapport wrote",
                 path, GRADE_MAX_BYTES >> 20);
  else
    rs = read_file(w, path, (size_t)st.st_size, &len, &err);
  if (rs != RP_OK) {
    /* grade_one classifies text it cannot parse; a file that cannot be
     * read at all is malformed with the system's reason. */
    rs = rs == RP_ENOMEM ? rs : grade_one(j->w->a, scn, path, "", 0, r);
    free(r->reason);
    r->reason = strdup(err.msg);
    if (rs == RP_ENOMEM || r->reason == NULL)
      atomic_store(&j->failed, true);
    return;
  }
  /* The tree grade_one parses lives and dies inside it: on the scratch. */
  rp_scratch_bind(&w->scratch);
  rs = grade_one(j->w->a, scn, path, w->buf, len, r);
  rp_scratch_bind(NULL);
  if (rs == RP_ENOMEM)
    atomic_store(&j->failed, true);
}

static void *worker(void *arg) {
  worker_arg *w = arg;
  job *j = w->j;
  rp_error err;
  scn_scenario *own = NULL;
  w->scratch.mem = malloc(SCRATCH_BYTES);
  w->scratch.size = w->scratch.mem != NULL ? SCRATCH_BYTES : 0;
  if (w->scn == NULL && (own = scn_load(j->w->chunkname, j->w->src,
                                        j->w->src_len, &err)) == NULL) {
    pthread_mutex_lock(&j->lock);
    snprintf(j->error, sizeof j->error, "%s", err.msg);
    pthread_mutex_unlock(&j->lock);
    atomic_store(&j->failed, true);
    free(w->scratch.mem);
    return NULL;
  }
  const scn_scenario *scn = own != NULL ? own : w->scn;
  for (;;) {
    int i = atomic_fetch_add(&j->next, 1);
    if (i >= j->w->n || atomic_load(&j->failed))
      break;
    grade_file(w, scn, i);
  }
  scn_free(own);
  free(w->scratch.mem);
  free(w->buf);
  return NULL;
}

/* Runs fn on `jobs` threads, the calling thread being the first: thread
 * k gets args + k * size.  Threads that cannot be started leave their
 * share to the others (the work is handed out by counters). */
static void run_threads(void *(*fn)(void *), void *args, size_t size,
                        int jobs) {
  pthread_t *t = jobs > 1 ? calloc((size_t)jobs, sizeof *t) : NULL;
  int started = 1;
  for (; t != NULL && started < jobs; started++)
    if (pthread_create(&t[started], NULL, fn,
                       (char *)args + (size_t)started * size) != 0)
      break;
  fn(args);
  for (int i = 1; t != NULL && i < started; i++)
    pthread_join(t[i], NULL);
  free(t);
}

static int clamp_jobs(int jobs, int items) {
  return jobs > items ? (items > 0 ? items : 1) : jobs < 1 ? 1 : jobs;
}

bool grade_jobs_run(const grade_work *gw, grade_result *results, int jobs,
                    char err[RP_ERROR_MAX]) {
  jobs = clamp_jobs(jobs, gw->n);
  job j = {.w = gw, .results = results};
  atomic_init(&j.next, 0);
  atomic_init(&j.failed, false);
  pthread_mutex_init(&j.lock, NULL);
  worker_arg *w = calloc((size_t)jobs, sizeof *w);
  if (w == NULL) {
    pthread_mutex_destroy(&j.lock);
    snprintf(err, RP_ERROR_MAX, "out of memory");
    return false;
  }
  /* The calling thread grades on the scenario it compiled (and does not
   * touch it until the others are joined); the others compile their own. */
  for (int i = 0; i < jobs; i++)
    w[i] = (worker_arg){.j = &j, .index = i, .scn = i == 0 ? gw->scn : NULL};
  run_threads(worker, w, sizeof *w, jobs);
  free(w);
  pthread_mutex_destroy(&j.lock);
  bool ok = !atomic_load(&j.failed);
  if (!ok)
    snprintf(err, RP_ERROR_MAX, "%s", j.error[0] ? j.error : "out of memory");
  return ok;
}

/* ---- after grading: feedback, the cohort view, the JSON entries ---------- */

typedef struct post_job {
  const homework_assignment *a;
  const grade_result *v;
  int n;
  grade_trainee *t;
  int nt;
  grade_summary *sum;
  rp_status sum_status;
  char **text;            /* n + nt slots, or NULL: no entries to print */
  unsigned char *made_by; /* n + nt slots: the thread that did each */
  atomic_int next;
  atomic_bool failed;
} post_job;

typedef struct post_arg {
  post_job *p;
  int index; /* 0: the calling thread, which writes the cohort view first */
} post_arg;

/* Entry k printed at depth 2 (an entry of a list in the document) into
 * p->text[k]; its tree lives and dies here, on the scratch. */
static bool render(post_job *p, int k, rp_scratch *scratch) {
  rp_scratch_bind(scratch);
  cJSON *x = k < p->n ? gradebook_submission_json(&p->v[k])
                      : gradebook_trainee_json(&p->t[k - p->n]);
  rp_buf b = RP_BUF_INIT;
  bool ok = x != NULL && rp_json_print(&b, x, 2) && !rp_buf_failed(&b);
  cJSON_Delete(x);
  rp_scratch_bind(NULL);
  p->text[k] = ok ? rp_buf_take(&b) : NULL;
  if (!ok)
    rp_buf_free(&b);
  return ok;
}

static void *post_worker(void *arg) {
  post_arg *w = arg;
  post_job *p = w->p;
  /* The cohort view reads the results and who counted, which nothing
   * here writes: it is made while the others start on the entries. */
  if (w->index == 0)
    p->sum_status = grade_summarize(p->v, p->n, p->t, p->nt, p->sum);
  rp_scratch scratch = {NULL, 0, 0};
  if (p->text != NULL && (scratch.mem = malloc(SCRATCH_BYTES)) != NULL)
    scratch.size = SCRATCH_BYTES;
  for (;;) {
    int k = atomic_fetch_add(&p->next, 1);
    if (k >= p->n + p->nt || atomic_load(&p->failed))
      break;
    p->made_by[k] = (unsigned char)w->index;
    /* a trainee's entry holds its feedback: written here first */
    bool ok = k < p->n ||
              grade_trainee_feedback(p->a, p->v, &p->t[k - p->n]) == RP_OK;
    if (ok && p->text != NULL)
      ok = render(p, k, &scratch);
    if (!ok)
      atomic_store(&p->failed, true);
  }
  free(scratch.mem);
  return NULL;
}

bool grade_jobs_post(const homework_assignment *a, const grade_result *v, int n,
                     grade_trainee *t, int nt, grade_summary *sum, char ***text,
                     unsigned char *made_by, int jobs) {
  post_job p = {
      .a = a, .v = v, .n = n, .t = t, .nt = nt, .sum = sum, .made_by = made_by};
  atomic_init(&p.failed, false);
  /* Without entries to print only the trainees are work: start there. */
  atomic_init(&p.next, text != NULL ? 0 : n);
  int count = n + nt;
  if (text != NULL) {
    *text = p.text = calloc((size_t)(count > 0 ? count : 1), sizeof *p.text);
    if (p.text == NULL)
      return false;
  }
  jobs = clamp_jobs(jobs, text != NULL ? count : nt);
  post_arg *args = calloc((size_t)jobs, sizeof *args);
  if (args == NULL)
    return false;
  for (int i = 0; i < jobs; i++)
    args[i] = (post_arg){&p, i};
  run_threads(post_worker, args, sizeof *args, jobs);
  free(args);
  return !atomic_load(&p.failed) && p.sum_status == RP_OK;
}

/* ---- freeing ----------------------------------------------------------------
 */

/* Each thread frees what the thread of its index made: a block freed by
 * another thread goes back to its maker's malloc arena under that
 * arena's lock, and two threads doing so at once contend on both.
 * (glibc gives a phase's new threads the arenas its last threads left, so
 * index k is the same arena from phase to phase.) */
typedef struct free_job {
  grade_result *v;
  int n;
  grade_trainee *t;
  int nt;
  char **text;
  const unsigned char *result_by, *entry_by;
  int threads;
} free_job;

typedef struct free_arg {
  free_job *f;
  int index;
} free_arg;

static void *free_worker(void *arg) {
  free_arg *a = arg;
  free_job *f = a->f;
  for (int i = 0; i < f->n; i++)
    if (f->result_by[i] % f->threads == a->index)
      grade_result_free(&f->v[i]);
  for (int k = 0; k < f->n + f->nt; k++) {
    if (f->entry_by[k] % f->threads != a->index)
      continue;
    if (k >= f->n) {
      free(f->t[k - f->n].feedback);
      f->t[k - f->n].feedback = NULL;
    }
    if (f->text != NULL) {
      free(f->text[k]);
      f->text[k] = NULL;
    }
  }
  return NULL;
}

void grade_jobs_free(grade_result *v, int n, grade_trainee *t, int nt,
                     char **text, const unsigned char *result_by,
                     const unsigned char *entry_by, int jobs) {
  free_job f = {.v = v,
                .n = v != NULL ? n : 0,
                .t = t,
                .nt = t != NULL ? nt : 0,
                .text = text,
                .result_by = result_by,
                .entry_by = entry_by};
  f.threads = jobs < 1 ? 1 : jobs;
  free_arg *args = calloc((size_t)f.threads, sizeof *args);
  free_arg one = {&f, 0};
  if (args == NULL)
    f.threads = 1;
  for (int i = 0; args != NULL && i < f.threads; i++)
    args[i] = (free_arg){&f, i};
  run_threads(free_worker, args != NULL ? args : &one, sizeof *args, f.threads);
  free(args);
}
