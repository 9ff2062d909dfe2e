/*
 * hist.h -- a trainee's history: every session saved, never lost.
 *
 * Layout: DATA/trainees/NAME/sessions/STARTED-SCENARIO-SEED-PID.json, one
 * session record (rec.h) per file.  DATA is --data-dir, else
 * $XDG_DATA_HOME/rapport, else ~/.local/share/rapport.
 *
 * Durability: a record is written to a temporary file beside its final name,
 * fsynced, then published with link() (which never replaces an existing
 * file) and the directory fsynced.  A crash at any moment leaves earlier
 * sessions untouched and at most the session in flight missing; two
 * processes for the same trainee never write the same file.  Files that do
 * not parse as records are reported by name and skipped, never rewritten.
 *
 * Ownership: hist_load() fills a hist_list released by hist_free().
 */
#ifndef HIST_H
#define HIST_H

#include <stdbool.h>

#include "rec.h"
#include "rp_error.h"

#define HIST_NAME_MAX 64

/* Whether name is a valid trainee name: 1 to 64 of letters, digits, '.',
 * '_' and '-', not starting with '.' (it names a directory under DATA, and
 * can never reach outside it). */
bool hist_valid_name(const char *name);

/* The data directory: data_dir when given, else the XDG default.  The
 * caller frees it. */
char *hist_data_dir(const char *data_dir);

/* Saves one record (JSON text) to the trainee's history; *saved_path (when
 * not NULL) receives the file's path, which the caller frees. */
rp_status hist_save(const char *data_dir, const char *trainee, const char *json,
                    const char *scenario_id, uint64_t seed, time_t started,
                    char **saved_path, rp_error *err);

typedef struct hist_entry {
  char *path;
  rec_record rec;
} hist_entry;

typedef struct hist_list {
  hist_entry *v; /* oldest first (by started_at, then file name) */
  int n;
  char **damaged; /* "path: reason" for files skipped */
  int n_damaged;
} hist_list;

/* Loads the trainee's history (empty when there is none yet). */
rp_status hist_load(const char *data_dir, const char *trainee, hist_list *out,
                    rp_error *err);
void hist_free(hist_list *h);

#endif
