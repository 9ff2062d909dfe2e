/*
 * trainee.h -- who a trainee is and what their history holds, as data.
 *
 * The names and the loaded history are shared by the academy's modules
 * (progress, homework, grading) and by io/history.c, which reads and writes
 * them on disk; nothing here touches a file.
 *
 * Ownership: a trainee_history is filled by history_load() (io/history.h)
 * and released by trainee_history_free().
 */
#ifndef TRAINEE_H
#define TRAINEE_H

#include <stdbool.h>

#include "core/rec.h"

#define TRAINEE_NAME_MAX 64

/* Whether name is a valid trainee name: 1 to 64 of letters, digits, '.',
 * '_' and '-', not starting with '.' (it names a directory under DATA, and
 * can never reach outside it). */
bool trainee_valid_name(const char *name);

/* One saved session: the file it came from and its record. */
typedef struct trainee_session {
  char *path;
  rec_record rec;
} trainee_session;

typedef struct trainee_history {
  trainee_session *v; /* oldest first (by started_at, then file name) */
  int n;
  char **damaged; /* "path: reason" for files skipped */
  int n_damaged;
} trainee_history;

/* Frees every session, every damage report and the arrays; h is left empty. */
void trainee_history_free(trainee_history *h);

#endif
