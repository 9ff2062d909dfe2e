/* scn.c -- scenario lookups, names and release; the compiler is scn_compile.c
 * and author functions are called by scn_eval.c. */
#include "core/scn.h"

#include <stdlib.h>
#include <string.h>

#include "scn_internal.h"

const char *scn_skill_name(scn_skill k) {
  static const char *const names[SCN_SKILL_COUNT] = {
      "empathy", "listening", "problem_solving", "pushing"};
  return (unsigned)k < SCN_SKILL_COUNT ? names[k] : "?";
}

const char *scn_result_name(scn_result r) {
  switch (r) {
  case SCN_WON: return "won";
  case SCN_STALLED: return "stalled";
  case SCN_LOST: return "lost";
  }
  return "?";
}

void scn_free(scn_scenario *s) {
  if (s == NULL)
    return;
  scn_eval_free(s);
  sbx_free(s->sandbox);
  rp_strmap_free(&s->node_index);
  rp_arena_free(s->mem);
  free(s);
}

int scn_node_find(const scn_scenario *s, const char *id) {
  return rp_strmap_get(&s->node_index, id);
}

int scn_choice_find(const scn_node *n, const char *id) {
  for (int i = 0; i < n->n_choices; i++)
    if (strcmp(n->choices[i].id, id) == 0)
      return i;
  return -1;
}

int scn_fact_find(const scn_scenario *s, const char *id) {
  for (int i = 0; i < s->n_facts; i++)
    if (strcmp(s->facts[i].id, id) == 0)
      return i;
  return -1;
}

int scn_meter_find(const scn_scenario *s, const char *id) {
  for (int i = 0; i < s->n_meters; i++)
    if (strcmp(s->meters[i].id, id) == 0)
      return i;
  return -1;
}

bool scn_choice_passes(const scn_choice *ch, const int *meters,
                       uint64_t facts) {
  if ((facts & ch->needs) != ch->needs)
    return false;
  for (int i = 0; i < ch->n_bounds; i++) {
    int v = meters[ch->bounds[i].meter];
    if (v < ch->bounds[i].min || v > ch->bounds[i].max)
      return false;
  }
  return true;
}

void scn_choice_apply(const scn_scenario *s, const scn_choice *ch, int *meters,
                      uint64_t *facts) {
  for (int i = 0; i < ch->n_deltas; i++) {
    const scn_meter *m = &s->meters[ch->deltas[i].meter];
    int v = meters[ch->deltas[i].meter] + ch->deltas[i].delta;
    meters[ch->deltas[i].meter] = v < m->min ? m->min : v > m->max ? m->max : v;
  }
  *facts |= ch->reveal;
}
