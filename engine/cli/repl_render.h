/*
 * repl_render.h -- how the conversation looks on the trainee's screen: the
 * prospect's and the trainee's lines, reactions and narration, the options
 * (with their ids and a status line in author mode), the coach's notes in
 * practice, the transcript, the notes of what the trainee has learned, and
 * one-line messages.
 *
 * The loop (repl.c) decides when something is shown; this decides how.
 * Text is built in an rp_buf and written to r->o.out in one piece, styled
 * by r->o.style (no colour when NO_COLOR or not a terminal).
 */
#ifndef REPL_RENDER_H
#define REPL_RENDER_H

#include "repl.h"
#include "util/rp_buf.h"

/* Writes b to r->o.out, flushes, and frees b. */
void repl_emit(repl *r, rp_buf *b);

/* A one-line message to the trainee, not part of the conversation. */
void repl_say(repl *r, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* After :undo, :goto, :set or :reload: shows the current node again in
 * full, from the prospect's last line. */
void repl_show_current(repl *r);

/* The transcript so far, between two rules (:transcript). */
void repl_render_transcript(const repl *r, rp_buf *b);

/* What the trainee knows about the prospect: role, company and the key
 * facts uncovered so far (:notes). */
void repl_render_notes(const repl *r, rp_buf *b);

#endif
