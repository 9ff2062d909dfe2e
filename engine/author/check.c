/*
 * check.c -- structure and reachability diagnostics for `rapport check`.
 * The path analysis (endings, score ranges, balance) is check_paths.c.
 */
#include "author/check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_internal.h"

/* ---- diagnostics ----------------------------------------------------------
 */

static char *vfmt(const char *fmt, va_list ap) {
  va_list aq;
  va_copy(aq, ap);
  int n = vsnprintf(NULL, 0, fmt, aq);
  va_end(aq);
  char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (s != NULL)
    vsnprintf(s, (size_t)n + 1, fmt, ap);
  return s;
}

check_diag *check_add(check_report *r, check_level level, const char *code,
                      int line, const char *where, const char *fmt, ...) {
  check_diag *d = realloc(r->diags, (size_t)(r->n_diags + 1) * sizeof *d);
  if (d == NULL) {
    r->incomplete = true;
    return NULL;
  }
  r->diags = d;
  check_diag *x = &d[r->n_diags];
  memset(x, 0, sizeof *x);
  va_list ap;
  va_start(ap, fmt);
  x->message = vfmt(fmt, ap);
  va_end(ap);
  x->where = strdup(where != NULL ? where : "");
  if (x->message == NULL || x->where == NULL) {
    free(x->message);
    free(x->where);
    r->incomplete = true;
    return NULL;
  }
  x->level = level;
  x->code = code;
  x->line = line;
  r->n_diags++;
  if (level == CHECK_ERROR)
    r->errors++;
  else
    r->warnings++;
  return x;
}

void check_hint(check_report *r, check_diag *d, const char *fmt, ...) {
  if (d == NULL)
    return;
  va_list ap;
  va_start(ap, fmt);
  free(d->hint);
  d->hint = vfmt(fmt, ap);
  va_end(ap);
  if (d->hint == NULL)
    r->incomplete = true;
}

void check_set_path(check_report *r, check_diag *d, char *path) {
  if (d == NULL) {
    free(path);
    return;
  }
  free(d->path);
  d->path = path;
  if (path == NULL)
    r->incomplete = true;
}

char *check_path_ids(const explore_graph *g, const int *gids, int n) {
  size_t len = 1;
  for (int i = 0; i < n; i++)
    len += strlen(g->by_gid[gids[i]]->id) + 1;
  char *s = malloc(len), *p = s;
  if (s == NULL)
    return NULL;
  *p = '\0';
  for (int i = 0; i < n; i++) {
    size_t k = strlen(g->by_gid[gids[i]]->id);
    if (i > 0)
      *p++ = ',';
    memcpy(p, g->by_gid[gids[i]]->id, k);
    p += k;
    *p = '\0';
  }
  return s;
}

/* Sets d->path to the shortest path to `state` (its BFS path). */
void check_witness(check_report *r, check_diag *d, const explore_graph *g,
                   int state) {
  if (d == NULL || state < 0)
    return;
  int n = g->states[state].depth;
  int *gids = malloc((size_t)(n > 0 ? n : 1) * sizeof *gids);
  if (gids == NULL) {
    r->incomplete = true;
    return;
  }
  n = explore_path(g, state, gids, n);
  check_set_path(r, d, check_path_ids(g, gids, n));
  free(gids);
}

static void where_node(char *buf, size_t n, const scn_node *node) {
  snprintf(buf, n, "%s '%s'", node->is_ending ? "ending" : "node", node->id);
}

static void where_choice(char *buf, size_t n, const scn_node *node,
                         const scn_choice *ch) {
  snprintf(buf, n, "choice '%s' in node '%s'", ch->id, node->id);
}

/* ---- structure ------------------------------------------------------------
 */

static void check_structure(const scn_scenario *s, check_report *r) {
  uint64_t revealed = 0, required = 0;
  bool moves[SCN_MAX_METERS] = {false};
  char where[200];
  for (int n = 0; n < s->n_nodes; n++) {
    const scn_node *node = &s->nodes[n];
    for (int i = 0; i < node->n_choices; i++) {
      const scn_choice *ch = &node->choices[i];
      revealed |= ch->reveal;
      required |= ch->needs;
      for (int d = 0; d < ch->n_deltas; d++)
        if (ch->deltas[d].delta != 0)
          moves[ch->deltas[d].meter] = true;
      bool effect = false;
      for (int k = 0; k < SCN_SKILL_COUNT; k++)
        effect |= ch->skills[k] != 0;
      where_choice(where, sizeof where, node, ch);
      if (!effect && ch->coach == NULL) {
        check_diag *d =
            check_add(r, CHECK_WARNING, "no-effect", ch->line, where,
                      "has no skill effect and no coach note");
        check_hint(r, d,
                   "give it skills = { ... } and a coach note saying what "
                   "it shows, or a coach note saying why it is neutral");
      } else if (ch->coach == NULL) {
        check_diag *d = check_add(r, CHECK_WARNING, "no-coach", ch->line, where,
                                  "has skill points but no coach note");
        check_hint(r, d,
                   "add coach = \"...\": the debrief uses it to explain "
                   "the points");
      }
    }
  }
  for (int f = 0; f < s->n_facts; f++) {
    snprintf(where, sizeof where, "fact '%s'", s->facts[f].id);
    if (!((revealed >> f) & 1)) {
      check_diag *d =
          check_add(r, CHECK_WARNING, "unused-fact", s->facts[f].line, where,
                    "is declared but no choice reveals it");
      check_hint(r, d, "add it to a choice's reveal = { \"%s\" }, or remove it",
                 s->facts[f].id);
    }
  }
  for (int m = 0; m < s->n_meters; m++) {
    if (s->meters[m].line == 0 || moves[m]) /* the implicit trust meter */
      continue;
    snprintf(where, sizeof where, "meter '%s'", s->meters[m].id);
    check_diag *d =
        check_add(r, CHECK_WARNING, "unused-meter", s->meters[m].line, where,
                  "never changes: no choice's state moves it");
    check_hint(r, d,
               "move it with state = { %s = N } on the choices that affect "
               "it, or remove it",
               s->meters[m].id);
  }
  (void)required;
}

/* ---- reachability ----------------------------------------------------------
 */

static bool has_condition(const scn_choice *ch) {
  return ch->needs != 0 || ch->n_bounds > 0 || ch->fn_when != SCN_NOFN;
}

/* Describes a choice's condition for a message ("requires budget, trust >=
 * 40, and its when function"). */
static void describe_condition(const scn_scenario *s, const scn_choice *ch,
                               char *buf, size_t n) {
  size_t used = 0;
  buf[0] = '\0';
#define ADD(...)                                                               \
  do {                                                                         \
    int k = snprintf(buf + used, n - used, __VA_ARGS__);                       \
    if (k > 0)                                                                 \
      used = used + (size_t)k < n ? used + (size_t)k : n - 1;                  \
  } while (0)
  for (int f = 0; f < s->n_facts; f++)
    if ((ch->needs >> f) & 1)
      ADD("%sfact %s", used ? ", " : "", s->facts[f].id);
  for (int b = 0; b < ch->n_bounds; b++) {
    const scn_bound *bd = &ch->bounds[b];
    const char *id = s->meters[bd->meter].id;
    if (bd->max < SCN_METER_LIMIT)
      ADD("%s%s %d..%d", used ? ", " : "", id, bd->min, bd->max);
    else
      ADD("%s%s >= %d", used ? ", " : "", id, bd->min);
  }
  if (ch->fn_when != SCN_NOFN)
    ADD("%sits when function", used ? ", " : "");
#undef ADD
}

static void check_reach(const scn_scenario *s, const explore_graph *g,
                        check_report *r) {
  char where[200], cond[400];
  const char *within = g->bounded ? " (within the explored states)" : "";
  /* failures first: they are errors */
  for (int e = 0; e < g->n_errors; e++) {
    int state = -1;
    for (int i = 0; i < g->n_states && state < 0; i++)
      if (g->states[i].error == e)
        state = i;
    if (state < 0)
      continue;
    const explore_state *st = &g->states[state];
    const scn_node *node = &s->nodes[st->node];
    where_node(where, sizeof where, node);
    check_diag *d;
    if (st->kind == EXPLORE_STUCK) {
      d = check_add(r, CHECK_ERROR, "dead-end", node->line, where,
                    "no choice can be offered here on some path: the "
                    "conversation is stuck");
      check_hint(r, d,
                 "give the node a choice without conditions, or make sure "
                 "one condition always holds (path below)");
    } else {
      d = check_add(r, CHECK_ERROR, "runtime-error", node->line, where,
                    "a function fails on some path: %s", g->errors[e]);
      check_hint(r, d,
                 "play the path below with `rapport play --choices` to "
                 "see it");
    }
    check_witness(r, d, g, state);
  }
  for (int n = 0; n < s->n_nodes; n++) {
    const scn_node *node = &s->nodes[n];
    where_node(where, sizeof where, node);
    if (g->node_reached[n]) {
      r->nodes_reached++;
      if (node->is_ending)
        r->endings_reached++;
    } else {
      check_diag *d = check_add(
          r, CHECK_WARNING,
          node->is_ending ? "unreached-ending" : "unreached-node", node->line,
          where, "is never reached from '%s'%s", s->nodes[s->start].id, within);
      check_hint(r, d,
                 node->is_ending
                     ? "point a choice's next at it, or remove it"
                     : "point a choice's next at it, or remove it (are the "
                       "conditions on the way in ever true?)");
    }
    if (node->is_ending) {
      r->endings_total++;
      continue;
    }
    r->nodes_total++;
    for (int i = 0; i < node->n_choices; i++) {
      const scn_choice *ch = &node->choices[i];
      r->choices_total++;
      if (g->choice_offered[ch->gid]) {
        r->choices_offered++;
        continue;
      }
      if (!g->node_reached[n])
        continue; /* reported with its node */
      where_choice(where, sizeof where, node, ch);
      describe_condition(s, ch, cond, sizeof cond);
      check_diag *d =
          check_add(r, CHECK_WARNING, "never-offered", ch->line, where,
                    "is never offered: its condition (%s) is never "
                    "true when the node is reached%s",
                    has_condition(ch) ? cond : "none", within);
      check_hint(r, d, "%s",
                 g->choice_shown[ch->gid]
                     ? "it is only ever shown locked: relax the "
                       "condition or remove the choice"
                     : "relax the condition, reveal the facts it needs "
                       "earlier, or remove the choice");
    }
  }
}

/* States from which no ending can be reached: the trainee is trapped. */
static rp_status check_exits(const scn_scenario *s, const explore_graph *g,
                             check_report *r, rp_error *err) {
  if (g->bounded)
    return RP_OK; /* unexplored states may hold the exit */
  int n = g->n_states;
  int *count = calloc((size_t)n + 1, sizeof *count); /* reverse adjacency */
  int *start = calloc((size_t)n + 2, sizeof *start);
  int *from = malloc((size_t)(g->n_edges > 0 ? g->n_edges : 1) * sizeof *from);
  unsigned char *ok = calloc((size_t)n + 1, 1);
  int *queue = malloc((size_t)(n > 0 ? n : 1) * sizeof *queue);
  unsigned char *node_done = calloc((size_t)s->n_nodes, 1);
  rp_status st = RP_OK;
  if (!count || !start || !from || !ok || !queue || !node_done) {
    st = rp_fail(err, RP_ENOMEM, "out of memory checking exits");
    goto out;
  }
  for (int i = 0; i < n; i++)
    for (int e = 0; e < g->states[i].n_edges; e++)
      count[g->edges[g->states[i].first_edge + e].to]++;
  for (int i = 0; i < n; i++)
    start[i + 1] = start[i] + count[i];
  for (int i = 0; i < n; i++)
    count[i] = start[i];
  for (int i = 0; i < n; i++)
    for (int e = 0; e < g->states[i].n_edges; e++)
      from[count[g->edges[g->states[i].first_edge + e].to]++] = i;
  int head = 0, tail = 0;
  for (int i = 0; i < n; i++)
    if (g->states[i].kind == EXPLORE_ENDING) {
      ok[i] = 1;
      queue[tail++] = i;
    }
  while (head < tail) {
    int t = queue[head++];
    for (int k = start[t]; k < start[t + 1]; k++)
      if (!ok[from[k]]) {
        ok[from[k]] = 1;
        queue[tail++] = from[k];
      }
  }
  for (int i = 0; i < n; i++) {
    const explore_state *x = &g->states[i];
    if (ok[i] || x->kind != EXPLORE_ACTIVE || node_done[x->node])
      continue;
    node_done[x->node] = 1;
    char where[200];
    where_node(where, sizeof where, &s->nodes[x->node]);
    check_diag *d =
        check_add(r, CHECK_ERROR, "no-exit", s->nodes[x->node].line, where,
                  "on some paths no ending can be reached from "
                  "here: the conversation loops forever");
    check_hint(r, d,
               "give the loop a way out (a choice whose next leads toward "
               "an ending) or mark the looping choices once = true");
    check_witness(r, d, g, i);
  }
out:
  free(count);
  free(start);
  free(from);
  free(ok);
  free(queue);
  free(node_done);
  return st;
}

rp_status check_run(const scn_scenario *s, long max_states, check_report *r,
                    rp_error *err) {
  memset(r, 0, sizeof *r);
  r->scn = s;
  check_structure(s, r);
  explore_graph g;
  rp_status st = explore_run(s, max_states, &g, err);
  if (st != RP_OK) {
    check_free(r); /* what the structure checks found so far */
    return st;
  }
  r->states = g.n_states;
  r->edges = g.n_edges;
  r->max_states = g.max_states;
  r->bounded = g.bounded;
  r->memory_bounded = g.memory_bounded;
  check_reach(s, &g, r);
  if ((st = check_exits(s, &g, r, err)) == RP_OK)
    st = check_paths(s, &g, r, err);
  explore_free(&g);
  if (st == RP_OK && r->incomplete)
    st = rp_fail(err, RP_ENOMEM,
                 "out of memory checking the scenario (the report would "
                 "leave out what it found)");
  if (st != RP_OK)
    check_free(r);
  return st;
}

static void free_path(check_path *p) {
  free(p->choices);
  p->choices = NULL;
}

void check_free(check_report *r) {
  for (int i = 0; i < r->n_diags; i++) {
    free(r->diags[i].where);
    free(r->diags[i].message);
    free(r->diags[i].hint);
    free(r->diags[i].path);
  }
  free(r->diags);
  for (int i = 0; r->endings != NULL && i < r->n_endings; i++) {
    free_path(&r->endings[i].best);
    free_path(&r->endings[i].worst);
  }
  free(r->endings);
  free_path(&r->best);
  free_path(&r->worst);
  memset(r, 0, sizeof *r);
}
