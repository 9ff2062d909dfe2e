/*
 * cli_play.h -- what cli_play.c offers the other front-end files: playing a
 * graded homework attempt (cli_homework.c decides whether one may start).
 */
#ifndef CLI_PLAY_H
#define CLI_PLAY_H

#include <stdbool.h>

#include "academy/homework.h"
#include "core/scn.h"

typedef struct cli_graded {
  const homework_assignment *hw;
  int attempt;          /* the number this attempt will carry */
  const char *output;   /* -o FILE, or NULL for the default name */
  const char *trainee;  /* validated */
  const char *data_dir; /* or NULL */
  const char *choices;  /* scripted play, or NULL */
  bool json;
} cli_graded;

/* Plays one graded attempt of *scn (loaded from path, already checked to be
 * the pinned version), saves it to the trainee's history and writes the
 * submission file.  *scn is the caller's.  Returns a CLI_* exit code. */
int cli_play_graded(scn_scenario **scn, const char *path, const cli_graded *g);

#endif
