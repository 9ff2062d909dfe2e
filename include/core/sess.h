/*
 * sess.h -- a session: one trainee's walk through one scenario.
 *
 * The session is the state machine of a conversation: the current node, the
 * prospect's meters, the facts uncovered, how often each node was visited and
 * each choice taken, the transcript, and one seeded generator.  It evaluates
 * the author's functions (through scn_eval_*) and records, for every decision,
 * what was offered at that moment: scoring judges each decision against the
 * options actually available (score.h).
 *
 * Deterministic: the same scenario, seed and choices give the same session.
 * No I/O and no clock: the front end passes the seconds a decision took.
 * A run-time error in an author's function ends the session as aborted,
 * keeping everything played so far.
 *
 * Ownership: sess_new() returns a session the caller frees with sess_free();
 * it borrows the scenario, which must outlive it.  Pointers returned by the
 * accessors stay valid until the next call that changes the session.
 */
#ifndef SESS_H
#define SESS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/scn.h"
#include "util/rp_error.h"

/* Text the scenario's functions (say, text, reply) may return over one
 * session since it started or last restarted: the transcript and the
 * decisions keep it all, in C memory the sandbox's cap does not cover, so a
 * function returning a megabyte on every turn would otherwise grow it
 * without end.  A restart or undo frees what was kept and counts again. */
#ifndef SESS_TEXT_LIMIT
#define SESS_TEXT_LIMIT ((size_t)64 << 20)
#endif

typedef enum sess_status {
  SESS_ACTIVE, /* waiting for a choice */
  SESS_ENDED,  /* reached an ending */
  SESS_QUIT,   /* the trainee stopped before an ending */
  SESS_ABORTED /* a scenario function failed; see sess_abort_reason() */
} sess_status;

/* "active", "completed", "quit", "aborted" (the record's words). */
const char *sess_status_name(sess_status st);

typedef enum sess_speaker {
  SESS_PROSPECT, /* the prospect speaks (a node's say) */
  SESS_TRAINEE,  /* the trainee's chosen line */
  SESS_REACTION, /* the prospect's immediate reaction (a choice's reply) */
  SESS_NARRATION /* the ending's closing text */
} sess_speaker;

typedef struct sess_line {
  sess_speaker who;
  int turn;
  char *text;
} sess_line;

/* One choice as shown at the current node. */
typedef struct sess_option {
  int choice;     /* index in the node's choices */
  int number;     /* 1-based number the trainee types; 0 when locked */
  bool available; /* false: shown locked with the choice's hint */
  char *text;     /* the line as evaluated now */
} sess_option;

/* One decision and the evidence scoring needs, captured when it was made. */
typedef struct sess_decision {
  int turn;
  int node;
  int choice;
  double seconds;
  int n_offered;
  int best; /* the offered choice with the highest relationship value
               (fewest pushing points on ties) */
  int skill[SCN_SKILL_COUNT];
  int skill_min[SCN_SKILL_COUNT];
  int skill_max[SCN_SKILL_COUNT];
  int value, value_min, value_max;
  uint64_t revealed; /* facts newly uncovered by this decision */
  char *text;        /* the trainee's line as it was shown */
  char *best_text;   /* the best option's line as it was shown */
} sess_decision;

typedef struct sess_session sess_session;

/* Starts a session at the scenario's start node with the given seed.
 * Returns NULL only when out of memory (err filled); a scenario error while
 * entering the first node returns a session already SESS_ABORTED. */
sess_session *sess_new(const scn_scenario *scn, uint64_t seed, rp_error *err);
void sess_free(sess_session *s);

const scn_scenario *sess_scenario(const sess_session *s);
sess_status sess_state(const sess_session *s);
uint64_t sess_seed(const sess_session *s);
const char *sess_abort_reason(const sess_session *s); /* NULL unless aborted */
/* Why it aborted: RP_ERUNTIME (a function failed), RP_ELIMIT, RP_ENOMEM (the
 * sandbox's cap or the machine's memory); RP_OK unless aborted. */
rp_status sess_abort_status(const sess_session *s);

/* The current node (an ending once SESS_ENDED). */
int sess_node(const sess_session *s);
int sess_turn(const sess_session *s); /* decisions made so far */

/* The options shown at the current node, in the order shown (seeded when
 * the node shuffles, see scn_node.shuffle). */
int sess_options(const sess_session *s, const sess_option **out);
int sess_available(const sess_session *s); /* how many can be chosen */

/* Makes the choice the trainee numbered `number` (1-based, as shown).
 * RP_EINPUT when there is no such option (the session is unchanged); a
 * scenario failure aborts the session and returns RP_ERUNTIME. */
rp_status sess_choose(sess_session *s, int number, double seconds,
                      rp_error *err);

/* Makes the choice at index `choice` of the current node, whatever number
 * it is shown under (the explorer: the shown order may be shuffled). */
rp_status sess_choose_index(sess_session *s, int choice, double seconds,
                            rp_error *err);

/* Makes the choice with this id; RP_EINPUT when it is not offered now. */
rp_status sess_choose_id(sess_session *s, const char *choice_id, double seconds,
                         rp_error *err);

/* Ends an active session early (Ctrl-D, :quit). */
void sess_quit(sess_session *s);

/* Takes back the last decision by replaying the ones before it from the
 * seed.  RP_EINPUT when there is nothing to undo. */
rp_status sess_undo(sess_session *s, rp_error *err);

/* Starts over with the same seed. */
rp_status sess_restart(sess_session *s, rp_error *err);

/* Exploring (rapport check): a quiet session keeps no transcript, texts or
 * decision log, and evaluates only the author's functions (they may use
 * math.random, which is part of the state). */
void sess_set_quiet(sess_session *s, bool quiet);

/* The state that decides the rest of the conversation, as sess_key_size()
 * bytes, taken as the current node was entered: two sessions with equal
 * keys offer the same futures.  For plain data that is the node, meters,
 * facts and once-only choices taken; with functions also the turn, the
 * generator, visits and choice counts. */
size_t sess_key_size(const sess_session *s);
void sess_key(const sess_session *s, unsigned char *out);

/* Puts s in the state a key describes and enters its node again (what the
 * explorer does instead of copying sessions).  Returns a scenario error as
 * entering would (the session is then aborted). */
rp_status sess_restore(sess_session *s, const unsigned char *key,
                       rp_error *err);

/* Whether an aborted session stopped because nothing could be offered at a
 * node (a dead end in the scenario) rather than a failing function. */
bool sess_stuck(const sess_session *s);

/* Author mode (:goto, :set): jumps to a node (entering it as a choice
 * would: visit counted, `say` evaluated, options worked out), and sets a
 * meter within its bounds.  Sessions so changed are not replayable. */
rp_status sess_goto(sess_session *s, int node, rp_error *err);
void sess_set_meter(sess_session *s, int meter, int value);

/* The transcript so far. */
int sess_transcript(const sess_session *s, const sess_line **out);

/* The decisions so far, oldest first. */
int sess_decisions(const sess_session *s, const sess_decision **out);

/* Meter values (scenario order), facts known, and the view authors' functions
 * see. */
const int *sess_meters(const sess_session *s);
uint64_t sess_facts(const sess_session *s);

/* The wording of ch this session shows: with several (`text = { ... }`),
 * the one its seed picks, the same on every visit and every replay. */
const char *sess_wording(const sess_session *s, const scn_choice *ch);

/* From now on, options whose conditions fail are not listed at all, even
 * those with an `unavailable` hint: in graded and assessed play a locked
 * option would show the move the trainee is expected to make. */
void sess_hide_locked(sess_session *s);

#endif
