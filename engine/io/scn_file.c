/* scn_file.c -- read a scenario file, then compile it with scn_load(). */
#include "io/scn_file.h"

#include "io/rp_fs.h"
#include "util/rp_pages.h"

rp_status scn_file_read(const char *path, char **src, size_t *len, size_t *cap,
                        rp_error *err) {
  rp_error e;
  if (rp_fs_read_pages(path, SCN_FILE_MAX, src, len, cap, &e) != RP_OK) {
    /* A file that is missing, a directory or too large is a scenario that
     * does not load; the system refusing a read stays RP_EIO. */
    return rp_fail(err, e.code == RP_EINPUT ? RP_ESCENARIO : e.code, "%s",
                   e.msg);
  }
  return RP_OK;
}

scn_scenario *scn_load_file(const char *path, rp_error *err) {
  char *src;
  size_t len, cap;
  if (scn_file_read(path, &src, &len, &cap, err) != RP_OK)
    return NULL;
  scn_scenario *s = scn_load(path, src, len, err);
  rp_pages_free(src, cap);
  return s;
}
