/*
 * scenario_test.c -- compiling and running a scenario's own tests.  See
 * scenario_test.h.
 *
 * The tests table stays in the scenario's Lua state (scn->fn_tests) and is
 * read here through sbx_table, with raw access only, like the compiler
 * reads the scenario.
 */
#include "author/scenario_test.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/scn_lines.h"
#include "core/score.h"
#include "core/sess.h"
#include "lua/sbx_table.h"

static const char *const TEST_FIELDS[] = {
    "name", "seed", "path",  "ending",  "result",
    "min",  "max",  "facts", "offered", "not_offered"};
#define N_TEST_FIELDS ((int)(sizeof TEST_FIELDS / sizeof TEST_FIELDS[0]))

static const char *const SCORE_NAMES[] = {"overall", "relationship_quality",
                                          "transactional_pushing"};

typedef struct tcomp {
  const scn_scenario *s;
  lua_State *L;
  scn_lines lines;
  rp_error *err;
  char what[160]; /* "test 2 ('name')" */
} tcomp;

/* A reader of the test table at t, written at `line`: its messages name
 * the file, that line and the test. */
static sbx_table reader(tcomp *c, int t, int line) {
  return (sbx_table){.L = c->L,
                     .t = t,
                     .err = c->err,
                     .chunk = c->s->chunkname,
                     .line = line,
                     .where = c->what};
}

static rp_status oom(tcomp *c) {
  return rp_fail(c->err, RP_ENOMEM, "out of memory");
}

/* Where a list field's entries go: copies into *out (n of them), or the
 * facts' bits into tc->facts. */
typedef struct list_sink {
  tcomp *c;
  const sbx_table *r;
  const char *field, *kind;
  int (*valid)(const scn_scenario *, const char *); /* >= 0: it exists */
  char ***out;
  int *n;
  scenario_test_case *tc;
} list_sink;

static rp_status no_such(const list_sink *k, const char *id) {
  return sbx_table_fail(k->r, NULL, "field '%s': no %s '%s' in this scenario",
                        k->field, k->kind, id);
}

static rp_status keep_id(void *ud, const char *id, size_t len) {
  (void)len;
  list_sink *k = ud;
  if (k->valid(k->c->s, id) < 0)
    return no_such(k, id);
  char **v = realloc(*k->out, (size_t)(*k->n + 1) * sizeof *v);
  if (v == NULL)
    return oom(k->c);
  *k->out = v;
  if ((v[*k->n] = strdup(id)) == NULL)
    return oom(k->c);
  (*k->n)++;
  return RP_OK;
}

static rp_status add_fact(void *ud, const char *id, size_t len) {
  (void)len;
  list_sink *k = ud;
  int f = scn_fact_find(k->c->s, id);
  if (f < 0)
    return no_such(k, id);
  k->tc->facts |= (uint64_t)1 << f;
  return RP_OK;
}

/* Any choice anywhere with this id (a path names choices by id). */
static int choice_anywhere(const scn_scenario *s, const char *id) {
  for (int n = 0; n < s->n_nodes; n++)
    if (scn_choice_find(&s->nodes[n], id) >= 0)
      return n;
  return -1;
}

/* Reads list field f of choice ids into *out (n of them; the caller frees
 * them with the case).  *present: whether the field is there at all. */
static rp_status read_choices(tcomp *c, const sbx_table *r, const char *f,
                              char ***out, int *n, bool *present) {
  list_sink k = {c, r, f, "choice", choice_anywhere, out, n, NULL};
  int len;
  rp_status st = sbx_table_strings(r, f, "choice", &len, keep_id, &k);
  if (present != NULL)
    *present = len >= 0;
  return st;
}

static int bound_what(const scn_scenario *s, const char *k) {
  for (int i = 0; i < 3; i++)
    if (strcmp(k, SCORE_NAMES[i]) == 0)
      return i;
  for (int i = 0; i < SCN_SKILL_COUNT; i++)
    if (strcmp(k, scn_skill_name((scn_skill)i)) == 0)
      return SCENARIO_TEST_SKILL + i;
  int m = scn_meter_find(s, k);
  return m >= 0 ? SCENARIO_TEST_METER + m : -1;
}

/* min = { overall = 80, trust = 60 } (or max). */
static rp_status read_bounds(tcomp *c, const sbx_table *r, const char *f,
                             bool is_max, scenario_test_case *tc) {
  lua_State *L = c->L;
  int ty = sbx_table_get(r, f);
  if (ty == LUA_TNIL) {
    lua_pop(L, 1);
    return RP_OK;
  }
  if (ty != LUA_TTABLE) {
    lua_pop(L, 1);
    return sbx_table_fail(
        r, NULL, "field '%s' must be a table like { overall = 80 }", f);
  }
  lua_pushnil(L);
  while (lua_next(L, -2) != 0) {
    int what = lua_type(L, -2) == LUA_TSTRING
                   ? bound_what(c->s, lua_tostring(L, -2))
                   : -1;
    if (what < 0 || !lua_isnumber(L, -1) || lua_type(L, -1) != LUA_TNUMBER) {
      rp_status st =
          what < 0
              ? sbx_table_fail(
                    r, NULL,
                    "field '%s': '%s' is not a score (overall, "
                    "relationship_quality, transactional_pushing, "
                    "a skill) or a meter",
                    f,
                    lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?")
              : sbx_table_fail(r, NULL, "field '%s': %s must be a number", f,
                               lua_tostring(L, -2));
      lua_pop(L, 3);
      return st;
    }
    scenario_test_bound *b =
        realloc(tc->bounds, (size_t)(tc->n_bounds + 1) * sizeof *b);
    if (b == NULL) {
      lua_pop(L, 3);
      return oom(c);
    }
    tc->bounds = b;
    b[tc->n_bounds++] =
        (scenario_test_bound){what, lua_tonumber(L, -1), is_max};
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return RP_OK;
}

/* ending = "won": an ending of this scenario. */
static rp_status read_ending(tcomp *c, const sbx_table *r,
                             scenario_test_case *tc) {
  lua_State *L = c->L;
  rp_status st = RP_OK;
  int ty = sbx_table_get(r, "ending");
  if (ty == LUA_TSTRING) {
    tc->ending = scn_node_find(c->s, lua_tostring(L, -1));
    if (tc->ending < 0 || !c->s->nodes[tc->ending].is_ending)
      st = sbx_table_fail(
          r, NULL, "field 'ending': '%s' is not an ending of this scenario",
          lua_tostring(L, -1));
  } else if (ty != LUA_TNIL) {
    st = sbx_table_fail(r, NULL, "field 'ending' must be an ending id");
  }
  lua_pop(L, 1);
  return st;
}

/* result = "won", "stalled" or "lost". */
static rp_status read_result(tcomp *c, const sbx_table *r,
                             scenario_test_case *tc) {
  lua_State *L = c->L;
  int ty = sbx_table_get(r, "result");
  if (ty != LUA_TNIL) {
    const char *v = ty == LUA_TSTRING ? lua_tostring(L, -1) : "";
    for (int i = 0; i < 3; i++)
      if (strcmp(v, scn_result_name((scn_result)i)) == 0)
        tc->result = i;
  }
  lua_pop(L, 1);
  if (ty != LUA_TNIL && tc->result < 0)
    return sbx_table_fail(r, NULL,
                          "field 'result' must be won, stalled or lost");
  return RP_OK;
}

static rp_status compile_case(tcomp *c, int t, int idx,
                              scenario_test_case *tc) {
  lua_State *L = c->L;
  tc->ending = tc->result = -1;
  tc->seed = 1;
  sbx_table r = reader(c, t, scn_lines_top(&c->lines, "tests"));
  snprintf(c->what, sizeof c->what, "test %d", idx);
  /* fields first: a typo must not pass as "no expectation" */
  rp_status st = sbx_table_only_known(&r, TEST_FIELDS, N_TEST_FIELDS, NULL);
  if (st)
    return st;
  if (sbx_table_get(&r, "name") != LUA_TSTRING) {
    lua_pop(L, 1);
    return sbx_table_fail(
        &r, NULL, "missing field 'name' (a sentence saying what it checks)");
  }
  tc->name = strdup(lua_tostring(L, -1));
  lua_pop(L, 1);
  if (tc->name == NULL)
    return oom(c);
  int l = scn_lines_id(&c->lines, tc->name, r.line);
  r.line = tc->line = l > 0 ? l : r.line;
  snprintf(c->what, sizeof c->what, "test '%.100s'", tc->name);

  int ty = sbx_table_get(&r, "seed");
  bool seed_ok =
      ty == LUA_TNIL || (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 0);
  if (ty != LUA_TNIL && seed_ok)
    tc->seed = (uint64_t)lua_tointeger(L, -1);
  lua_pop(L, 1);
  if (!seed_ok)
    return sbx_table_fail(&r, NULL, "field 'seed' must be a whole number >= 0");
  bool has_path;
  list_sink facts = {c, &r, "facts", "fact", NULL, NULL, NULL, tc};
  int n_facts;
  if ((st = read_choices(c, &r, "path", &tc->path, &tc->n_path, &has_path)) ||
      (st = read_choices(c, &r, "offered", &tc->offered, &tc->n_offered,
                         NULL)) ||
      (st = read_choices(c, &r, "not_offered", &tc->not_offered,
                         &tc->n_not_offered, NULL)) ||
      (st = sbx_table_strings(&r, "facts", "fact", &n_facts, add_fact,
                              &facts)) ||
      (st = read_bounds(c, &r, "min", false, tc)) ||
      (st = read_bounds(c, &r, "max", true, tc)))
    return st;
  if (!has_path)
    return sbx_table_fail(
        &r, NULL, "missing field 'path' (the choice ids to play, in order)");
  if ((st = read_ending(c, &r, tc)))
    return st;
  return read_result(c, &r, tc);
}

static int compile_all(lua_State *L) {
  tcomp *c = lua_touserdata(L, 1);
  scenario_test_suite *out = lua_touserdata(L, 2);
  lua_rawgeti(L, LUA_REGISTRYINDEX, c->s->fn_tests);
  int tt = lua_gettop(L);
  int n = (int)lua_rawlen(L, tt);
  out->v = calloc((size_t)n + 1, sizeof *out->v);
  if (out->v == NULL) {
    lua_pushinteger(L, oom(c));
    return 1;
  }
  for (int i = 1; i <= n; i++) {
    rp_status st;
    if (lua_rawgeti(L, tt, i) != LUA_TTABLE) {
      sbx_table r = reader(c, 0, scn_lines_top(&c->lines, "tests"));
      snprintf(c->what, sizeof c->what, "test %d", i);
      st = sbx_table_fail(
          &r, NULL, "must be a table { name = ..., path = { ... }, ... }");
    } else {
      out->n = i;
      st = compile_case(c, lua_gettop(L), i, &out->v[i - 1]);
    }
    lua_pop(L, 1);
    if (st != RP_OK) {
      lua_pushinteger(L, st);
      return 1;
    }
  }
  lua_pushinteger(L, RP_OK);
  return 1;
}

rp_status scenario_test_compile(const scn_scenario *s, const char *src,
                                size_t len, scenario_test_suite *out,
                                rp_error *err) {
  memset(out, 0, sizeof *out);
  if (s->fn_tests == SCN_NOFN)
    return RP_OK;
  tcomp c;
  memset(&c, 0, sizeof c);
  c.s = s;
  c.err = err;
  c.L = sbx_state(s->sandbox);
  rp_arena *mem = rp_arena_new();
  if (mem == NULL || scn_lines_build(&c.lines, mem, src, len) != 0) {
    scn_lines_free(&c.lines);
    rp_arena_free(mem);
    return rp_fail(err, RP_ENOMEM, "out of memory");
  }
  lua_pushcfunction(c.L, compile_all);
  lua_pushlightuserdata(c.L, &c);
  lua_pushlightuserdata(c.L, out);
  rp_status st = RP_ENOMEM;
  if (lua_pcall(c.L, 2, 1, 0) == LUA_OK)
    st = (rp_status)lua_tointeger(c.L, -1);
  else
    rp_fail(err, RP_ENOMEM, "out of memory reading tests");
  lua_pop(c.L, 1);
  scn_lines_free(&c.lines);
  rp_arena_free(mem);
  if (st != RP_OK)
    scenario_test_free(out);
  return st;
}

static void free_list(char **v, int n) {
  for (int i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

void scenario_test_free(scenario_test_suite *t) {
  for (int i = 0; i < t->n; i++) {
    scenario_test_case *c = &t->v[i];
    free(c->name);
    free_list(c->path, c->n_path);
    free_list(c->offered, c->n_offered);
    free_list(c->not_offered, c->n_not_offered);
    free(c->bounds);
  }
  free(t->v);
  memset(t, 0, sizeof *t);
}

/* ---- running ----------------------------------------------------------- */

static const char *what_name(const scn_scenario *s, int what) {
  if (what < SCENARIO_TEST_SKILL)
    return SCORE_NAMES[what];
  if (what < SCENARIO_TEST_METER)
    return scn_skill_name((scn_skill)(what - SCENARIO_TEST_SKILL));
  return s->meters[what - SCENARIO_TEST_METER].id;
}

static double what_value(const sess_session *ss, const score_report *r,
                         int what) {
  switch (what) {
  case SCENARIO_TEST_OVERALL: return r->overall;
  case SCENARIO_TEST_RELATIONSHIP: return r->relationship_quality;
  case SCENARIO_TEST_PUSHING_AXIS: return r->transactional_pushing;
  default:
    if (what < SCENARIO_TEST_METER)
      return r->skills[what - SCENARIO_TEST_SKILL].score;
    return sess_meters(ss)[what - SCENARIO_TEST_METER];
  }
}

static bool is_offered(const sess_session *ss, const char *id) {
  const scn_scenario *s = sess_scenario(ss);
  const sess_option *o;
  int n = sess_options(ss, &o);
  for (int i = 0; i < n; i++)
    if (o[i].available &&
        strcmp(s->nodes[sess_node(ss)].choices[o[i].choice].id, id) == 0)
      return true;
  return false;
}

static void list_offered(rp_buf *b, const sess_session *ss) {
  const scn_scenario *s = sess_scenario(ss);
  const sess_option *o;
  int n = sess_options(ss, &o), k = 0;
  for (int i = 0; i < n; i++)
    if (o[i].available)
      rp_buf_printf(b, "%s%s", k++ ? ", " : "",
                    s->nodes[sess_node(ss)].choices[o[i].choice].id);
  if (k == 0)
    rp_buf_puts(b, "nothing");
}

bool scenario_test_run(const scn_scenario *s, const scenario_test_case *t,
                       rp_buf *why) {
  rp_error err;
  sess_session *ss = sess_new(s, t->seed, &err);
  if (ss == NULL) {
    rp_buf_printf(why, "    %s\n", err.msg);
    return false;
  }
  bool ok = true;
  for (int i = 0; i < t->n_path && ok; i++) {
    if (sess_state(ss) != SESS_ACTIVE) {
      rp_buf_printf(why,
                    "    step %d ('%s'): the conversation had already "
                    "ended (%s)\n",
                    i + 1, t->path[i],
                    sess_state(ss) == SESS_ABORTED ? sess_abort_reason(ss)
                                                   : "at an ending");
      ok = false;
      break;
    }
    rp_status st = sess_choose_id(ss, t->path[i], 0.0, &err);
    if (st == RP_ENOMEM && sess_state(ss) == SESS_ACTIVE) {
      /* the choice could not be recorded: not the scenario's doing */
      rp_buf_printf(why, "    step %d ('%s'): %s\n", i + 1, t->path[i],
                    err.msg);
      ok = false;
      break;
    }
    if (st == RP_EINPUT) {
      rp_buf_printf(why,
                    "    step %d: '%s' is not offered at node '%s' "
                    "(offered: ",
                    i + 1, t->path[i], s->nodes[sess_node(ss)].id);
      list_offered(why, ss);
      rp_buf_puts(why, ")\n");
      ok = false;
    }
  }
  if (ok && sess_state(ss) == SESS_ABORTED) {
    rp_buf_printf(why, "    the scenario failed: %s\n", sess_abort_reason(ss));
    ok = false;
  }
  if (!ok) {
    sess_free(ss);
    return false;
  }
  const scn_node *at = &s->nodes[sess_node(ss)];
  bool ended = sess_state(ss) == SESS_ENDED;
  if (t->ending >= 0 && (!ended || sess_node(ss) != t->ending)) {
    rp_buf_printf(why, "    expected ending '%s', got %s '%s'\n",
                  s->nodes[t->ending].id, ended ? "ending" : "still at node",
                  at->id);
    ok = false;
  }
  if (t->result >= 0 && (!ended || (int)at->outcome.result != t->result)) {
    rp_buf_printf(why, "    expected result %s, got %s\n",
                  scn_result_name((scn_result)t->result),
                  ended ? scn_result_name(at->outcome.result) : "no ending");
    ok = false;
  }
  score_report r;
  score_session(ss, &r);
  for (int i = 0; i < t->n_bounds; i++) {
    const scenario_test_bound *b = &t->bounds[i];
    double v = what_value(ss, &r, b->what);
    if (b->is_max ? v > b->value : v < b->value) {
      rp_buf_printf(why, "    expected %s %s %g, got %g\n",
                    what_name(s, b->what), b->is_max ? "<=" : ">=", b->value,
                    v);
      ok = false;
    }
  }
  uint64_t missing = t->facts & ~sess_facts(ss);
  for (int f = 0; f < s->n_facts; f++)
    if ((missing >> f) & 1) {
      rp_buf_printf(why, "    expected fact '%s' to be uncovered\n",
                    s->facts[f].id);
      ok = false;
    }
  for (int i = 0; i < t->n_offered; i++)
    if (!is_offered(ss, t->offered[i])) {
      rp_buf_printf(why, "    expected '%s' to be offered at '%s' (offered: ",
                    t->offered[i], at->id);
      list_offered(why, ss);
      rp_buf_puts(why, ")\n");
      ok = false;
    }
  for (int i = 0; i < t->n_not_offered; i++)
    if (is_offered(ss, t->not_offered[i])) {
      rp_buf_printf(why,
                    "    expected '%s' not to be offered at '%s', but "
                    "it is\n",
                    t->not_offered[i], at->id);
      ok = false;
    }
  sess_free(ss);
  return ok;
}
