/*
 * sess.c -- the conversation state machine.  See sess.h.
 *
 * Entering a node: count the visit, evaluate what the prospect says, and
 * work out which choices are offered.  Choosing: capture the scoring
 * evidence over the offered choices, apply the choice's effects, then
 * evaluate the reaction and the next node, so that both see the effects.
 */
#include "sess.h"

#include "rp_rng.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sess_session {
  const scn_scenario *scn;
  uint64_t seed, rng;
  sess_status status;
  char *abort_reason;
  int node, turn;
  int meters[SCN_MAX_METERS];
  uint64_t facts;
  int *visits;          /* per node */
  unsigned char *taken; /* per choice gid, saturating at 255 */
  sess_option *opts;
  int n_opts, n_avail, cap_opts;
  sess_line *lines;
  int n_lines, cap_lines;
  sess_decision *dec;
  int n_dec, cap_dec;
  bool quiet; /* exploring: no transcript, no texts, no decision log */
  bool stuck; /* aborted because no choice could be offered */
  uint64_t rng_entry; /* the generator as the current node was entered */
};

const char *sess_status_name(sess_status st) {
  switch (st) {
  case SESS_ACTIVE: return "active";
  case SESS_ENDED: return "completed";
  case SESS_QUIT: return "quit";
  case SESS_ABORTED: return "aborted";
  }
  return "?";
}

static scn_view view_of(sess_session *s) {
  scn_view v = {s->meters, s->facts, s->visits, s->taken, s->turn, &s->rng};
  return v;
}

static void clear_options(sess_session *s) {
  for (int i = 0; i < s->n_opts; i++)
    free(s->opts[i].text);
  s->n_opts = s->n_avail = 0;
}

/* Ends the session as aborted, keeping err's message as the reason. */
static rp_status abort_with(sess_session *s, rp_error *err) {
  clear_options(s);
  s->status = SESS_ABORTED;
  free(s->abort_reason);
  s->abort_reason = strdup(err->msg);
  return err->code == RP_ENOMEM ? RP_ENOMEM : RP_ERUNTIME;
}

/* Appends a transcript line; takes ownership of text. */
static rp_status say(sess_session *s, sess_speaker who, char *text,
                     rp_error *err) {
  if (s->quiet) {
    free(text);
    return RP_OK;
  }
  if (s->n_lines == s->cap_lines) {
    int cap = s->cap_lines ? s->cap_lines * 2 : 32;
    sess_line *l = realloc(s->lines, (size_t)cap * sizeof *l);
    if (l == NULL) {
      free(text);
      return rp_fail(err, RP_ENOMEM, "out of memory");
    }
    s->lines = l;
    s->cap_lines = cap;
  }
  s->lines[s->n_lines++] = (sess_line){who, s->turn, text};
  return RP_OK;
}

/* Evaluates a text-or-function field into a new string. */
static rp_status text_of(sess_session *s, const char *text, int fn,
                         const char *what, char **out, rp_error *err) {
  if (fn == SCN_NOFN) {
    if (s->quiet) { /* only functions can change the state (math.random) */
      *out = NULL;
      return RP_OK;
    }
    *out = strdup(text != NULL ? text : "");
    return *out != NULL ? RP_OK : rp_fail(err, RP_ENOMEM, "out of memory");
  }
  scn_view v = view_of(s);
  return scn_eval_text(s->scn, fn, &v, what, out, err);
}

/* Whether choice ch passes its data conditions and its `when`. */
static rp_status offered(sess_session *s, const scn_node *node,
                         const scn_choice *ch, bool *ok, rp_error *err) {
  *ok = false;
  if (!scn_choice_passes(ch, s->meters, s->facts))
    return RP_OK;
  if (ch->fn_when != SCN_NOFN) {
    char what[200];
    snprintf(what, sizeof what, "when of choice '%s' in node '%s'", ch->id,
             node->id);
    scn_view v = view_of(s);
    return scn_eval_when(s->scn, ch->fn_when, &v, what, ok, err);
  }
  *ok = true;
  return RP_OK;
}

/* Shows the options in an order drawn from the seed, the node and the visit,
 * so that the best answer is not always in the same place, and the same
 * session always shows the same order.  A generator of its own: display
 * must not consume the scenario's math.random stream. */
static void shuffle(sess_session *s, int n) {
  uint64_t x = s->seed ^ ((uint64_t)n << 32) ^ (uint64_t)s->visits[n] * 0x9e3779b97f4a7c15ULL;
  for (int i = s->n_opts - 1; i > 0; i--) {
    int j = (int)rp_rng_range(&x, 0, i);
    sess_option tmp = s->opts[i];
    s->opts[i] = s->opts[j];
    s->opts[j] = tmp;
  }
  int k = 0;
  for (int i = 0; i < s->n_opts; i++)
    if (s->opts[i].available)
      s->opts[i].number = ++k;
}

static rp_status enter(sess_session *s, int n, rp_error *err) {
  const scn_node *node = &s->scn->nodes[n];
  s->node = n;
  s->rng_entry = s->rng;
  if (s->visits[n] < INT_MAX)
    s->visits[n]++;
  char what[160];
  snprintf(what, sizeof what, "say of %s '%s'",
           node->is_ending ? "ending" : "node", node->id);
  char *text;
  if (text_of(s, node->say, node->fn_say, what, &text, err) != RP_OK ||
      say(s, node->is_ending ? SESS_NARRATION : SESS_PROSPECT, text, err))
    return abort_with(s, err);
  clear_options(s);
  if (node->is_ending) {
    s->status = SESS_ENDED;
    return RP_OK;
  }
  if (s->cap_opts < node->n_choices) {
    sess_option *o = realloc(s->opts, (size_t)node->n_choices * sizeof *o);
    if (o == NULL) {
      rp_fail(err, RP_ENOMEM, "out of memory");
      return abort_with(s, err);
    }
    s->opts = o;
    s->cap_opts = node->n_choices;
  }
  for (int i = 0; i < node->n_choices; i++) {
    const scn_choice *ch = &node->choices[i];
    if (ch->once && s->taken[ch->gid] > 0)
      continue;
    bool ok;
    if (offered(s, node, ch, &ok, err) != RP_OK)
      return abort_with(s, err);
    if (!ok && ch->unavailable == NULL)
      continue;
    snprintf(what, sizeof what, "text of choice '%s' in node '%s'", ch->id,
             node->id);
    char *line;
    if (text_of(s, ch->text, ch->fn_text, what, &line, err) != RP_OK)
      return abort_with(s, err);
    s->opts[s->n_opts++] =
        (sess_option){i, ok ? ++s->n_avail : 0, ok, line};
  }
  if (node->shuffle)
    shuffle(s, n);
  if (s->n_avail == 0) {
    s->stuck = true;
    rp_fail(err, RP_ERUNTIME,
            "%s:%d: node '%s': no choice is available here (every condition "
            "failed); the conversation cannot go on",
            s->scn->chunkname, node->line, node->id);
    return abort_with(s, err);
  }
  return RP_OK;
}

static void clear_decisions(sess_session *s) {
  for (int i = 0; i < s->n_dec; i++) {
    free(s->dec[i].text);
    free(s->dec[i].best_text);
  }
  s->n_dec = 0;
}

static void reset(sess_session *s) {
  clear_options(s);
  clear_decisions(s);
  for (int i = 0; i < s->n_lines; i++)
    free(s->lines[i].text);
  s->n_lines = 0;
  s->turn = 0;
  s->rng = s->seed;
  s->status = SESS_ACTIVE;
  s->stuck = false;
  free(s->abort_reason);
  s->abort_reason = NULL;
  s->facts = 0;
  for (int i = 0; i < s->scn->n_meters; i++)
    s->meters[i] = s->scn->meters[i].start;
  memset(s->visits, 0, (size_t)s->scn->n_nodes * sizeof *s->visits);
  memset(s->taken, 0, (size_t)(s->scn->n_choices ? s->scn->n_choices : 1));
}

sess_session *sess_new(const scn_scenario *scn, uint64_t seed, rp_error *err) {
  sess_session *s = calloc(1, sizeof *s);
  if (s == NULL)
    goto fail;
  s->scn = scn;
  s->seed = seed;
  s->visits = calloc((size_t)scn->n_nodes, sizeof *s->visits);
  s->taken = calloc((size_t)(scn->n_choices ? scn->n_choices : 1), 1);
  if (s->visits == NULL || s->taken == NULL)
    goto fail;
  reset(s);
  rp_error e;
  enter(s, scn->start, &e); /* a failure leaves the session aborted */
  return s;
fail:
  sess_free(s);
  rp_fail(err, RP_ENOMEM, "out of memory starting a session");
  return NULL;
}

void sess_free(sess_session *s) {
  if (s == NULL)
    return;
  clear_options(s);
  for (int i = 0; i < s->n_lines; i++)
    free(s->lines[i].text);
  free(s->lines);
  free(s->opts);
  clear_decisions(s);
  free(s->dec);
  free(s->visits);
  free(s->taken);
  free(s->abort_reason);
  free(s);
}

/* Captures the evidence for choosing option index oi among those offered. */
static void capture(const sess_session *s, int oi, sess_decision *d) {
  const scn_node *node = &s->scn->nodes[s->node];
  const scn_choice *chosen = &node->choices[s->opts[oi].choice];
  int best_push = 0, best_opt = oi;
  d->n_offered = 0;
  for (int k = 0; k < SCN_SKILL_COUNT; k++)
    d->skill[k] = chosen->skills[k];
  d->value = chosen->value;
  for (int i = 0; i < s->n_opts; i++) {
    if (!s->opts[i].available)
      continue;
    const scn_choice *ch = &node->choices[s->opts[i].choice];
    bool first = d->n_offered++ == 0;
    for (int k = 0; k < SCN_SKILL_COUNT; k++) {
      if (first || ch->skills[k] < d->skill_min[k])
        d->skill_min[k] = ch->skills[k];
      if (first || ch->skills[k] > d->skill_max[k])
        d->skill_max[k] = ch->skills[k];
    }
    if (first || ch->value < d->value_min)
      d->value_min = ch->value;
    int push = ch->skills[SCN_PUSHING];
    if (first || ch->value > d->value_max ||
        (ch->value == d->value_max && push < best_push)) {
      d->value_max = ch->value;
      d->best = s->opts[i].choice;
      best_opt = i;
      best_push = push;
    }
  }
  if (!s->quiet && s->opts[best_opt].text != NULL)
    d->best_text = strdup(s->opts[best_opt].text); /* NULL is tolerated */
}

static rp_status take(sess_session *s, int oi, double seconds, rp_error *err) {
  const scn_scenario *scn = s->scn;
  const scn_node *node = &scn->nodes[s->node];
  int ci = s->opts[oi].choice;
  const scn_choice *ch = &node->choices[ci];
  sess_decision quiet_decision, *d = &quiet_decision;
  if (!s->quiet) {
    if (s->n_dec == s->cap_dec) {
      int cap = s->cap_dec ? s->cap_dec * 2 : 32;
      sess_decision *grown = realloc(s->dec, (size_t)cap * sizeof *grown);
      if (grown == NULL)
        return rp_fail(err, RP_ENOMEM, "out of memory");
      s->dec = grown;
      s->cap_dec = cap;
    }
    d = &s->dec[s->n_dec++];
  }
  memset(d, 0, sizeof *d);
  capture(s, oi, d);
  d->turn = ++s->turn;
  d->node = s->node;
  d->choice = ci;
  d->seconds = seconds < 0 ? 0 : seconds;

  /* The trainee's line, as shown; the options are rebuilt on entering. */
  char *line = s->opts[oi].text;
  s->opts[oi].text = NULL;
  if (!s->quiet && line != NULL)
    d->text = strdup(line);
  if (say(s, SESS_TRAINEE, line, err) != RP_OK)
    return abort_with(s, err);

  if (s->taken[ch->gid] < UCHAR_MAX)
    s->taken[ch->gid]++;
  d->revealed = ch->reveal & ~s->facts;
  scn_choice_apply(scn, ch, s->meters, &s->facts);

  char what[200];
  if (ch->reply != NULL || ch->fn_reply != SCN_NOFN) {
    snprintf(what, sizeof what, "reply of choice '%s' in node '%s'", ch->id,
             node->id);
    char *reply;
    if (text_of(s, ch->reply, ch->fn_reply, what, &reply, err) != RP_OK ||
        say(s, SESS_REACTION, reply, err) != RP_OK)
      return abort_with(s, err);
  }
  int next = ch->next;
  if (ch->fn_next != SCN_NOFN) {
    snprintf(what, sizeof what, "next of choice '%s' in node '%s'", ch->id,
             node->id);
    scn_view v = view_of(s);
    if (scn_eval_next(scn, ch->fn_next, &v, what, &next, err) != RP_OK)
      return abort_with(s, err);
  }
  return enter(s, next, err);
}

rp_status sess_choose(sess_session *s, int number, double seconds,
                      rp_error *err) {
  if (s->status != SESS_ACTIVE)
    return rp_fail(err, RP_EINPUT, "the conversation is over");
  for (int i = 0; i < s->n_opts; i++)
    if (s->opts[i].available && s->opts[i].number == number)
      return take(s, i, seconds, err);
  if (s->n_avail == 1)
    return rp_fail(err, RP_EINPUT, "there is no choice %d; type 1", number);
  return rp_fail(err, RP_EINPUT, "there is no choice %d; type a number from 1 "
                                 "to %d", number, s->n_avail);
}

rp_status sess_choose_id(sess_session *s, const char *choice_id,
                         double seconds, rp_error *err) {
  if (s->status != SESS_ACTIVE)
    return rp_fail(err, RP_EINPUT, "the conversation is over");
  const scn_node *node = &s->scn->nodes[s->node];
  for (int i = 0; i < s->n_opts; i++) {
    const scn_choice *ch = &node->choices[s->opts[i].choice];
    if (strcmp(ch->id, choice_id) != 0)
      continue;
    if (!s->opts[i].available)
      break;
    return take(s, i, seconds, err);
  }
  return rp_fail(err, RP_EINPUT, "choice '%s' is not offered at node '%s' "
                                 "(turn %d)", choice_id, node->id, s->turn + 1);
}

void sess_quit(sess_session *s) {
  if (s->status == SESS_ACTIVE) {
    clear_options(s);
    s->status = SESS_QUIT;
  }
}

/* Replays the first n of the saved decisions from a fresh start. */
static rp_status replay(sess_session *s, const sess_decision *saved, int n,
                        rp_error *err) {
  reset(s);
  rp_error e;
  if (enter(s, s->scn->start, &e) != RP_OK)
    return RP_OK; /* aborted again at the start, as before */
  for (int i = 0; i < n && s->status == SESS_ACTIVE; i++) {
    int oi = -1;
    for (int j = 0; j < s->n_opts && oi < 0; j++)
      if (s->opts[j].available && s->opts[j].choice == saved[i].choice &&
          saved[i].node == s->node)
        oi = j;
    if (oi < 0)
      return rp_fail(err, RP_ERUNTIME,
                     "replaying turn %d: the same choice is no longer offered "
                     "(the scenario is not deterministic?)", i + 1);
    take(s, oi, saved[i].seconds, &e);
  }
  return RP_OK;
}

static rp_status replay_prefix(sess_session *s, int n, rp_error *err) {
  sess_decision *saved = NULL;
  if (n > 0) {
    saved = malloc((size_t)n * sizeof *saved);
    if (saved == NULL)
      return rp_fail(err, RP_ENOMEM, "out of memory");
    memcpy(saved, s->dec, (size_t)n * sizeof *saved);
  }
  rp_status st = replay(s, saved, n, err);
  free(saved);
  return st;
}

rp_status sess_undo(sess_session *s, rp_error *err) {
  if (s->n_dec == 0)
    return rp_fail(err, RP_EINPUT, "nothing to undo: no choice made yet");
  return replay_prefix(s, s->n_dec - 1, err);
}

rp_status sess_restart(sess_session *s, rp_error *err) {
  return replay_prefix(s, 0, err);
}

void sess_set_quiet(sess_session *s, bool quiet) { s->quiet = quiet; }

/* The key is the state as the current node was entered, before its `say`
 * and conditions ran: restoring it and entering the node again reproduces
 * everything, including what the author's functions drew from math.random. */
size_t sess_key_size(const sess_session *s) {
  const scn_scenario *scn = s->scn;
  size_t n = sizeof(int) * (size_t)(1 + scn->n_meters) + sizeof(uint64_t);
  if (scn->has_functions) /* functions may read any of it */
    n += sizeof(int) + sizeof(uint64_t) + sizeof(int) * (size_t)scn->n_nodes +
         (size_t)scn->n_choices;
  else /* only whether once-only choices were taken matters */
    n += ((size_t)scn->n_choices + 7) / 8;
  return n;
}

void sess_key(const sess_session *s, unsigned char *out) {
  const scn_scenario *scn = s->scn;
  unsigned char *p = out;
  memcpy(p, &s->node, sizeof(int));
  p += sizeof(int);
  memcpy(p, s->meters, sizeof(int) * (size_t)scn->n_meters);
  p += sizeof(int) * (size_t)scn->n_meters;
  memcpy(p, &s->facts, sizeof(uint64_t));
  p += sizeof(uint64_t);
  if (scn->has_functions) {
    /* Only what a function has read so far tells states apart (the rest is
     * zero); the explorer starts again when something new is read. */
    const scn_reads *rd = scn_eval_reads(scn);
    int turn = rd->turn ? s->turn : 0;
    uint64_t rng = rd->random ? s->rng_entry : 0;
    memcpy(p, &turn, sizeof(int));
    p += sizeof(int);
    memcpy(p, &rng, sizeof(uint64_t));
    p += sizeof(uint64_t);
    for (int n = 0; n < scn->n_nodes; n++) {
      int v = 0;
      if (rd->visits[n]) /* as it was before entering */
        v = s->visits[n] - (n == s->node);
      memcpy(p, &v, sizeof(int));
      p += sizeof(int);
    }
    for (int n = 0; n < scn->n_nodes; n++)
      for (int i = 0; i < scn->nodes[n].n_choices; i++) {
        const scn_choice *ch = &scn->nodes[n].choices[i];
        p[ch->gid] = rd->chose[ch->gid] ? s->taken[ch->gid]
                     : ch->once         ? s->taken[ch->gid] > 0
                                        : 0;
      }
  } else {
    size_t nb = ((size_t)scn->n_choices + 7) / 8;
    memset(p, 0, nb);
    for (int n = 0; n < scn->n_nodes; n++)
      for (int i = 0; i < scn->nodes[n].n_choices; i++) {
        const scn_choice *ch = &scn->nodes[n].choices[i];
        if (ch->once && s->taken[ch->gid])
          p[ch->gid / 8] |= (unsigned char)(1u << (ch->gid % 8));
      }
  }
}

rp_status sess_restore(sess_session *s, const unsigned char *key,
                       rp_error *err) {
  const scn_scenario *scn = s->scn;
  const unsigned char *p = key;
  int node;
  clear_options(s);
  free(s->abort_reason);
  s->abort_reason = NULL;
  s->status = SESS_ACTIVE;
  s->stuck = false;
  memcpy(&node, p, sizeof(int));
  p += sizeof(int);
  memcpy(s->meters, p, sizeof(int) * (size_t)scn->n_meters);
  p += sizeof(int) * (size_t)scn->n_meters;
  memcpy(&s->facts, p, sizeof(uint64_t));
  p += sizeof(uint64_t);
  if (scn->has_functions) {
    memcpy(&s->turn, p, sizeof(int));
    p += sizeof(int);
    memcpy(&s->rng, p, sizeof(uint64_t));
    p += sizeof(uint64_t);
    memcpy(s->visits, p, sizeof(int) * (size_t)scn->n_nodes);
    p += sizeof(int) * (size_t)scn->n_nodes;
    memcpy(s->taken, p, (size_t)scn->n_choices);
  } else {
    for (int g = 0; g < scn->n_choices; g++)
      s->taken[g] = (p[g / 8] >> (g % 8)) & 1;
  }
  if (node < 0 || node >= scn->n_nodes)
    return rp_fail(err, RP_EINPUT, "not a state of this scenario");
  if (enter(s, node, err) != RP_OK)
    return err->code;
  return RP_OK;
}

bool sess_stuck(const sess_session *s) { return s->stuck; }

rp_status sess_goto(sess_session *s, int node, rp_error *err) {
  if (node < 0 || node >= s->scn->n_nodes)
    return rp_fail(err, RP_EINPUT, "no such node");
  s->status = SESS_ACTIVE;
  s->stuck = false;
  free(s->abort_reason);
  s->abort_reason = NULL;
  return enter(s, node, err);
}

void sess_set_meter(sess_session *s, int meter, int value) {
  const scn_meter *m = &s->scn->meters[meter];
  s->meters[meter] = value < m->min ? m->min : value > m->max ? m->max : value;
}

const scn_scenario *sess_scenario(const sess_session *s) { return s->scn; }
sess_status sess_state(const sess_session *s) { return s->status; }
uint64_t sess_seed(const sess_session *s) { return s->seed; }
const char *sess_abort_reason(const sess_session *s) { return s->abort_reason; }
int sess_node(const sess_session *s) { return s->node; }
int sess_turn(const sess_session *s) { return s->turn; }
int sess_available(const sess_session *s) { return s->n_avail; }
const int *sess_meters(const sess_session *s) { return s->meters; }
uint64_t sess_facts(const sess_session *s) { return s->facts; }

int sess_options(const sess_session *s, const sess_option **out) {
  *out = s->opts;
  return s->n_opts;
}

int sess_transcript(const sess_session *s, const sess_line **out) {
  *out = s->lines;
  return s->n_lines;
}

int sess_decisions(const sess_session *s, const sess_decision **out) {
  *out = s->dec;
  return s->n_dec;
}
