/*
 * cli_trainee.h -- who the trainee is, for the commands that need one:
 * --trainee, else $RAPPORT_TRAINEE, else the login name.
 */
#ifndef CLI_TRAINEE_H
#define CLI_TRAINEE_H

/* The default trainee name (a static or environment string). */
const char *cli_default_trainee(void);

#endif
