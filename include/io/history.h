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
 * Recovery: a kill between writing and publishing leaves the temporary file
 * (NAME.json.tmp.PID[.RANDOM], rp_fs.h).  history_load() publishes one
 * whose writer no longer runs (kill(PID, 0) fails with ESRCH) and that
 * parses as a whole record, with link() like a save, and removes it; a
 * live writer's, a torn or a foreign temporary file is left as it is and
 * not reported.  One that cannot be published (a read-only folder) is
 * reported as damaged, naming why.
 *
 * Ownership: history_load() fills a trainee_history released by
 * trainee_history_free().
 */
#ifndef HISTORY_H
#define HISTORY_H

#include <stdbool.h>

#include "academy/trainee.h"
#include "util/rp_error.h"

/* The data directory: data_dir when given, else the XDG default.  The
 * caller frees it. */
char *history_data_dir(const char *data_dir);

/* Saves one record (JSON text) to the trainee's history; *saved_path (when
 * not NULL) receives the file's path, which the caller frees. */
rp_status history_save(const char *data_dir, const char *trainee,
                       const char *json, const char *scenario_id, uint64_t seed,
                       time_t started, char **saved_path, rp_error *err);

/* Loads the trainee's history (empty when there is none yet), first
 * publishing the whole records interrupted saves left (above). */
rp_status history_load(const char *data_dir, const char *trainee,
                       trainee_history *out, rp_error *err);

#endif
