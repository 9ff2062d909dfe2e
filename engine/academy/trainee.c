/* trainee.c -- trainee names and the history they own, as data. */
#include "academy/trainee.h"

#include <stdlib.h>
#include <string.h>

bool trainee_valid_name(const char *name) {
  size_t n = strlen(name);
  if (n == 0 || n > TRAINEE_NAME_MAX || name[0] == '.')
    return false;
  for (const char *p = name; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
          (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' || *p == '-'))
      return false;
  return true;
}

void trainee_history_free(trainee_history *h) {
  for (int i = 0; i < h->n; i++) {
    free(h->v[i].path);
    rec_free(&h->v[i].rec);
  }
  free(h->v);
  for (int i = 0; i < h->n_damaged; i++)
    free(h->damaged[i]);
  free(h->damaged);
  memset(h, 0, sizeof *h);
}
