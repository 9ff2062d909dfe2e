/* rp_fs.c -- bounded reads, atomic durable writes, XDG directories. */
#include "io/rp_fs.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util/rp_pages.h"

/* The buffer of read_whole: malloc'd, or rp_pages (which wants sizes). */
static void *buf_alloc(bool pages, size_t n) {
  return pages ? rp_pages_alloc(n) : malloc(n);
}

static void *buf_grow(bool pages, void *p, size_t old, size_t n) {
  return pages ? rp_pages_realloc(p, old, n) : realloc(p, n);
}

static void buf_free(bool pages, void *p, size_t n) {
  if (pages)
    rp_pages_free(p, n);
  else
    free(p);
}

/* rp_fs_read and rp_fs_read_pages: *cap receives the buffer's size. */
static rp_status read_whole(const char *path, size_t max, bool pages,
                            char **out, size_t *len, size_t *cap,
                            rp_error *err) {
  *out = NULL;
  *len = *cap = 0;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return rp_fail(err, errno == ENOENT ? RP_EINPUT : RP_EIO, "%s: %s", path,
                   strerror(errno));
  struct stat st = {0}; /* zero when fstat fails: errno, not EISDIR, below */
  if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    int e = S_ISDIR(st.st_mode) ? EISDIR : errno;
    close(fd);
    return rp_fail(err, RP_EINPUT, "%s: %s", path, strerror(e));
  }
  /* A regular file's size is known: refuse a huge one before reading it
   * (the loop below still stops at max for what fstat cannot size). */
  if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
    close(fd);
    return rp_fail(err, RP_EINPUT, "%s: larger than the limit of %zu bytes",
                   path, max);
  }
  /* Room for the size fstat saw, one byte to see the end of the file and
   * the NUL, at once (no doubling copies); a file that grows, or has no
   * size (a pipe), grows it. */
  size_t c = 4096, n = 0;
  if (S_ISREG(st.st_mode) && st.st_size > 0)
    c = (size_t)st.st_size + 2;
  char *buf = buf_alloc(pages, c);
  while (buf != NULL) {
    if (n + 1 >= c) {
      if (c > max + 1)
        break;
      char *p = buf_grow(pages, buf, c, c * 2);
      if (p == NULL)
        break;
      buf = p;
      c *= 2;
    }
    ssize_t r = read(fd, buf + n, c - n - 1);
    if (r < 0 && errno == EINTR)
      continue;
    if (r < 0) {
      int e = errno;
      buf_free(pages, buf, c);
      close(fd);
      return rp_fail(err, RP_EIO, "%s: %s", path, strerror(e));
    }
    if (r == 0) {
      close(fd);
      buf[n] = '\0';
      *out = buf;
      *len = n;
      *cap = c;
      return RP_OK;
    }
    n += (size_t)r;
    if (n > max) {
      buf_free(pages, buf, c);
      close(fd);
      return rp_fail(err, RP_EINPUT, "%s: larger than the limit of %zu bytes",
                     path, max);
    }
  }
  if (buf != NULL)
    buf_free(pages, buf, c);
  close(fd);
  return rp_fail(err, RP_ENOMEM, "%s: out of memory reading it", path);
}

rp_status rp_fs_read(const char *path, size_t max, char **out, size_t *len,
                     rp_error *err) {
  size_t cap;
  return read_whole(path, max, false, out, len, &cap, err);
}

rp_status rp_fs_read_pages(const char *path, size_t max, char **out,
                           size_t *len, size_t *cap, rp_error *err) {
  return read_whole(path, max, true, out, len, cap, err);
}

/* Makes path's directory entry durable.  It allocates nothing: it runs
 * after the file is published, and failing for want of memory would report
 * a file as unsaved that is there. */
static rp_status fsync_dir(const char *path, rp_error *err) {
  char dir[PATH_MAX];
  const char *slash = strrchr(path, '/');
  size_t n = slash == NULL ? 0 : slash == path ? 1 : (size_t)(slash - path);
  if (n >= sizeof dir)
    return rp_fail(err, RP_EIO, "%s: %s", path, strerror(ENAMETOOLONG));
  if (n == 0)
    n = 1, dir[0] = '.';
  else
    memcpy(dir, path, n);
  dir[n] = '\0';
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  rp_status st = RP_OK;
  if (fd < 0 || fsync(fd) != 0)
    st = rp_fail(err, RP_EIO, "%s: %s", dir, strerror(errno));
  if (fd >= 0)
    close(fd);
  return st;
}

/* A suffix no one can guess, for a temporary name taken already: the
 * clocks, the pid and a counter, mixed (splitmix64).  It need not be
 * secret: the name is created exclusively, so a guessed one only costs a
 * retry. */
static unsigned long long temp_suffix(void) {
  static unsigned long long counter;
  struct timespec r, m;
  clock_gettime(CLOCK_REALTIME, &r);
  clock_gettime(CLOCK_MONOTONIC, &m);
  unsigned long long x = (unsigned long long)r.tv_nsec ^
                         (unsigned long long)r.tv_sec << 20 ^
                         (unsigned long long)m.tv_nsec << 32 ^
                         (unsigned long long)getpid() << 40 ^ ++counter;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return (x ^ (x >> 31)) & 0xffffffffffffULL;
}

/* Creates a temporary file beside path, exclusively: O_EXCL never opens a
 * file or a symbolic link that is there already (in a shared folder
 * someone may have planted one at the name), and O_NOFOLLOW says so twice.
 * The name is PATH.tmp.PID, then PATH.tmp.PID.RANDOM while that is taken.
 * Returns the name (the caller frees it) with *fd open for writing, or
 * NULL with err set. */
static char *temp_create(const char *path, int *fd, rp_error *err) {
  size_t n = strlen(path) + 64;
  char *tmp = malloc(n);
  if (tmp == NULL) {
    rp_fail(err, RP_ENOMEM, "out of memory");
    return NULL;
  }
  for (int k = 0; k < RP_FS_TEMP_TRIES; k++) {
    if (k == 0)
      snprintf(tmp, n, "%s.tmp.%ld", path, (long)getpid());
    else
      snprintf(tmp, n, "%s.tmp.%ld.%012llx", path, (long)getpid(),
               temp_suffix());
    *fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (*fd >= 0)
      return tmp;
    if (errno != EEXIST && errno != ELOOP) /* ELOOP: O_NOFOLLOW's word */
      break;
  }
  if (errno == EEXIST || errno == ELOOP)
    rp_fail(err, RP_EIO,
            "%s: %d temporary names beside it are taken (nothing was "
            "changed)",
            path, RP_FS_TEMP_TRIES);
  else
    rp_fail(err, RP_EIO, "%s: %s (nothing was changed)", path, strerror(errno));
  free(tmp);
  return NULL;
}

/* Makes tmp durable (its writer may have died before its fsync), then
 * links it at path; -1 with errno on failure.  The temporary file stays. */
static int publish_link(const char *tmp, const char *path) {
  int fd = open(tmp, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0)
    return -1;
  int r = fsync(fd);
  int e = errno;
  close(fd);
  if (r != 0) {
    errno = e;
    return -1;
  }
  return link(tmp, path);
}

rp_status rp_fs_publish_new(const char *tmp, const char *path, rp_error *err) {
  if (publish_link(tmp, path) != 0) {
    if (errno == EEXIST)
      return rp_fail(err, RP_EINPUT, "%s already exists", path);
    return rp_fail(err, RP_EIO, "%s: %s", path, strerror(errno));
  }
  unlink(tmp);
  return fsync_dir(path, err);
}

static bool all_of(const char *s, size_t n, const char *set) {
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\0' || strchr(set, s[i]) == NULL)
      return false;
  return n > 0;
}

bool rp_fs_temp_name(const char *name, size_t *base_len, long *pid) {
  size_t n = strlen(name);
  /* ".RANDOM": 12 hex digits, when the first name was taken */
  if (n > 13 && name[n - 13] == '.' &&
      all_of(name + n - 12, 12, "0123456789abcdef"))
    n -= 13;
  size_t d = 0; /* the pid's digits */
  while (d < n && d < 12 && name[n - 1 - d] >= '0' && name[n - 1 - d] <= '9')
    d++;
  if (d == 0 || d > 10 || n < d + 6 ||
      memcmp(name + n - d - 5, ".tmp.", 5) != 0 || name[n - d] == '0')
    return false;
  long p = strtol(name + n - d, NULL, 10);
  if (p <= 0 || p > INT_MAX) /* pid_t: kill(0) or kill(-1) mean groups */
    return false;
  *base_len = n - d - 5;
  *pid = p;
  return true;
}

/* Whether path is the file `mine` already: a reader that took our
 * temporary file for an interrupted save's (history.c; its pid check
 * cannot see a writer in another pid namespace or on another host)
 * published it for us, and link() found path taken or tmp gone. */
static bool published(const struct stat *mine, const char *path) {
  struct stat st;
  int e = errno;
  bool same = (e == EEXIST || e == ENOENT) && lstat(path, &st) == 0 &&
              st.st_dev == mine->st_dev && st.st_ino == mine->st_ino;
  errno = e;
  return same;
}

/* Writes a temporary file beside path and fsyncs it, then publishes it:
 * rename() replaces path; link() creates it only if it does not exist (and
 * fails with EEXIST otherwise).  Either way the target is whole or absent.
 * A symbolic link at path is replaced (rename) or refused (link), never
 * followed. */
static rp_status write_then(const char *path, const char *data, size_t len,
                            bool replace, rp_error *err) {
  int fd;
  char *tmp = temp_create(path, &fd, err);
  if (tmp == NULL)
    return err->code;
  size_t off = 0;
  while (off < len) {
    ssize_t w = write(fd, data + off, len - off);
    if (w < 0 && errno == EINTR)
      continue;
    if (w < 0)
      goto fail;
    off += (size_t)w;
  }
  struct stat mine;
  if (fsync(fd) != 0 || fstat(fd, &mine) != 0)
    goto fail;
  if (close(fd) != 0) {
    fd = -1;
    goto fail;
  }
  fd = -1;
  if (replace ? rename(tmp, path) != 0
              : link(tmp, path) != 0 && !published(&mine, path))
    goto fail;
  if (!replace)
    unlink(tmp);
  free(tmp);
  return fsync_dir(path, err);
fail:;
  int e = errno;
  if (fd >= 0)
    close(fd);
  unlink(tmp); /* ours: created exclusively above */
  free(tmp);
  if (e == EEXIST)
    return rp_fail(err, RP_EINPUT, "%s already exists", path);
  return rp_fail(err, RP_EIO, "%s: %s (nothing was changed)", path,
                 strerror(e));
}

rp_status rp_fs_write_atomic(const char *path, const char *data, size_t len,
                             rp_error *err) {
  return write_then(path, data, len, true, err);
}

rp_status rp_fs_write_new(const char *path, const char *data, size_t len,
                          rp_error *err) {
  return write_then(path, data, len, false, err);
}

rp_status rp_fs_mkdirs(const char *path, rp_error *err) {
  char *p = strdup(path);
  if (p == NULL)
    return rp_fail(err, RP_ENOMEM, "out of memory");
  for (char *s = p + 1;; s++) {
    if (*s == '/' || *s == '\0') {
      char c = *s;
      *s = '\0';
      if (mkdir(p, 0700) != 0 && errno != EEXIST) {
        rp_status st = rp_fail(err, RP_EIO, "%s: %s", p, strerror(errno));
        free(p);
        return st;
      }
      *s = c;
      if (c == '\0')
        break;
    }
  }
  free(p);
  return RP_OK;
}

char *rp_fs_xdg_dir(const char *kind) {
  char var[32];
  snprintf(var, sizeof var, "XDG_%s_HOME", kind);
  const char *base = getenv(var);
  const char *fallback =
      strcmp(kind, "STATE") == 0 ? ".local/state" : ".local/share";
  char *out = NULL;
  size_t n;
  if (base != NULL && base[0] == '/') { /* relative values are ignored */
    n = strlen(base) + 16;
    if ((out = malloc(n)) != NULL)
      snprintf(out, n, "%s/rapport", base);
    return out;
  }
  const char *home = getenv("HOME");
  if (home == NULL || home[0] == '\0') {
    struct passwd *pw = getpwuid(getuid());
    home = pw != NULL ? pw->pw_dir : NULL;
  }
  if (home == NULL)
    return NULL;
  n = strlen(home) + strlen(fallback) + 16;
  if ((out = malloc(n)) != NULL)
    snprintf(out, n, "%s/%s/rapport", home, fallback);
  return out;
}
