/*
 * sess_key.c -- a session's state as a compact key, and restoring one: the
 * explorer keeps millions of states as keys and plays on from any of them
 * with one quiet session.  See sess.h.
 */
#include "core/sess.h"

#include <stdlib.h>
#include <string.h>

#include "sess_internal.h"

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
    n += ((size_t)s->n_once + 7) / 8;
  return n;
}

void sess_key(const sess_session *s, unsigned char *out) {
  const scn_scenario *scn = s->scn;
  unsigned char *p = out;
  memcpy(p, &s->node, sizeof(int));
  p += sizeof(int);
  for (int m = 0; m < scn->n_meters; m++, p += sizeof(int)) /* a few */
    memcpy(p, &s->meters[m], sizeof(int));
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
  } else { /* one bit per once-only choice, in gid order */
    if (s->n_once > 0)
      memset(p, 0, ((size_t)s->n_once + 7) / 8);
    for (int k = 0; k < s->n_once; k++)
      if (s->taken[s->once_gids[k]])
        p[k / 8] |= (unsigned char)(1u << (k % 8));
  }
}

rp_status sess_restore(sess_session *s, const unsigned char *key,
                       rp_error *err) {
  const scn_scenario *scn = s->scn;
  const unsigned char *p = key;
  int node;
  sess_clear_options(s);
  free(s->abort_reason);
  s->abort_reason = NULL;
  s->status = SESS_ACTIVE;
  s->stuck = false;
  memcpy(&node, p, sizeof(int));
  p += sizeof(int);
  for (int m = 0; m < scn->n_meters; m++, p += sizeof(int)) /* a few */
    memcpy(&s->meters[m], p, sizeof(int));
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
  } else { /* only once-only choices' counts are ever read */
    for (int k = 0; k < s->n_once; k++)
      s->taken[s->once_gids[k]] = (p[k / 8] >> (k % 8)) & 1;
  }
  /* visits and counts were set wholesale: the next reset clears them all */
  s->all_dirty = true;
  if (node < 0 || node >= scn->n_nodes)
    return rp_fail(err, RP_EINPUT, "not a state of this scenario");
  if (sess_enter(s, node, err) != RP_OK)
    return err->code;
  return RP_OK;
}
