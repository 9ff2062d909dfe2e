/*
 * scn.h -- scenarios: load an instructor's Lua file and compile it to C data.
 *
 * A scenario file returns `scenario { ... }`: identity, the prospect, hidden
 * meters (trust, ...), key facts, nodes with choices, and endings (see
 * docs/authoring.md).  scn_load() runs it once in a sandbox, validates every
 * field, and compiles it into the structures below, so a turn walks C data
 * and calls Lua only where the author wrote a function (a `say`, `reply`,
 * `text`, `when` or `next` that depends on state).
 *
 * Errors name the file, the line, the node and choice and the field:
 *   scenarios/x.lua:42: choice 'pitch' in node 'opening': next node 'guardd'
 *   does not exist
 * This module does no I/O: scn_load() takes the file's bytes; scn_file.h
 * reads files.  Uses: sbx (sandbox), rp_arena, rp_strmap, rp_sha256.
 *
 * Ownership: scn_load() returns a scenario the caller releases with
 * scn_free(); every string and array inside it belongs to it.
 */
#ifndef SCN_H
#define SCN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lua/sbx.h"
#include "util/rp_arena.h"
#include "util/rp_error.h"
#include "util/rp_strmap.h"

/* Key facts are a 64-bit set: a discovery call has a handful (MEDDIC has
 * six), and a bit set makes "facts known" one word to copy and compare. */
#define SCN_MAX_FACTS 64

/* Hidden meters (trust, patience, ...): a few per prospect. */
#define SCN_MAX_METERS 16

/* Meter values are kept within these bounds whatever an author declares, so
 * that sums over a session cannot overflow. */
#define SCN_METER_LIMIT 1000000

/* Wordings one choice may carry (`text = { "...", "..." }`): the session's
 * seed picks one, so an answer key copied from one session's wording does
 * not transfer; a handful is plenty for that. */
#define SCN_WORDINGS_MAX 8

/* A skill delta on one choice is within +/- this. */
#define SCN_SKILL_LIMIT 100

/* Choices in one node.  A real node offers a handful (the shipped scenarios
 * at most 15, the benchmarks' generated graphs 3); every state of a node
 * restores and lists all of them for each one taken, so a node of tens of
 * thousands made `rapport check` run for minutes.  Refused at load. */
#define SCN_CHOICES_MAX 256

/* Nodes and endings of one scenario together.  Real scenarios have tens;
 * the hostile tests load 100,000.  Refused at load, before they are
 * compiled: a Lua loop can make a million nodes from one shared table, and
 * their compiled form is C memory, outside the sandbox's cap. */
#define SCN_NODES_MAX 1000000

/* Choices over all nodes: shared choice lists would otherwise multiply
 * (a million nodes of SCN_CHOICES_MAX choices each, gigabytes of C memory
 * and minutes to compile) while Lua holds one copy.  Refused at the node
 * that passes it. */
#define SCN_TOTAL_CHOICES_MAX 1000000

/* No function reference (the field is plain data). */
#define SCN_NOFN (-1)

/* The four skills every choice is scored on; the order is the record's. */
typedef enum scn_skill {
  SCN_EMPATHY,
  SCN_LISTENING,
  SCN_PROBLEM_SOLVING,
  SCN_PUSHING,
  SCN_SKILL_COUNT
} scn_skill;

/* "empathy", "listening", "problem_solving", "pushing". */
const char *scn_skill_name(scn_skill k);

typedef enum scn_result { SCN_WON, SCN_STALLED, SCN_LOST } scn_result;

/* "won", "stalled", "lost". */
const char *scn_result_name(scn_result r);

typedef struct scn_meter {
  const char *id;
  const char *label; /* shown to authors; defaults to id */
  int start, min, max;
  int line;
} scn_meter;

typedef struct scn_fact {
  const char *id;
  const char *text; /* what the trainee learns, shown by :notes */
  int line;
} scn_fact;

typedef struct scn_delta {
  int meter;
  int delta;
} scn_delta;

/* A condition on a meter: min <= value <= max. */
typedef struct scn_bound {
  int meter;
  int min, max;
} scn_bound;

typedef struct scn_choice {
  const char *id;
  const char *text;   /* the trainee's line (or fn_text); texts[0] */
  const char **texts; /* n_texts > 1: the wordings the seed picks from */
  int n_texts;
  const char *reply;       /* the prospect's reaction, or NULL (or fn_reply) */
  const char *coach;       /* why this choice helps or hurts, for the debrief */
  const char *unavailable; /* when set, shown locked with this hint */
  int line;
  int gid; /* index among all choices of the scenario (a node's are consecutive)
            */
  int fn_text, fn_reply, fn_when, fn_next; /* registry refs, or SCN_NOFN */
  int skills[SCN_SKILL_COUNT];
  int value; /* relationship value: empathy + listening + problem_solving */
  int next;  /* node index, or -1 when fn_next decides */
  uint64_t reveal; /* facts this choice uncovers */
  uint64_t needs;  /* facts that must be known for it to be offered */
  scn_delta *deltas;
  int n_deltas;
  scn_bound *bounds;
  int n_bounds;
  bool once;     /* offered until taken once */
  bool question; /* counts toward the question rate */
} scn_choice;

typedef struct scn_outcome {
  scn_result result;
  int64_t deal_value;
  int days_to_close; /* -1 when the deal never closes */
} scn_outcome;

typedef struct scn_node {
  const char *id;
  const char *say; /* or fn_say */
  int fn_say;
  int line;
  scn_choice *choices;
  int n_choices;
  bool is_ending;
  bool shuffle;        /* show the choices in a seeded order */
  scn_outcome outcome; /* endings only */
} scn_node;

typedef struct scn_prospect {
  const char *name, *role, *company, *persona;
} scn_prospect;

typedef struct scn_scenario {
  /* identity */
  const char *id, *title, *module, *difficulty, *version, *brief;
  const char *currency;  /* for deal values; default "USD" */
  int minutes;           /* estimated minutes to play, 0 when not given */
  const char *chunkname; /* the name errors use: the path it was loaded as */
  char sha256[65];       /* of the file's bytes */

  scn_prospect prospect;
  scn_meter meters[SCN_MAX_METERS];
  int n_meters;
  scn_fact facts[SCN_MAX_FACTS];
  int n_facts;

  /* Nodes and endings share one id space; endings have is_ending set. */
  scn_node *nodes;
  int n_nodes;
  int n_choices; /* over all nodes */
  int start;
  int fn_tests; /* the raw `tests` table (rapport test), or SCN_NOFN */
  bool has_functions;

  rp_strmap node_index;
  sbx *sandbox;        /* holds the author's functions; NULL for plain data */
  struct scn_ctx *ctx; /* private to scn_eval.c */
  rp_arena *mem;
} scn_scenario;

/* Loads a scenario from the len bytes at src; chunkname names it in errors
 * (normally its path).  Returns the compiled scenario, or NULL with err
 * filled.  The caller frees the result with scn_free(). */
scn_scenario *scn_load(const char *chunkname, const char *src, size_t len,
                       rp_error *err);
void scn_free(scn_scenario *s);

/* Index of the node or ending with this id, or -1. */
int scn_node_find(const scn_scenario *s, const char *id);

/* Index of the choice with this id in node n, or -1. */
int scn_choice_find(const scn_node *n, const char *id);

/* Index of the fact or meter with this id, or -1. */
int scn_fact_find(const scn_scenario *s, const char *id);
int scn_meter_find(const scn_scenario *s, const char *id);

/* The rules of a turn, shared by sessions and the explorer (rapport check):
 * whether a choice's data conditions (required facts, meter bounds) hold,
 * and its effects (meter changes kept within bounds, facts revealed).
 * `once` and `when` are the caller's: they need the session's history. */
bool scn_choice_passes(const scn_choice *ch, const int *meters, uint64_t facts);
void scn_choice_apply(const scn_scenario *s, const scn_choice *ch, int *meters,
                      uint64_t *facts);

/* What an author's function sees of the session: passed as the table `s`
 * (s.trust, s.facts.pain, s.visits.opening, s.chose.pitch, s.turn). */
typedef struct scn_view {
  const int *meters;          /* n_meters values */
  uint64_t facts;             /* known facts */
  const int *visits;          /* per node */
  const unsigned char *taken; /* per choice gid: times chosen (saturating) */
  int turn;
  uint64_t *rng; /* the session's generator, for math.random */
} scn_view;

/* What the author's functions have read of the session so far (s.turn,
 * s.visits.X, s.chose.Y, math.random): the explorer keeps only these in a
 * state's identity, so functions that read meters and facts alone explore
 * like plain data.  generation grows whenever something new is read. */
typedef struct scn_reads {
  unsigned generation;
  bool turn, random;
  unsigned char *visits; /* per node */
  unsigned char *chose;  /* per choice gid */
} scn_reads;

/* The reads so far; NULL for a plain-data scenario (nothing to read). */
const scn_reads *scn_eval_reads(const scn_scenario *s);

/* Calls the author's function fn with the view and returns its string result
 * in *out (the caller frees it with free()); with out NULL the result is
 * checked and dropped, not copied (exploring keeps no texts).  what names
 * the field for errors ("say of node 'opening'"). */
rp_status scn_eval_text(const scn_scenario *s, int fn, const scn_view *v,
                        const char *what, char **out, rp_error *err);

/* Calls a `when` function; *out receives its truthiness. */
rp_status scn_eval_when(const scn_scenario *s, int fn, const scn_view *v,
                        const char *what, bool *out, rp_error *err);

/* Calls a `next` function; *out receives the index of the node it names.
 * Naming a node that does not exist is an error. */
rp_status scn_eval_next(const scn_scenario *s, int fn, const scn_view *v,
                        const char *what, int *out, rp_error *err);

#endif
