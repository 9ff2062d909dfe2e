/*
 * scn_graph.c -- compiles a scenario's graph: nodes and endings (ids first,
 * so that a choice's `next` can name any), every node's choices with their
 * effects and conditions, every ending's outcome, and the start node.  See
 * scn_compile.h.
 */
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scn_compile.h"
#include "util/rp_suggest.h"

static const char *const NODE_FIELDS[] = {"say", "choices", "shuffle"};
static const char *const CHOICE_FIELDS[] = {
    "id",       "text", "reply", "next",        "skills",   "state", "reveal",
    "requires", "when", "once",  "unavailable", "question", "coach"};
static const char *const ENDING_FIELDS[] = {"say", "outcome"};
static const char *const OUTCOME_FIELDS[] = {"result", "deal_value",
                                             "days_to_close"};
static const char *const BOUND_FIELDS[] = {"min", "max"};
static const char *const SKILL_NAMES[] = {"empathy", "listening",
                                          "problem_solving", "pushing"};
static const char *const RESULTS[] = {"won", "stalled", "lost"};

static const char *type_of(lua_State *L, int i) {
  return lua_typename(L, lua_type(L, i));
}

/* ---- ids first ----------------------------------------------------------- */

/* Collects the ids of table field f of the top level (a node, an ending). */
static rp_status collect(compiler *c, const sbx_table *top, const char *f,
                         const char *what, scn_keyed **keys, int *n,
                         int *line) {
  sbx_table tab;
  rp_status st = sbx_table_table(top, f, true, &tab);
  if (st)
    return st;
  *line = scn_lines_top(&c->lines, f);
  st = scn_keys(c, tab.t, *line, what, keys, n);
  lua_pop(c->L, 1);
  return st;
}

static rp_status index_nodes(compiler *c, const sbx_table *top, int *n_nodes,
                             int *n_endings) {
  scn_scenario *s = c->s;
  rp_status st;
  scn_keyed *nk = NULL, *ek = NULL;
  int nn = 0, ne = 0, nodes_line, endings_line;
  if ((st = collect(c, top, "nodes", "a node", &nk, &nn, &nodes_line)))
    return st;
  if ((st = collect(c, top, "endings", "an ending", &ek, &ne, &endings_line)))
    goto done;
  if (nn == 0) {
    st = scn_fail(c, nodes_line,
                  "'nodes' is empty: a scenario needs at least "
                  "one node");
    goto done;
  }
  if (ne == 0) {
    st = scn_fail(c, endings_line,
                  "'endings' is empty: a scenario needs at "
                  "least one ending");
    goto done;
  }
  if (nn + ne > SCN_NODES_MAX) { /* each is bounded by the sandbox's memory */
    st = scn_fail(c, nodes_line,
                  "'nodes' and 'endings' hold %d nodes and endings; at most "
                  "%d are allowed",
                  nn + ne, SCN_NODES_MAX);
    goto done;
  }
  s->n_nodes = nn + ne;
  s->nodes = rp_arena_alloc(s->mem, (size_t)s->n_nodes * sizeof *s->nodes);
  if (s->nodes == NULL) {
    st = scn_oom(c);
    goto done;
  }
  for (int i = 0; i < s->n_nodes; i++) {
    scn_keyed *k = i < nn ? &nk[i] : &ek[i - nn];
    scn_node *node = &s->nodes[i];
    node->id = k->id;
    node->line = k->line;
    node->is_ending = i >= nn;
    node->fn_say = SCN_NOFN;
    int old;
    int rc = rp_strmap_put(&s->node_index, node->id, i, &old);
    if (rc < 0) {
      st = scn_oom(c);
      goto done;
    }
    if (rc == 1) {
      st = scn_fail(c, node->line,
                    "ending '%s' has the same id as a node "
                    "(line %d); ids must be unique",
                    node->id, s->nodes[old].line);
      goto done;
    }
  }
  *n_nodes = nn;
  *n_endings = ne;
done:
  scn_keys_release(c, nk);
  scn_keys_release(c, ek);
  return st;
}

/* The closest node id to a mistyped one, for "did you mean". */
static const char *suggest_node(compiler *c, const char *id) {
  enum { MAX_SCAN = 20000 };
  const scn_scenario *s = c->s;
  int n = s->n_nodes < MAX_SCAN ? s->n_nodes : MAX_SCAN;
  const char **ids = malloc((size_t)n * sizeof *ids);
  if (ids == NULL)
    return NULL;
  for (int i = 0; i < n; i++)
    ids[i] = s->nodes[i].id;
  const char *hint = rp_suggest(id, ids, n);
  free(ids);
  return hint;
}

static rp_status resolve_next(compiler *c, const sbx_table *r, const char *id,
                              int *out) {
  int i = scn_node_find(c->s, id);
  if (i >= 0) {
    *out = i;
    return RP_OK;
  }
  const char *hint = suggest_node(c, id);
  if (hint != NULL)
    return sbx_table_fail(r, "next",
                          "next node '%s' does not exist (did you mean '%s'?)",
                          id, hint);
  return sbx_table_fail(r, "next", "next node '%s' does not exist", id);
}

/* ---- a choice's effects and conditions ----------------------------------- */

/* skills = { empathy = 2, ... } */
static rp_status compile_skills(compiler *c, const sbx_table *r,
                                scn_choice *ch) {
  lua_State *L = c->L;
  sbx_table sk;
  rp_status st = sbx_table_table(r, "skills", false, &sk);
  if (st || sk.t == 0)
    return st;
  lua_pushnil(L);
  while (lua_next(L, sk.t) != 0) {
    int k = lua_type(L, -2) == LUA_TSTRING
                ? scn_pick(lua_tostring(L, -2), SKILL_NAMES, SCN_SKILL_COUNT)
                : -1;
    if (k < 0) {
      const char *name =
          lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "(not a name)";
      const char *hint = rp_suggest(name, SKILL_NAMES, SCN_SKILL_COUNT);
      st = hint ? sbx_table_fail(r, "skills",
                                 "field 'skills': unknown skill '%s' (did you "
                                 "mean '%s'?)",
                                 name, hint)
                : sbx_table_fail(r, "skills",
                                 "field 'skills': unknown skill '%s' (the "
                                 "skills are empathy, listening, "
                                 "problem_solving, pushing)",
                                 name);
      lua_pop(L, 3);
      return st;
    }
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < -SCN_SKILL_LIMIT ||
        lua_tointeger(L, -1) > SCN_SKILL_LIMIT) {
      st = sbx_table_fail(
          r, "skills",
          "field 'skills': %s must be a whole number from %d to %d",
          SKILL_NAMES[k], -SCN_SKILL_LIMIT, SCN_SKILL_LIMIT);
      lua_pop(L, 3);
      return st;
    }
    ch->skills[k] = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  ch->value = ch->skills[SCN_EMPATHY] + ch->skills[SCN_LISTENING] +
              ch->skills[SCN_PROBLEM_SOLVING];
  return RP_OK;
}

/* "field 'state': unknown meter 'x'" (kind "meter", declared in "state") or
 * the same for a fact, with the nearest declared id as a hint. */
static rp_status unknown_id(const sbx_table *r, const char *field,
                            const char *kind, const char *declared,
                            const char *name, const char *const *ids, int n) {
  const char *hint = rp_suggest(name, ids, n);
  if (hint != NULL)
    return sbx_table_fail(r, field,
                          "field '%s': unknown %s '%s' (did you mean '%s'?)",
                          field, kind, name, hint);
  return sbx_table_fail(r, field,
                        "field '%s': unknown %s '%s' (declare it in '%s')",
                        field, kind, name, declared);
}

static rp_status unknown_meter(compiler *c, const sbx_table *r,
                               const char *field, const char *name) {
  const char *ids[SCN_MAX_METERS];
  for (int i = 0; i < c->s->n_meters; i++)
    ids[i] = c->s->meters[i].id;
  return unknown_id(r, field, "meter", "state", name, ids, c->s->n_meters);
}

static rp_status unknown_fact(compiler *c, const sbx_table *r,
                              const char *field, const char *name) {
  const char *ids[SCN_MAX_FACTS];
  for (int i = 0; i < c->s->n_facts; i++)
    ids[i] = c->s->facts[i].id;
  return unknown_id(r, field, "fact", "facts", name, ids, c->s->n_facts);
}

/* state = { trust = 5, patience = -2 } */
static rp_status compile_deltas(compiler *c, const sbx_table *r,
                                scn_choice *ch) {
  lua_State *L = c->L;
  sbx_table d;
  rp_status st = sbx_table_table(r, "state", false, &d);
  if (st || d.t == 0)
    return st;
  scn_delta buf[SCN_MAX_METERS];
  int n = 0;
  lua_pushnil(L);
  while (lua_next(L, d.t) != 0) {
    int m = lua_type(L, -2) == LUA_TSTRING
                ? scn_meter_find(c->s, lua_tostring(L, -2))
                : -1;
    if (m < 0) {
      st = lua_type(L, -2) == LUA_TSTRING
               ? unknown_meter(c, r, "state", lua_tostring(L, -2))
               : sbx_table_fail(r, "state",
                                "field 'state' must map meter names to "
                                "changes");
      lua_pop(L, 3);
      return st;
    }
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < -SCN_METER_LIMIT ||
        lua_tointeger(L, -1) > SCN_METER_LIMIT) {
      st = sbx_table_fail(
          r, "state", "field 'state': the change to %s must be a whole number",
          c->s->meters[m].id);
      lua_pop(L, 3);
      return st;
    }
    buf[n].meter = m;
    buf[n].delta = (int)lua_tointeger(L, -1);
    n++;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  /* Source order is lost in a Lua table; meter order is stable. */
  for (int i = 1; i < n; i++)
    for (int j = i; j > 0 && buf[j - 1].meter > buf[j].meter; j--) {
      scn_delta tmp = buf[j];
      buf[j] = buf[j - 1];
      buf[j - 1] = tmp;
    }
  if (n > 0) {
    ch->deltas = rp_arena_alloc(c->s->mem, (size_t)n * sizeof *ch->deltas);
    if (ch->deltas == NULL)
      return scn_oom(c);
    memcpy(ch->deltas, buf, (size_t)n * sizeof *buf);
  }
  ch->n_deltas = n;
  return RP_OK;
}

/* reveal = { "pain", "budget" } */
static rp_status compile_reveal(compiler *c, const sbx_table *r,
                                scn_choice *ch) {
  lua_State *L = c->L;
  sbx_table rv;
  rp_status st = sbx_table_table(r, "reveal", false, &rv);
  if (st || rv.t == 0)
    return st;
  lua_pushnil(L);
  while (lua_next(L, rv.t) != 0) {
    if (!lua_isinteger(L, -2) || lua_type(L, -1) != LUA_TSTRING) {
      lua_pop(L, 3);
      return sbx_table_fail(r, "reveal",
                            "field 'reveal' must be a list of fact ids, like "
                            "{ \"pain\", \"budget\" }");
    }
    int f = scn_fact_find(c->s, lua_tostring(L, -1));
    if (f < 0) {
      st = unknown_fact(c, r, "reveal", lua_tostring(L, -1));
      lua_pop(L, 3);
      return st;
    }
    ch->reveal |= (uint64_t)1 << f;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return RP_OK;
}

/* One meter condition of `requires`, the value at the top of the stack:
 * a minimum (trust = 40) or { min = 1, max = 5 }. */
static rp_status compile_bound(const sbx_table *r, const char *meter,
                               scn_bound *b) {
  lua_State *L = r->L;
  if (lua_isinteger(L, -1)) {
    b->min = (int)lua_tointeger(L, -1);
    return RP_OK;
  }
  if (!lua_istable(L, -1))
    return sbx_table_fail(r, "requires",
                          "field 'requires': %s must be a minimum (a whole "
                          "number) or { min = N, max = N }",
                          meter);
  sbx_table bt = *r;
  bt.t = lua_gettop(L);
  bt.in = "the meter condition";
  long long lo = b->min, hi = b->max;
  rp_status st;
  if ((st = sbx_table_only_known(&bt, BOUND_FIELDS, SCN_COUNT(BOUND_FIELDS),
                                 "a meter condition")) ||
      (st = sbx_table_int(&bt, "min", false, -SCN_METER_LIMIT, SCN_METER_LIMIT,
                          &lo)) ||
      (st = sbx_table_int(&bt, "max", false, -SCN_METER_LIMIT, SCN_METER_LIMIT,
                          &hi)))
    return st;
  b->min = (int)lo;
  b->max = (int)hi;
  return RP_OK;
}

/* requires = { "pain", trust = 40, patience = { min = 1, max = 5 } } */
static rp_status compile_requires(compiler *c, const sbx_table *r,
                                  scn_choice *ch) {
  lua_State *L = c->L;
  sbx_table rq;
  rp_status st = sbx_table_table(r, "requires", false, &rq);
  if (st || rq.t == 0)
    return st;
  scn_bound buf[SCN_MAX_METERS];
  int n = 0;
  lua_pushnil(L);
  while (lua_next(L, rq.t) != 0) {
    if (lua_isinteger(L, -2)) { /* a fact that must be known */
      int f = lua_type(L, -1) == LUA_TSTRING
                  ? scn_fact_find(c->s, lua_tostring(L, -1))
                  : -2;
      if (f < 0) {
        st = f == -2 ? sbx_table_fail(r, "requires",
                                      "field 'requires': list entries must be "
                                      "fact ids")
                     : unknown_fact(c, r, "requires", lua_tostring(L, -1));
        lua_pop(L, 3);
        return st;
      }
      ch->needs |= (uint64_t)1 << f;
    } else {
      int m = lua_type(L, -2) == LUA_TSTRING
                  ? scn_meter_find(c->s, lua_tostring(L, -2))
                  : -1;
      if (m < 0) {
        st = lua_type(L, -2) == LUA_TSTRING
                 ? unknown_meter(c, r, "requires", lua_tostring(L, -2))
                 : sbx_table_fail(r, "requires",
                                  "field 'requires': keys must be meter names");
        lua_pop(L, 3);
        return st;
      }
      buf[n] = (scn_bound){m, -SCN_METER_LIMIT, SCN_METER_LIMIT};
      if ((st = compile_bound(r, c->s->meters[m].id, &buf[n]))) {
        lua_pop(L, 3);
        return st;
      }
      n++;
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  if (n > 0) {
    ch->bounds = rp_arena_alloc(c->s->mem, (size_t)n * sizeof *ch->bounds);
    if (ch->bounds == NULL)
      return scn_oom(c);
    memcpy(ch->bounds, buf, (size_t)n * sizeof *buf);
    for (int i = 1; i < n; i++) /* stable order: by meter */
      for (int j = i; j > 0 && ch->bounds[j - 1].meter > ch->bounds[j].meter;
           j--) {
        scn_bound tmp = ch->bounds[j];
        ch->bounds[j] = ch->bounds[j - 1];
        ch->bounds[j - 1] = tmp;
      }
  }
  ch->n_bounds = n;
  return RP_OK;
}

/* ---- choices, nodes, endings --------------------------------------------- */

/* A line is a question when it ends in '?' (quotes and spaces aside). */
static bool ends_in_question(const char *text) {
  size_t n = strlen(text);
  while (n > 0 && strchr(" \t\n'\"", text[n - 1]) != NULL)
    n--;
  return n > 0 && text[n - 1] == '?';
}

/* when = function(s) ... end */
static rp_status compile_when(compiler *c, const sbx_table *r, scn_choice *ch) {
  lua_State *L = c->L;
  int ty = sbx_table_get(r, "when");
  if (ty == LUA_TFUNCTION) {
    ch->fn_when = luaL_ref(L, LUA_REGISTRYINDEX);
    c->s->has_functions = true;
    return RP_OK;
  }
  lua_pop(L, 1);
  if (ty != LUA_TNIL)
    return sbx_table_fail(r, "when",
                          "field 'when' must be a function, not a %s",
                          lua_typename(L, ty));
  return RP_OK;
}

/* next = "node" or function(s) ... end */
static rp_status compile_next(compiler *c, const sbx_table *r, scn_choice *ch) {
  lua_State *L = c->L;
  int ty = sbx_table_get(r, "next");
  if (ty == LUA_TFUNCTION) {
    ch->fn_next = luaL_ref(L, LUA_REGISTRYINDEX);
    c->s->has_functions = true;
    return RP_OK;
  }
  if (ty != LUA_TSTRING) {
    lua_pop(L, 1);
    if (ty == LUA_TNIL)
      return sbx_table_fail(r, NULL,
                            "missing field 'next' (the node or ending "
                            "this choice leads to)");
    return sbx_table_fail(
        r, "next", "field 'next' must be a node id or a function, not a %s",
        lua_typename(L, ty));
  }
  /* The id stays on the stack (alive) while it is looked up; messages
   * name at most SCN_ID_MAX * 2 - 1 bytes of it, as they always have. */
  size_t nlen;
  const char *next = lua_tolstring(L, -1, &nlen);
  char cut[SCN_ID_MAX * 2];
  if (nlen >= sizeof cut) {
    snprintf(cut, sizeof cut, "%s", next);
    next = cut;
  }
  rp_status st = resolve_next(c, r, next, &ch->next);
  lua_pop(L, 1);
  return st;
}

static rp_status compile_choice(compiler *c, int t, scn_node *node, int idx,
                                scn_choice *ch) {
  rp_status st;
  ch->fn_text = ch->fn_reply = ch->fn_when = ch->fn_next = SCN_NOFN;
  ch->next = -1;
  ch->gid = c->s->n_choices++;
  sbx_table r = scn_reader(c, t, node->line);
  scn_where_lazy(c, node, idx, NULL);
  if ((st = scn_read_string(c, &r, "id", true, &ch->id)))
    return st;
  if (!scn_valid_id(ch->id, strlen(ch->id)))
    return sbx_table_fail(&r, "id",
                          "choice id '%.80s' must be 1 to %d "
                          "letters, digits, '_' or '-'",
                          ch->id, SCN_ID_MAX);
  for (int j = 0; j < idx; j++)
    if (strcmp(node->choices[j].id, ch->id) == 0)
      return scn_fail(
          c, scn_lines_id(&c->lines, ch->id, node->choices[j].line + 1),
          "two choices have the id '%s' (line %d); ids must be unique "
          "within a node",
          ch->id, node->choices[j].line);
  ch->line = scn_lines_id(&c->lines, ch->id, node->line);
  if (ch->line == 0)
    ch->line = node->line;
  r.line = ch->line;
  scn_where_lazy(c, node, idx, ch->id);
  if ((st = sbx_table_only_known(&r, CHOICE_FIELDS, SCN_COUNT(CHOICE_FIELDS),
                                 "a choice")) ||
      (st = scn_read_wordings(c, &r, ch)) ||
      (st = scn_read_text(c, &r, "reply", false, &ch->reply, &ch->fn_reply)) ||
      (st = scn_read_string(c, &r, "coach", false, &ch->coach)) ||
      (st = scn_read_string(c, &r, "unavailable", false, &ch->unavailable)) ||
      (st = sbx_table_bool(&r, "once", &ch->once)) ||
      (st = compile_skills(c, &r, ch)) || (st = compile_deltas(c, &r, ch)) ||
      (st = compile_reveal(c, &r, ch)) || (st = compile_requires(c, &r, ch)))
    return st;
  ch->question = ch->text != NULL && ends_in_question(ch->text);
  if ((st = sbx_table_bool(&r, "question", &ch->question)) ||
      (st = compile_when(c, &r, ch)))
    return st;
  return compile_next(c, &r, ch);
}

static rp_status compile_node(compiler *c, int t, scn_node *node) {
  lua_State *L = c->L;
  rp_status st;
  sbx_table r = scn_reader(c, t, node->line), ct;
  scn_where_lazy(c, node, -1, NULL);
  node->shuffle = c->shuffle;
  if ((st = sbx_table_only_known(&r, NODE_FIELDS, SCN_COUNT(NODE_FIELDS),
                                 "a node")) ||
      (st = sbx_table_bool(&r, "shuffle", &node->shuffle)) ||
      (st = scn_read_text(c, &r, "say", true, &node->say, &node->fn_say)) ||
      (st = sbx_table_table(&r, "choices", true, &ct)))
    return st;
  int n = (int)lua_rawlen(L, ct.t);
  /* A choices table must be a list: count every key to catch `x = {...}`. */
  int keys = 0;
  lua_pushnil(L);
  while (lua_next(L, ct.t) != 0) {
    keys++;
    lua_pop(L, 1);
  }
  if (n == 0 || keys != n) {
    lua_pop(L, 1);
    return sbx_table_fail(&r, "choices",
                          n == 0 ? "field 'choices' is empty: a node needs at "
                                   "least one choice (or make it an ending)"
                                 : "field 'choices' must be a list { {...}, "
                                   "{...} }");
  }
  /* Both limits before anything is compiled or allocated. */
  if (n > SCN_CHOICES_MAX) {
    lua_pop(L, 1);
    return sbx_table_fail(&r, "choices",
                          "field 'choices' has %d choices; at most %d are "
                          "allowed",
                          n, SCN_CHOICES_MAX);
  }
  if (n > SCN_TOTAL_CHOICES_MAX - c->s->n_choices) {
    lua_pop(L, 1);
    return sbx_table_fail(&r, "choices",
                          "field 'choices' brings the scenario to %d choices; "
                          "at most %d are allowed in all",
                          c->s->n_choices + n, SCN_TOTAL_CHOICES_MAX);
  }
  node->choices = rp_arena_alloc(c->s->mem, (size_t)n * sizeof *node->choices);
  if (node->choices == NULL) {
    lua_pop(L, 1);
    return scn_oom(c);
  }
  node->n_choices = n;
  for (int i = 0; i < n; i++) {
    if (lua_rawgeti(L, ct.t, i + 1) != LUA_TTABLE) {
      st = sbx_table_fail(&r, "choices", "choice %d must be a table, not a %s",
                          i + 1, type_of(L, -1));
      lua_pop(L, 2);
      return st;
    }
    st = compile_choice(c, lua_gettop(L), node, i, &node->choices[i]);
    lua_pop(L, 1);
    if (st) {
      lua_pop(L, 1);
      return st;
    }
  }
  lua_pop(L, 1);
  return RP_OK;
}

static rp_status compile_outcome(compiler *c, const sbx_table *o,
                                 scn_node *node) {
  const char *result = NULL;
  long long value = 0, days = -1;
  rp_status st;
  if (!(st = sbx_table_only_known(o, OUTCOME_FIELDS, SCN_COUNT(OUTCOME_FIELDS),
                                  "an outcome")) &&
      !(st = scn_read_string(c, o, "result", true, &result)) &&
      !(st = sbx_table_int(o, "deal_value", false, 0, (long long)1e15,
                           &value)) &&
      !(st = sbx_table_int(o, "days_to_close", false, 0, 36500, &days))) {
    int r = scn_pick(result, RESULTS, SCN_COUNT(RESULTS));
    if (r < 0)
      st = sbx_table_fail(o, "result",
                          "outcome result '%s' must be won, stalled or lost",
                          result);
    node->outcome.result = (scn_result)r;
  }
  node->outcome.deal_value = value;
  node->outcome.days_to_close = (int)days;
  return st;
}

static rp_status compile_ending(compiler *c, int t, scn_node *node) {
  rp_status st;
  sbx_table r = scn_reader(c, t, node->line), o;
  scn_where_lazy(c, node, -1, NULL);
  if ((st = sbx_table_only_known(&r, ENDING_FIELDS, SCN_COUNT(ENDING_FIELDS),
                                 "an ending")) ||
      (st = scn_read_text(c, &r, "say", true, &node->say, &node->fn_say)) ||
      (st = sbx_table_table(&r, "outcome", true, &o)))
    return st;
  o.in = "outcome";
  st = compile_outcome(c, &o, node);
  lua_pop(c->L, 1);
  return st;
}

/* start = "node" */
static rp_status compile_start(compiler *c, int t) {
  scn_scenario *s = c->s;
  sbx_table r = scn_reader(c, t, 0);
  const char *start = NULL;
  rp_status st = scn_read_string(c, &r, "start", true, &start);
  if (st)
    return st;
  s->start = scn_node_find(s, start);
  int line = scn_lines_top(&c->lines, "start");
  if (s->start < 0) {
    const char *hint = suggest_node(c, start);
    return hint ? scn_fail(c, line,
                           "start node '%s' does not exist (did you "
                           "mean '%s'?)",
                           start, hint)
                : scn_fail(c, line, "start node '%s' does not exist", start);
  }
  if (s->nodes[s->start].is_ending)
    return scn_fail(c, line, "start '%s' is an ending; start at a node", start);
  return RP_OK;
}

rp_status scn_compile_graph(compiler *c, const sbx_table *top) {
  scn_scenario *s = c->s;
  lua_State *L = c->L;
  int nn = 0, ne = 0;
  rp_status st = index_nodes(c, top, &nn, &ne);
  if (st)
    return st;
  for (int pass = 0; pass < 2; pass++) {
    lua_pushstring(L, pass == 0 ? "nodes" : "endings");
    lua_rawget(L, top->t);
    int tab = lua_gettop(L);
    int from = pass == 0 ? 0 : nn, to = pass == 0 ? nn : nn + ne;
    for (int i = from; i < to; i++) {
      scn_node *node = &s->nodes[i];
      lua_pushstring(L, node->id);
      if (lua_rawget(L, tab) != LUA_TTABLE) {
        scn_where_lazy(c, node, -1, NULL);
        st = scn_fail(c, node->line, "must be a table, not a %s",
                      type_of(L, -1));
        lua_pop(L, 2);
        return st;
      }
      st = pass == 0 ? compile_node(c, lua_gettop(L), node)
                     : compile_ending(c, lua_gettop(L), node);
      lua_pop(L, 1);
      if (st) {
        lua_pop(L, 1);
        return st;
      }
    }
    lua_pop(L, 1);
  }
  scn_where_lazy(c, NULL, -1, NULL);
  c->where[0] = '\0';
  return compile_start(c, top->t);
}
