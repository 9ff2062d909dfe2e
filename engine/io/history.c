/*
 * hist.c -- saving and loading a trainee's session history.  See hist.h.
 */
#include "io/history.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/rp_fs.h"

char *history_data_dir(const char *data_dir) {
  return data_dir != NULL ? strdup(data_dir) : rp_fs_xdg_dir("DATA");
}

/* DATA/trainees/NAME/sessions, created when `create`. */
static char *sessions_dir(const char *data_dir, const char *trainee,
                          bool create, rp_error *err) {
  if (!trainee_valid_name(trainee)) {
    rp_fail(err, RP_EINPUT,
            "'%s' is not a valid trainee name (1 to %d "
            "letters, digits, '.', '_' or '-', not starting "
            "with '.')",
            trainee, TRAINEE_NAME_MAX);
    return NULL;
  }
  char *base = history_data_dir(data_dir);
  if (base == NULL && data_dir != NULL) {
    rp_fail(err, RP_ENOMEM, "out of memory");
    return NULL;
  }
  if (base == NULL) {
    rp_fail(err, RP_EIO,
            "no data directory: set XDG_DATA_HOME or HOME, or "
            "give --data-dir");
    return NULL;
  }
  size_t n = strlen(base) + strlen(trainee) + 32;
  char *dir = malloc(n);
  if (dir != NULL)
    snprintf(dir, n, "%s/trainees/%s/sessions", base, trainee);
  free(base);
  if (dir == NULL) {
    rp_fail(err, RP_ENOMEM, "out of memory");
    return NULL;
  }
  if (create && rp_fs_mkdirs(dir, err) != RP_OK) {
    free(dir);
    return NULL;
  }
  return dir;
}

rp_status history_save(const char *data_dir, const char *trainee,
                       const char *json, const char *scenario_id, uint64_t seed,
                       time_t started, char **saved_path, rp_error *err) {
  char *dir = sessions_dir(data_dir, trainee, true, err);
  if (dir == NULL)
    return err->code;
  char when[32];
  struct tm tm;
  gmtime_r(&started, &tm);
  strftime(when, sizeof when, "%Y%m%dT%H%M%SZ", &tm);
  size_t n = strlen(dir) + strlen(scenario_id) + 96;
  char *path = malloc(n);
  rp_status st = RP_ENOMEM;
  if (path == NULL) {
    free(dir);
    return rp_fail(err, RP_ENOMEM, "out of memory");
  }
  /* The pid and a counter keep two processes (or two sessions in the same
   * second) from ever naming the same file; link() refuses to replace one
   * anyway. */
  for (int k = 0; k < 100; k++) {
    snprintf(path, n, "%s/%s-%s-%llu-%ld-%d.json", dir, when, scenario_id,
             (unsigned long long)seed, (long)getpid(), k);
    st = rp_fs_write_new(path, json, strlen(json), err);
    if (st != RP_EINPUT) /* RP_EINPUT: the name exists; try the next */
      break;
  }
  free(dir);
  if (st == RP_OK && saved_path != NULL)
    *saved_path = path;
  else
    free(path);
  return st;
}

static int by_start(const void *a, const void *b) {
  const trainee_session *x = a, *y = b;
  int c = strcmp(x->rec.started_at, y->rec.started_at);
  return c != 0 ? c : strcmp(x->path, y->path);
}

/* Notes a file skipped; false when even that runs out of memory (a
 * history that silently lost a file would look complete). */
static bool damaged(trainee_history *h, const char *msg) {
  char **d = realloc(h->damaged, (size_t)(h->n_damaged + 1) * sizeof *d);
  if (d == NULL)
    return false;
  h->damaged = d;
  if ((d[h->n_damaged] = strdup(msg)) == NULL)
    return false;
  h->n_damaged++;
  return true;
}

static bool ends_with_json(const char *name) {
  size_t n = strlen(name);
  return n > 5 && strcmp(name + n - 5, ".json") == 0;
}

rp_status history_load(const char *data_dir, const char *trainee,
                       trainee_history *h, rp_error *err) {
  memset(h, 0, sizeof *h);
  char *dir = sessions_dir(data_dir, trainee, false, err);
  if (dir == NULL)
    return err->code;
  DIR *d = opendir(dir);
  if (d == NULL) {
    rp_status st = errno == ENOENT
                       ? RP_OK /* no history yet */
                       : rp_fail(err, RP_EIO, "%s: %s", dir, strerror(errno));
    free(dir);
    return st;
  }
  int cap = 0;
  struct dirent *e;
  rp_status st = RP_OK;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.' || !ends_with_json(e->d_name))
      continue; /* temporary files (name.json.tmp.PID) end otherwise */
    size_t n = strlen(dir) + strlen(e->d_name) + 2;
    char *path = malloc(n);
    if (path == NULL) {
      st = rp_fail(err, RP_ENOMEM, "out of memory");
      break;
    }
    snprintf(path, n, "%s/%s", dir, e->d_name);
    char *text;
    size_t len;
    rp_error fe;
    rec_record rec;
    if (rp_fs_read(path, REC_MAX_BYTES, &text, &len, &fe) != RP_OK) {
      free(path);
      if (damaged(h, fe.msg))
        continue;
      st = rp_fail(err, RP_ENOMEM, "out of memory");
      break;
    }
    rp_status pst = rec_parse(path, text, len, &rec, &fe);
    free(text);
    if (pst != RP_OK) {
      free(path);
      if (damaged(h, fe.msg))
        continue;
      st = rp_fail(err, RP_ENOMEM, "out of memory");
      break;
    }
    if (h->n == cap) {
      cap = cap ? cap * 2 : 64;
      trainee_session *v = realloc(h->v, (size_t)cap * sizeof *v);
      if (v == NULL) {
        rec_free(&rec);
        free(path);
        st = rp_fail(err, RP_ENOMEM, "out of memory");
        break;
      }
      h->v = v;
    }
    h->v[h->n].path = path;
    h->v[h->n].rec = rec;
    h->n++;
  }
  closedir(d);
  free(dir);
  if (st != RP_OK) {
    trainee_history_free(h);
    return st;
  }
  if (h->n > 1) /* qsort's array must not be NULL, even for none */
    qsort(h->v, (size_t)h->n, sizeof *h->v, by_start);
  return RP_OK;
}
