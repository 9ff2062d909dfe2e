/*
 * cli_trainee.h -- who the trainee is (--trainee, else $RAPPORT_TRAINEE,
 * else the login name) and their history, for the commands that need them.
 */
#ifndef CLI_TRAINEE_H
#define CLI_TRAINEE_H

#include <stdbool.h>

#include "academy/curriculum.h"
#include "academy/progress.h"
#include "io/history.h"

/* The default trainee name (a static or environment string). */
const char *cli_default_trainee(void);

/* Loads a trainee's history, computes their progress and reads the
 * curriculum (progress and report share this); damaged history files and
 * failures are printed.  On false nothing needs freeing; on true the caller
 * frees all three. */
bool cli_load_progress(const char *trainee, const char *data_dir,
                       trainee_history *h, progress_report *p,
                       curriculum_curriculum *cur);

#endif
