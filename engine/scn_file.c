/* scn_file.c -- read a scenario file, then compile it with scn_load(). */
#include "scn_file.h"

#include <stdlib.h>

#include "rp_fs.h"

scn_scenario *scn_load_file(const char *path, rp_error *err) {
  char *src;
  size_t len;
  if (rp_read_file(path, SCN_FILE_MAX, &src, &len, err) != RP_OK) {
    if (err != NULL && err->code == RP_EINPUT)
      err->code = RP_ESCENARIO;
    return NULL;
  }
  scn_scenario *s = scn_load(path, src, len, err);
  free(src);
  return s;
}
