/*
 * sess.c -- the conversation state machine.  See sess.h.
 *
 * Entering a node: count the visit, evaluate what the prospect says, and
 * work out which choices are offered.  Choosing: capture the scoring
 * evidence over the offered choices, apply the choice's effects, then
 * evaluate the reaction and the next node, so that both see the effects.
 *
 * Speed (a turn of plain data is a few dozen nanoseconds): texts that are
 * plain strings are not copied, the session points at the scenario's own
 * (which outlives it) and remembers which texts it owns; the description
 * of a field for error messages is formatted only when an author's
 * function is called; a restart clears only the visits and choice counts
 * it touched.
 */
#include "core/sess.h"

#include "sess_internal.h"
#include "util/rp_rng.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OWN_TEXT 1u
#define OWN_BEST 2u

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

void sess_clear_options(sess_session *s) {
  for (int i = 0; i < s->n_opts; i++)
    if (s->opt_own[i])
      free(s->opts[i].text);
  s->n_opts = s->n_avail = 0;
}

/* What an author's function is, for its error messages ("say of node 'x'",
 * "when of choice 'c' in node 'x'"); formatted only when one is called. */
static const char *describe(char *buf, size_t n, const char *field,
                            const scn_node *node, const scn_choice *ch) {
  if (ch == NULL)
    snprintf(buf, n, "%s of %s '%s'", field,
             node->is_ending ? "ending" : "node", node->id);
  else
    snprintf(buf, n, "%s of choice '%s' in node '%s'", field, ch->id, node->id);
  return buf;
}

/* Ends the session as aborted, keeping err's message as the reason. */
static rp_status abort_with(sess_session *s, rp_error *err) {
  sess_clear_options(s);
  s->status = SESS_ABORTED;
  s->abort_status = err->code;
  free(s->abort_reason);
  s->abort_reason = strdup(err->msg); /* NULL: sess_abort_reason copes */
  return err->code == RP_ENOMEM ? RP_ENOMEM : RP_ERUNTIME;
}

/* Appends a transcript line; takes ownership of text when own. */
static rp_status say(sess_session *s, sess_speaker who, char *text, bool own,
                     rp_error *err) {
  if (s->quiet) {
    if (own)
      free(text);
    return RP_OK;
  }
  if (s->n_lines == s->cap_lines) {
    int cap = s->cap_lines ? s->cap_lines * 2 : 32;
    sess_line *l = realloc(s->lines, (size_t)cap * sizeof *l);
    bool *o = l != NULL ? realloc(s->line_own, (size_t)cap * sizeof *o) : NULL;
    if (l != NULL)
      s->lines = l;
    if (o == NULL) {
      if (own)
        free(text);
      return rp_fail(err, RP_ENOMEM, "out of memory");
    }
    s->line_own = o;
    s->cap_lines = cap;
  }
  s->line_own[s->n_lines] = own;
  s->lines[s->n_lines++] = (sess_line){who, s->turn, text};
  return RP_OK;
}

/* Evaluates a text-or-function field: a plain string is the scenario's own
 * (*own false), a function's result a new string (*own true).  field, node
 * and ch describe the field for errors (see describe()). */
static rp_status text_of(sess_session *s, const char *text, int fn,
                         const char *field, const scn_node *node,
                         const scn_choice *ch, char **out, bool *own,
                         rp_error *err) {
  *own = false;
  if (fn == SCN_NOFN) {
    /* quiet: only functions can change the state (math.random) */
    *out = s->quiet ? NULL : (char *)(text != NULL ? text : "");
    return RP_OK;
  }
  char what[200];
  scn_view v = view_of(s);
  /* quiet: the function runs (it may draw from math.random), its text is
   * not kept */
  rp_status st = scn_eval_text(s->scn, fn, &v,
                               describe(what, sizeof what, field, node, ch),
                               s->quiet ? NULL : out, err);
  if (s->quiet) {
    *out = NULL;
    return st;
  }
  *own = st == RP_OK;
  if (st == RP_OK && (s->text_bytes += strlen(*out)) > SESS_TEXT_LIMIT) {
    free(*out);
    *out = NULL;
    *own = false;
    return rp_fail(err, RP_ELIMIT,
                   "%s: the texts of the scenario's functions passed %d MiB "
                   "in one session (%s returns long texts?)",
                   s->scn->chunkname, (int)(SESS_TEXT_LIMIT >> 20), what);
  }
  return st;
}

/* Whether choice ch passes its data conditions and its `when`. */
static rp_status offered(sess_session *s, const scn_node *node,
                         const scn_choice *ch, bool *ok, rp_error *err) {
  *ok = false;
  if (!scn_choice_passes(ch, s->meters, s->facts))
    return RP_OK;
  if (ch->fn_when != SCN_NOFN) {
    char what[200];
    scn_view v = view_of(s);
    return scn_eval_when(s->scn, ch->fn_when, &v,
                         describe(what, sizeof what, "when", node, ch), ok,
                         err);
  }
  *ok = true;
  return RP_OK;
}

const char *sess_wording(const sess_session *s, const scn_choice *ch) {
  if (ch->n_texts <= 1)
    return ch->text;
  /* Its own generator, like the shuffle's: the pick must not consume the
   * scenario's math.random stream, and depends only on seed and choice. */
  uint64_t x = s->seed ^ ((uint64_t)(ch->gid + 1) * 0xd1b54a32d192ed03ULL);
  return ch->texts[rp_rng_range(&x, 0, ch->n_texts - 1)];
}

/* Shows the options in an order drawn from the seed, the node and the visit,
 * so that the best answer is not always in the same place, and the same
 * session always shows the same order.  A generator of its own: display
 * must not consume the scenario's math.random stream. */
static void shuffle(sess_session *s, int n) {
  uint64_t x = s->seed ^ ((uint64_t)n << 32) ^
               (uint64_t)s->visits[n] * 0x9e3779b97f4a7c15ULL;
  for (int i = s->n_opts - 1; i > 0; i--) {
    int j = (int)rp_rng_range(&x, 0, i);
    sess_option tmp = s->opts[i];
    s->opts[i] = s->opts[j];
    s->opts[j] = tmp;
    bool own = s->opt_own[i];
    s->opt_own[i] = s->opt_own[j];
    s->opt_own[j] = own;
  }
  int k = 0;
  for (int i = 0; i < s->n_opts; i++)
    if (s->opts[i].available)
      s->opts[i].number = ++k;
}

rp_status sess_enter(sess_session *s, int n, rp_error *err) {
  const scn_node *node = &s->scn->nodes[n];
  s->node = n;
  s->rng_entry = s->rng;
  if (s->visits[n] == 0 && !s->all_dirty)
    s->touched_nodes[s->n_touched_nodes++] = n;
  if (s->visits[n] < INT_MAX)
    s->visits[n]++;
  char *text;
  bool own;
  if (text_of(s, node->say, node->fn_say, "say", node, NULL, &text, &own,
              err) != RP_OK ||
      say(s, node->is_ending ? SESS_NARRATION : SESS_PROSPECT, text, own, err))
    return abort_with(s, err);
  sess_clear_options(s);
  if (node->is_ending) {
    s->status = SESS_ENDED;
    return RP_OK;
  }
  if (s->cap_opts < node->n_choices) {
    sess_option *o = realloc(s->opts, (size_t)node->n_choices * sizeof *o);
    bool *ow = o != NULL
                   ? realloc(s->opt_own, (size_t)node->n_choices * sizeof *ow)
                   : NULL;
    if (o != NULL)
      s->opts = o;
    if (ow == NULL) {
      rp_fail(err, RP_ENOMEM, "out of memory");
      return abort_with(s, err);
    }
    s->opt_own = ow;
    s->cap_opts = node->n_choices;
  }
  for (int i = 0; i < node->n_choices; i++) {
    const scn_choice *ch = &node->choices[i];
    if (ch->once && s->taken[ch->gid] > 0)
      continue;
    bool ok;
    if (offered(s, node, ch, &ok, err) != RP_OK)
      return abort_with(s, err);
    if (!ok && (ch->unavailable == NULL || s->hide_locked))
      continue;
    char *line;
    if (text_of(s, sess_wording(s, ch), ch->fn_text, "text", node, ch, &line,
                &own, err) != RP_OK)
      return abort_with(s, err);
    s->opt_own[s->n_opts] = own;
    s->opts[s->n_opts++] = (sess_option){i, ok ? ++s->n_avail : 0, ok, line};
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
    if (s->dec_own[i] & OWN_TEXT)
      free(s->dec[i].text);
    if (s->dec_own[i] & OWN_BEST)
      free(s->dec[i].best_text);
  }
  s->n_dec = 0;
}

static void clear_lines(sess_session *s) {
  for (int i = 0; i < s->n_lines; i++)
    if (s->line_own[i])
      free(s->lines[i].text);
  s->n_lines = 0;
}

static void reset(sess_session *s) {
  sess_clear_options(s);
  clear_decisions(s);
  clear_lines(s);
  s->text_bytes = 0; /* the texts it counted are freed with the lines */
  s->turn = 0;
  s->rng = s->seed;
  s->status = SESS_ACTIVE;
  s->stuck = false;
  free(s->abort_reason);
  s->abort_reason = NULL;
  s->facts = 0;
  for (int i = 0; i < s->scn->n_meters; i++)
    s->meters[i] = s->scn->meters[i].start;
  if (s->all_dirty) {
    memset(s->visits, 0, (size_t)s->scn->n_nodes * sizeof *s->visits);
    memset(s->taken, 0, (size_t)(s->scn->n_choices ? s->scn->n_choices : 1));
    s->all_dirty = false;
  } else {
    for (int i = 0; i < s->n_touched_nodes; i++)
      s->visits[s->touched_nodes[i]] = 0;
    for (int i = 0; i < s->n_touched_gids; i++)
      s->taken[s->touched_gids[i]] = 0;
  }
  s->n_touched_nodes = s->n_touched_gids = 0;
}

static int by_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return x < y ? -1 : x > y;
}

sess_session *sess_new(const scn_scenario *scn, uint64_t seed, rp_error *err) {
  sess_session *s = calloc(1, sizeof *s);
  if (s == NULL)
    goto fail;
  s->scn = scn;
  s->seed = seed;
  size_t nc = (size_t)(scn->n_choices ? scn->n_choices : 1);
  s->visits = calloc((size_t)scn->n_nodes, sizeof *s->visits);
  s->taken = calloc(nc, 1);
  s->touched_nodes = malloc((size_t)scn->n_nodes * sizeof *s->touched_nodes);
  s->touched_gids = malloc(nc * sizeof *s->touched_gids);
  if (s->visits == NULL || s->taken == NULL || s->touched_nodes == NULL ||
      s->touched_gids == NULL)
    goto fail;
  for (int n = 0; n < scn->n_nodes; n++)
    for (int i = 0; i < scn->nodes[n].n_choices; i++)
      s->n_once += scn->nodes[n].choices[i].once;
  if (s->n_once > 0) {
    if ((s->once_gids = malloc((size_t)s->n_once * sizeof(int))) == NULL)
      goto fail;
    int k = 0;
    for (int n = 0; n < scn->n_nodes; n++)
      for (int i = 0; i < scn->nodes[n].n_choices; i++)
        if (scn->nodes[n].choices[i].once)
          s->once_gids[k++] = scn->nodes[n].choices[i].gid;
    qsort(s->once_gids, (size_t)s->n_once, sizeof(int), by_int);
  }
  reset(s);
  rp_error e;
  sess_enter(s, scn->start, &e); /* a failure leaves the session aborted */
  return s;
fail:
  sess_free(s);
  rp_fail(err, RP_ENOMEM, "out of memory starting a session");
  return NULL;
}

void sess_free(sess_session *s) {
  if (s == NULL)
    return;
  if (s->opts != NULL)
    sess_clear_options(s);
  if (s->lines != NULL)
    clear_lines(s);
  free(s->lines);
  free(s->line_own);
  free(s->opts);
  free(s->opt_own);
  if (s->dec != NULL)
    clear_decisions(s);
  free(s->dec);
  free(s->dec_own);
  free(s->visits);
  free(s->taken);
  free(s->touched_nodes);
  free(s->touched_gids);
  free(s->once_gids);
  free(s->abort_reason);
  free(s);
}

/* Captures the evidence for choosing option index oi among those offered;
 * *own_best tells whether d->best_text is a copy of ours. */
static void capture(const sess_session *s, int oi, sess_decision *d,
                    bool *own_best) {
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
  *own_best = false;
  if (!s->quiet && s->opts[best_opt].text != NULL) {
    if (s->opt_own[best_opt]) {
      d->best_text = strdup(s->opts[best_opt].text); /* NULL is tolerated */
      *own_best = true;
    } else {
      d->best_text = s->opts[best_opt].text; /* the scenario's own */
    }
  }
}

static rp_status take(sess_session *s, int oi, double seconds, rp_error *err) {
  const scn_scenario *scn = s->scn;
  const scn_node *node = &scn->nodes[s->node];
  int ci = s->opts[oi].choice;
  const scn_choice *ch = &node->choices[ci];
  sess_decision quiet_decision, *d = &quiet_decision;
  unsigned char quiet_own, *down = &quiet_own;
  if (!s->quiet) {
    if (s->n_dec == s->cap_dec) {
      int cap = s->cap_dec ? s->cap_dec * 2 : 32;
      sess_decision *grown = realloc(s->dec, (size_t)cap * sizeof *grown);
      unsigned char *o =
          grown != NULL ? realloc(s->dec_own, (size_t)cap) : NULL;
      if (grown != NULL)
        s->dec = grown;
      if (o == NULL)
        return rp_fail(err, RP_ENOMEM, "out of memory");
      s->dec_own = o;
      s->cap_dec = cap;
    }
    down = &s->dec_own[s->n_dec];
    d = &s->dec[s->n_dec++];
  }
  memset(d, 0, sizeof *d);
  bool own_best;
  capture(s, oi, d, &own_best);
  *down = own_best ? OWN_BEST : 0;
  d->turn = ++s->turn;
  d->node = s->node;
  d->choice = ci;
  d->seconds = seconds < 0 ? 0 : seconds;

  /* The trainee's line, as shown; the options are rebuilt on entering. */
  char *line = s->opts[oi].text;
  bool own = s->opt_own[oi];
  s->opts[oi].text = NULL;
  s->opt_own[oi] = false;
  if (!s->quiet && line != NULL) {
    if (own) {
      d->text = strdup(line);
      *down |= OWN_TEXT;
    } else {
      d->text = line; /* the scenario's own */
    }
  }
  if (say(s, SESS_TRAINEE, line, own, err) != RP_OK)
    return abort_with(s, err);

  if (s->taken[ch->gid] == 0 && !s->all_dirty)
    s->touched_gids[s->n_touched_gids++] = ch->gid;
  if (s->taken[ch->gid] < UCHAR_MAX)
    s->taken[ch->gid]++;
  d->revealed = ch->reveal & ~s->facts;
  scn_choice_apply(scn, ch, s->meters, &s->facts);

  if (ch->reply != NULL || ch->fn_reply != SCN_NOFN) {
    char *reply;
    if (text_of(s, ch->reply, ch->fn_reply, "reply", node, ch, &reply, &own,
                err) != RP_OK ||
        say(s, SESS_REACTION, reply, own, err) != RP_OK)
      return abort_with(s, err);
  }
  int next = ch->next;
  if (ch->fn_next != SCN_NOFN) {
    char what[200];
    scn_view v = view_of(s);
    if (scn_eval_next(scn, ch->fn_next, &v,
                      describe(what, sizeof what, "next", node, ch), &next,
                      err) != RP_OK)
      return abort_with(s, err);
  }
  return sess_enter(s, next, err);
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
  return rp_fail(err, RP_EINPUT,
                 "there is no choice %d; type a number from 1 "
                 "to %d",
                 number, s->n_avail);
}

rp_status sess_choose_index(sess_session *s, int choice, double seconds,
                            rp_error *err) {
  if (s->status != SESS_ACTIVE)
    return rp_fail(err, RP_EINPUT, "the conversation is over");
  for (int i = 0; i < s->n_opts; i++)
    if (s->opts[i].available && s->opts[i].choice == choice)
      return take(s, i, seconds, err);
  return rp_fail(err, RP_EINPUT, "that choice is not offered here");
}

rp_status sess_choose_id(sess_session *s, const char *choice_id, double seconds,
                         rp_error *err) {
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
  return rp_fail(err, RP_EINPUT,
                 "choice '%s' is not offered at node '%s' "
                 "(turn %d)",
                 choice_id, node->id, s->turn + 1);
}

void sess_quit(sess_session *s) {
  if (s->status == SESS_ACTIVE) {
    sess_clear_options(s);
    s->status = SESS_QUIT;
  }
}

/* Replays the first n of the saved decisions from a fresh start. */
static rp_status replay(sess_session *s, const sess_decision *saved, int n,
                        rp_error *err) {
  reset(s);
  rp_error e;
  if (sess_enter(s, s->scn->start, &e) != RP_OK)
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
                     "(the scenario is not deterministic?)",
                     i + 1);
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

void sess_hide_locked(sess_session *s) {
  s->hide_locked = true;
  int k = 0; /* drop the locked ones already listed at the current node */
  for (int i = 0; i < s->n_opts; i++) {
    if (s->opts[i].available) {
      s->opt_own[k] = s->opt_own[i];
      s->opts[k++] = s->opts[i];
    } else if (s->opt_own[i]) {
      free(s->opts[i].text);
    }
  }
  s->n_opts = k;
}

bool sess_stuck(const sess_session *s) { return s->stuck; }

rp_status sess_goto(sess_session *s, int node, rp_error *err) {
  if (node < 0 || node >= s->scn->n_nodes)
    return rp_fail(err, RP_EINPUT, "no such node");
  s->status = SESS_ACTIVE;
  s->stuck = false;
  free(s->abort_reason);
  s->abort_reason = NULL;
  return sess_enter(s, node, err);
}

void sess_set_meter(sess_session *s, int meter, int value) {
  const scn_meter *m = &s->scn->meters[meter];
  s->meters[meter] = value < m->min ? m->min : value > m->max ? m->max : value;
}

const scn_scenario *sess_scenario(const sess_session *s) { return s->scn; }
sess_status sess_state(const sess_session *s) { return s->status; }
uint64_t sess_seed(const sess_session *s) { return s->seed; }
const char *sess_abort_reason(const sess_session *s) {
  if (s->status != SESS_ABORTED)
    return s->abort_reason;
  /* The copy of the reason can itself fail for want of memory. */
  return s->abort_reason != NULL ? s->abort_reason : "out of memory";
}
rp_status sess_abort_status(const sess_session *s) {
  return s->status == SESS_ABORTED ? s->abort_status : RP_OK;
}
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
