/*
 * cli_save.h -- where a finished session goes besides the screen: its
 * record (rec.h) as JSON text, that record saved to the trainee's history,
 * and for a graded attempt the submission file the trainee sends in.
 *
 * Nothing here prints: each step returns an rp_error whose message is
 * whole ("the session could not be saved to ann's history: ..."), and the
 * caller (cli_play.c) prints it once and says where the files went.
 */
#ifndef CLI_SAVE_H
#define CLI_SAVE_H

#include <cjson/cJSON.h>
#include <stdbool.h>

#include "core/rec.h"
#include "core/score.h"
#include "core/sess.h"
#include "util/rp_error.h"

/* Adds fields to a record before it is printed and saved (the baseline's
 * advice, a graded attempt's homework): returns the record, or NULL when
 * out of memory, having freed it. */
typedef cJSON *(*cli_save_patch)(cJSON *record, void *arg);

/* Where a finished session goes besides the screen. */
typedef struct cli_save_to {
  bool save;              /* false: nowhere (author mode, replay) */
  const char *data_dir;   /* NULL: the XDG default */
  const char *submission; /* graded homework: the submission file, or NULL */
  bool submission_given;  /* -o named it: never pick another name */
} cli_save_to;

/* The record of a finished session s, scored rep, with patch's fields
 * (patch may be NULL), as JSON text and a newline: the bytes printed by
 * --json and saved.  *text receives it (the caller frees it); RP_ENOMEM
 * ("out of memory writing the record") when it cannot be built. */
rp_status cli_save_record(const sess_session *s, const score_report *rep,
                          const rec_meta *meta, cli_save_patch patch,
                          void *patch_arg, char **text, rp_error *err);

/* Saves the record text of s to meta->trainee's history in to->data_dir;
 * *path receives the file written (the caller frees it), NULL on
 * failure. */
rp_status cli_save_history(const cli_save_to *to, const sess_session *s,
                           const rec_meta *meta, const char *text, char **path,
                           rp_error *err);

/* Writes the record text as the submission to->submission, never replacing
 * a file: a default name that exists already gets "-2", "-3", ... so an
 * attempt is never lost, a name given with -o fails instead.  *written
 * receives the name used (the caller frees it), NULL on failure. */
rp_status cli_save_submission(const cli_save_to *to, const char *text,
                              char **written, rp_error *err);

/* The default submission name of an attempt, "ASSIGNMENT-TRAINEE-attemptN
 * .json" (the caller frees it), or NULL when out of memory. */
char *cli_save_submission_name(const char *assignment, const char *trainee,
                               int attempt);

#endif
