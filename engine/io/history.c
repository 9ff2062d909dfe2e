/*
 * hist.c -- saving and loading a trainee's session history.  See hist.h.
 */
#include "io/history.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
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

/* Whether the file at path holds exactly the len bytes at text. */
static bool same_bytes(const char *path, const char *text, size_t len) {
  char *other;
  size_t n;
  rp_error e;
  if (rp_fs_read(path, REC_MAX_BYTES, &other, &n, &e) != RP_OK)
    return false;
  bool same = n == len && memcmp(other, text, len) == 0;
  free(other);
  return same;
}

/* A save killed between writing its temporary file and publishing it
 * leaves NAME.json.tmp.PID[.RANDOM] (rp_fs.h), which the loop below skips:
 * the trainee may have seen that session's result.  When its writer no
 * longer runs (kill(pid, 0) fails with ESRCH: a live writer, or one we may
 * not signal, is never raced) and the file parses as a whole record, it is
 * published as the writer would have, with link().  A torn or foreign
 * temporary file is left as it is and not reported, as before.  Returns
 * false only when out of memory. */
static bool recover(const char *dir, const char *name, trainee_history *h) {
  size_t base;
  long pid;
  if (name[0] == '.' || !rp_fs_temp_name(name, &base, &pid) || base <= 5 ||
      memcmp(name + base - 5, ".json", 5) != 0)
    return true;
  if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
    return true;
  size_t n = strlen(dir) + strlen(name) + 2;
  char *tmp = malloc(n), *path = malloc(n);
  char *text = NULL;
  size_t len;
  rp_error e;
  rec_record rec;
  bool ok = tmp != NULL && path != NULL;
  if (!ok)
    goto done;
  snprintf(tmp, n, "%s/%s", dir, name);
  snprintf(path, n, "%s/%.*s", dir, (int)base, name);
  if (rp_fs_read(tmp, REC_MAX_BYTES, &text, &len, &e) != RP_OK) {
    ok = e.code != RP_ENOMEM; /* gone meanwhile, or unreadable: leave it */
    goto done;
  }
  rp_status st = rec_parse(tmp, text, len, &rec, &e);
  if (st != RP_OK) {
    ok = st != RP_ENOMEM; /* torn or foreign: never published */
    goto done;
  }
  rec_free(&rec);
  st = rp_fs_publish_new(tmp, path, &e);
  if (st == RP_EINPUT) {
    /* The name exists: a kill after link() and before the temporary file
     * was removed leaves the same bytes under both names.  Anything else
     * there is left alone, and so is this file. */
    if (same_bytes(path, text, len))
      unlink(tmp);
  } else if (st != RP_OK) {
    rp_error m;
    rp_fail(&m, RP_EIO,
            "%s: a whole record left by an interrupted save could not be "
            "added to the history: %s",
            tmp, e.msg);
    ok = damaged(h, m.msg);
  }
done:
  free(text);
  free(tmp);
  free(path);
  return ok;
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
  /* First the temporary files of interrupted saves; then, from the top,
   * the records (rewinddir sees the ones just published). */
  while ((e = readdir(d)) != NULL)
    if (!recover(dir, e->d_name, h)) {
      st = rp_fail(err, RP_ENOMEM, "out of memory");
      break;
    }
  rewinddir(d);
  while (st == RP_OK && (e = readdir(d)) != NULL) {
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
