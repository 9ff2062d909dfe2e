/*
 * debrief.h -- the human debrief: what the trainee reads when a session ends.
 *
 * Renders the outcome, the two axes and the four skills as bars, facts
 * uncovered, question rate, the key moments (each with its coach note and the
 * better option that was available) and a decision-by-decision table, so that
 * every number on the screen can be traced to a choice.  It renders into a
 * buffer; the front end prints it.  Uses: score, sess, term.
 */
#ifndef DEBRIEF_H
#define DEBRIEF_H

#include "core/score.h"
#include "core/sess.h"
#include "util/rp_buf.h"
#include "util/term.h"

/* Appends the debrief of s (scored as r) to b.  show_ids (author mode)
 * names nodes, choices and the ending by their ids; trainees see what they
 * said instead, since ids shared across a cohort are an answer key. */
void debrief_render(rp_buf *b, const sess_session *s, const score_report *r,
                    const term_style *st, bool show_ids);

/* Appends a deal value with its currency ("$180,000", "EUR 5,000"). */
void debrief_money(rp_buf *b, long long value, const char *currency);

#endif
