/* scn.c -- scenario lookups, names and release; the compiler is scn_compile.c
 * and author functions are called by scn_eval.c. */
#include "scn.h"

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

/* Edit distance counting a swap of neighbours as one edit ("nxet" ->
 * "next"), the commonest typo; stops early above 2 (all "did you mean"
 * needs). */
static int distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 64 || lb > 64 || (la > lb ? la - lb : lb - la) > 2)
    return 3;
  int d[65][65];
  for (size_t i = 0; i <= la; i++)
    d[i][0] = (int)i;
  for (size_t j = 0; j <= lb; j++)
    d[0][j] = (int)j;
  for (size_t i = 1; i <= la; i++)
    for (size_t j = 1; j <= lb; j++) {
      int sub = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
      int del = d[i - 1][j] + 1, ins = d[i][j - 1] + 1;
      int best = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
          d[i - 2][j - 2] + 1 < best)
        best = d[i - 2][j - 2] + 1;
      d[i][j] = best;
    }
  return d[la][lb];
}

const char *scn_suggest(const char *w, const char *const *cands, int n) {
  const char *best = NULL;
  /* Two edits turn most short words into each other ("age" -> "name"):
   * allow one edit for words of four letters or fewer. */
  int bestd = strlen(w) <= 4 ? 2 : 3;
  for (int i = 0; i < n; i++) {
    int d = distance(w, cands[i]);
    if (d < bestd) {
      bestd = d;
      best = cands[i];
    }
  }
  return best;
}
