/*
 * cli_term.h -- what the terminal on a stream can show.
 *
 * Colour is used only on a terminal and never when NO_COLOR is set
 * (https://no-color.org) or TERM is "dumb"; the width comes from the
 * terminal, else $COLUMNS, else 80.  The style itself is util/term.h's.
 */
#ifndef CLI_TERM_H
#define CLI_TERM_H

#include <stdio.h>

#include "util/term.h"

/* The style for stream f: colour and width from the terminal when it is
 * one, else no colour and 80 columns; unicode from the locale. */
term_style cli_term_style(FILE *f);

#endif
