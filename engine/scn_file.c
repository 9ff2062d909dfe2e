/* scn_file.c -- read a scenario file, then compile it with scn_load(). */
#include "scn_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rp_pages.h"

/* Reads path whole into rp_pages memory (*cap bytes, NUL-terminated after
 * *len): rp_read_file's reading and messages, but into a buffer sized from
 * the file's size at once, which for a large scenario is on huge pages.
 * Its 4 KiB pages (and the doubling copies) cost more than the 4.7 MB of
 * a 10,000-node scenario took to hash. */
static rp_status read_source(const char *path, char **out, size_t *len,
                             size_t *cap, rp_error *err) {
  const size_t max = SCN_FILE_MAX;
  *out = NULL;
  *len = *cap = 0;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return rp_fail(err, errno == ENOENT ? RP_ESCENARIO : RP_EIO, "%s: %s", path,
                   strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    int e = S_ISDIR(st.st_mode) ? EISDIR : errno;
    close(fd);
    return rp_fail(err, RP_ESCENARIO, "%s: %s", path, strerror(e));
  }
  /* Room for the size fstat saw, one byte to see the end of the file and
   * the NUL; a file that grows, or has no size (a pipe), grows it. */
  size_t n = 0, c = 4096;
  if (S_ISREG(st.st_mode) && st.st_size > 0 && (size_t)st.st_size <= max)
    c = (size_t)st.st_size + 2;
  char *buf = rp_pages_alloc(c);
  rp_status rc = RP_ENOMEM;
  while (buf != NULL) {
    if (n + 1 >= c) {
      if (n > max)
        break;
      char *g = rp_pages_realloc(buf, c, c * 2);
      if (g == NULL)
        break;
      buf = g;
      c *= 2;
    }
    ssize_t r = read(fd, buf + n, c - n - 1);
    if (r < 0 && errno == EINTR)
      continue;
    if (r < 0) {
      int e = errno;
      rp_fail(err, RP_EIO, "%s: %s", path, strerror(e));
      rc = RP_EIO;
      break;
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
      rc = rp_fail(err, RP_ESCENARIO, "%s: larger than the limit of %zu bytes",
                   path, max);
      break;
    }
  }
  rp_pages_free(buf, c);
  close(fd);
  if (rc == RP_ENOMEM)
    rp_fail(err, RP_ENOMEM, "%s: out of memory reading it", path);
  return rc;
}

scn_scenario *scn_load_file(const char *path, rp_error *err) {
  char *src;
  size_t len, cap;
  if (read_source(path, &src, &len, &cap, err) != RP_OK)
    return NULL;
  scn_scenario *s = scn_load(path, src, len, err);
  rp_pages_free(src, cap);
  return s;
}
