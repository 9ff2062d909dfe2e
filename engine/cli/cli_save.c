/*
 * cli_save.c -- a finished session's record, saved to the history and, for
 * graded homework, written as the submission.  See cli_save.h.
 */
#include "cli_save.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/history.h"
#include "io/rp_fs.h"
#include "util/rp_buf.h"

rp_status cli_save_record(const sess_session *s, const score_report *rep,
                          const rec_meta *meta, cli_save_patch patch,
                          void *patch_arg, char **text, rp_error *err) {
  *text = NULL;
  cJSON *o = rec_build(s, rep, meta);
  if (o != NULL && patch != NULL)
    o = patch(o, patch_arg);
  char *json = o != NULL ? cJSON_Print(o) : NULL;
  cJSON_Delete(o);
  rp_buf b = RP_BUF_INIT;
  if (json != NULL)
    rp_buf_printf(&b, "%s\n", json);
  cJSON_free(json);
  if (json == NULL || rp_buf_failed(&b)) {
    rp_buf_free(&b);
    return rp_fail(err, RP_ENOMEM, "out of memory writing the record");
  }
  *text = rp_buf_take(&b);
  return RP_OK;
}

rp_status cli_save_history(const cli_save_to *to, const sess_session *s,
                           const rec_meta *meta, const char *text, char **path,
                           rp_error *err) {
  *path = NULL;
  rp_error why;
  const scn_scenario *scn = sess_scenario(s);
  if (history_save(to->data_dir, meta->trainee, text, scn->id, sess_seed(s),
                   meta->started, path, &why) != RP_OK)
    return rp_fail(err, why.code,
                   "the session could not be saved to %s's history: %s",
                   meta->trainee, why.msg);
  return RP_OK;
}

/* Tries the given name, then (unless -o gave it) "x-2.json", "x-3.json",
 * ...: RP_EINPUT from rp_fs_write_new says the name exists. */
static rp_status write_new_name(const cli_save_to *to, const char *text,
                                char **written, rp_error *err) {
  size_t len = strlen(text), n = strlen(to->submission) + 16;
  for (int k = 1; k < 100; k++) {
    char *path = malloc(n);
    if (path == NULL)
      return rp_fail(err, RP_ENOMEM, "out of memory");
    if (k == 1)
      snprintf(path, n, "%s", to->submission);
    else /* "x.json" -> "x-2.json" */
      snprintf(path, n, "%.*s-%d.json", (int)strlen(to->submission) - 5,
               to->submission, k);
    rp_status st = rp_fs_write_new(path, text, len, err);
    if (st == RP_OK) {
      *written = path;
      return RP_OK;
    }
    free(path);
    if (st != RP_EINPUT || to->submission_given)
      return st;
  }
  return rp_fail(err, RP_EIO, "%s and 98 more names like it exist already",
                 to->submission);
}

rp_status cli_save_submission(const cli_save_to *to, const char *text,
                              char **written, rp_error *err) {
  *written = NULL;
  rp_error why;
  rp_status st = write_new_name(to, text, written, &why);
  if (st != RP_OK)
    return rp_fail(err, st,
                   "the submission could not be written: %s (the attempt is "
                   "in your history; `rapport progress` lists it)",
                   why.msg);
  return RP_OK;
}

char *cli_save_submission_name(const char *assignment, const char *trainee,
                               int attempt) {
  size_t n = strlen(assignment) + strlen(trainee) + 40;
  char *name = malloc(n);
  if (name != NULL)
    snprintf(name, n, "%s-%s-attempt%d.json", assignment, trainee, attempt);
  return name;
}
