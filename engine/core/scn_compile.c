/*
 * scn_compile.c -- runs a scenario file in the sandbox and compiles the table
 * it returns into C data (scn.h), validating every field on the way: the
 * top level here (identity, prospect, meters, facts, the tests table), the
 * graph in scn_graph.c.  See scn_compile.h.
 *
 * Fields are read through sbx_table, with raw access only: an author's
 * metatable must not run here.
 */
#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scn_compile.h"
#include "scn_internal.h"
#include "util/rp_sha256.h"

static const char *const TOP_FIELDS[] = {
    "id",      "title",    "module",   "difficulty", "version", "brief",
    "minutes", "currency", "prospect", "state",      "facts",   "start",
    "nodes",   "endings",  "tests",    "shuffle"};
static const char *const PROSPECT_FIELDS[] = {"name", "role", "company",
                                              "persona"};
static const char *const METER_FIELDS[] = {"start", "min", "max", "label"};
static const char *const DIFFICULTIES[] = {"beginner", "intermediate",
                                           "advanced"};

/* ---- messages and field readers ------------------------------------------ */

/* Writes `where` for the node, ending or choice scn_where_lazy named. */
static void describe(void *ud) {
  compiler *c = ud;
  const scn_node *n = c->w_node;
  if (n == NULL)
    return;
  if (c->w_choice_id != NULL)
    snprintf(c->where, sizeof c->where, "choice '%s' in node '%s'",
             c->w_choice_id, n->id);
  else if (c->w_choice > 0)
    snprintf(c->where, sizeof c->where, "choice %d in node '%s'", c->w_choice,
             n->id);
  else
    snprintf(c->where, sizeof c->where, "%s '%s'",
             n->is_ending ? "ending" : "node", n->id);
}

/* Line of `field =` inside the thing written at `line`. */
static int field_line(void *ud, const char *field, int line) {
  compiler *c = ud;
  return scn_lines_key(&c->lines, field, line);
}

sbx_table scn_reader(compiler *c, int t, int line) {
  return (sbx_table){.L = c->L,
                     .t = t,
                     .err = c->err,
                     .chunk = c->s->chunkname,
                     .line = line,
                     .where = c->where,
                     .field_line = field_line,
                     .describe = describe,
                     .ud = c};
}

rp_status scn_fail(compiler *c, int line, const char *fmt, ...) {
  sbx_table r = scn_reader(c, 0, line);
  va_list ap;
  va_start(ap, fmt);
  rp_status st = sbx_table_vfail(&r, line, fmt, ap);
  va_end(ap);
  return st;
}

rp_status scn_oom(compiler *c) {
  return rp_fail(c->err, RP_ENOMEM, "%s: out of memory compiling the scenario",
                 c->s->chunkname);
}

void scn_where_lazy(compiler *c, const scn_node *node, int idx,
                    const char *id) {
  c->w_node = node;
  c->w_choice = idx + 1;
  c->w_choice_id = id;
}

bool scn_valid_id(const char *s, size_t len) {
  if (len == 0 || len > SCN_ID_MAX)
    return false;
  for (size_t i = 0; i < len; i++) {
    char ch = s[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
          (ch >= '0' && ch <= '9') || ch == '_' || ch == '-'))
      return false;
  }
  return true;
}

int scn_pick(const char *v, const char *const *names, int n) {
  for (int i = 0; i < n; i++)
    if (strcmp(v, names[i]) == 0)
      return i;
  return -1;
}

rp_status scn_read_string(compiler *c, const sbx_table *r, const char *f,
                          bool need, const char **out) {
  const char *v;
  size_t len;
  rp_status st = sbx_table_string(r, f, need, &v, &len);
  *out = NULL;
  if (st != RP_OK || v == NULL)
    return st;
  if ((*out = rp_arena_strndup(c->s->mem, v, len)) == NULL)
    return scn_oom(c);
  return RP_OK;
}

rp_status scn_read_text(compiler *c, const sbx_table *r, const char *f,
                        bool need, const char **out, int *fn) {
  lua_State *L = c->L;
  *fn = SCN_NOFN;
  *out = NULL;
  int ty = sbx_table_get(r, f);
  if (ty == LUA_TFUNCTION) {
    *fn = luaL_ref(L, LUA_REGISTRYINDEX);
    c->s->has_functions = true;
    return RP_OK;
  }
  rp_status st = RP_OK;
  if (ty == LUA_TSTRING) {
    size_t len;
    const char *v = lua_tolstring(L, -1, &len);
    if ((*out = rp_arena_strndup(c->s->mem, v, len)) == NULL)
      st = scn_oom(c);
  } else if (ty != LUA_TNIL) {
    st = sbx_table_fail(r, f,
                        "field '%s' must be a string or a function, not a %s",
                        f, lua_typename(L, ty));
  } else if (need) {
    st = sbx_table_fail(r, NULL, "missing field '%s'", f);
  }
  lua_pop(L, 1);
  return st;
}

/* A choice's text: a string, a function, or a list of 1 to SCN_WORDINGS_MAX
 * strings (the wordings one session's seed picks from). */
rp_status scn_read_wordings(compiler *c, const sbx_table *r, scn_choice *ch) {
  lua_State *L = c->L;
  ch->n_texts = 1;
  int ty = sbx_table_get(r, "text");
  if (ty != LUA_TTABLE) {
    lua_pop(L, 1);
    if (ty != LUA_TSTRING && ty != LUA_TFUNCTION && ty != LUA_TNIL)
      return sbx_table_fail(r, "text",
                            "field 'text' must be a string, a list of strings "
                            "or a function, not a %s",
                            lua_typename(L, ty));
    return scn_read_text(c, r, "text", true, &ch->text, &ch->fn_text);
  }
  int n = (int)lua_rawlen(L, -1);
  if (n < 1 || n > SCN_WORDINGS_MAX) {
    lua_pop(L, 1);
    return sbx_table_fail(r, "text",
                          "field 'text' lists %d wordings; give 1 to %d", n,
                          SCN_WORDINGS_MAX);
  }
  ch->texts = rp_arena_alloc(c->s->mem, (size_t)n * sizeof *ch->texts);
  if (ch->texts == NULL) {
    lua_pop(L, 1);
    return scn_oom(c);
  }
  for (int i = 1; i <= n; i++) {
    size_t len;
    if (lua_rawgeti(L, -1, i) != LUA_TSTRING ||
        (lua_tolstring(L, -1, &len), len == 0)) {
      lua_pop(L, 2);
      return sbx_table_fail(r, "text",
                            "wording %d of field 'text' must be a non-empty "
                            "string",
                            i);
    }
    const char *v = lua_tolstring(L, -1, &len);
    if ((ch->texts[i - 1] = rp_arena_strndup(c->s->mem, v, len)) == NULL) {
      lua_pop(L, 2);
      return scn_oom(c);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  ch->text = ch->texts[0];
  ch->n_texts = n;
  return RP_OK;
}

/* ---- keyed tables in source order ---------------------------------------- */

static int by_line(const void *a, const void *b) {
  const scn_keyed *x = a, *y = b;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  return strcmp(x->id, y->id);
}

/* The slot of v among the arrays in use (NULL: a free one). */
static int slot_of(compiler *c, const scn_keyed *v) {
  return c->live[0] == v ? 0 : 1;
}

void scn_keys_release(compiler *c, scn_keyed *v) {
  if (v != NULL)
    c->live[slot_of(c, v)] = NULL;
  free(v);
}

rp_status scn_keys(compiler *c, int t, int after, const char *what,
                   scn_keyed **out, int *n) {
  lua_State *L = c->L;
  int cap = 16, len = 0;
  scn_keyed *v = malloc((size_t)cap * sizeof *v);
  if (v == NULL)
    return scn_oom(c);
  int slot = slot_of(c, NULL);
  c->live[slot] = v;
  lua_pushnil(L);
  while (lua_next(L, t) != 0) {
    lua_pop(L, 1);
    size_t klen = 0;
    const char *key =
        lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &klen) : NULL;
    if (key == NULL || !scn_valid_id(key, klen)) {
      rp_status st =
          lua_type(L, -1) == LUA_TSTRING
              ? scn_fail(c, after,
                         "%s id '%.80s' must be 1 to %d letters, digits, "
                         "'_' or '-'",
                         what, lua_tostring(L, -1), SCN_ID_MAX)
              : scn_fail(c, after,
                         "%s must be keyed by id (write id = { ... }), "
                         "found a %s key",
                         what, lua_typename(L, lua_type(L, -1)));
      lua_pop(L, 1);
      scn_keys_release(c, v);
      return st;
    }
    if (len == cap) {
      scn_keyed *g = realloc(v, (size_t)(cap *= 2) * sizeof *v);
      if (g == NULL) {
        lua_pop(L, 1);
        scn_keys_release(c, v);
        return scn_oom(c);
      }
      c->live[slot] = v = g;
    }
    const char *id = rp_arena_strndup(c->s->mem, lua_tostring(L, -1), klen);
    if (id == NULL) {
      lua_pop(L, 1);
      scn_keys_release(c, v);
      return scn_oom(c);
    }
    v[len].id = id;
    v[len].line = scn_lines_key(&c->lines, id, after);
    if (v[len].line == 0)
      v[len].line = after;
    len++;
  }
  qsort(v, (size_t)len, sizeof *v, by_line);
  *out = v;
  *n = len;
  return RP_OK;
}

/* ---- identity, prospect ----------------------------------------------------
 */

static rp_status compile_identity(compiler *c, const sbx_table *top) {
  scn_scenario *s = c->s;
  rp_status st;
  long long minutes = 0;
  if ((st = scn_read_string(c, top, "id", true, &s->id)) ||
      (st = scn_read_string(c, top, "title", true, &s->title)) ||
      (st = scn_read_string(c, top, "module", true, &s->module)) ||
      (st = scn_read_string(c, top, "difficulty", true, &s->difficulty)) ||
      (st = scn_read_string(c, top, "version", true, &s->version)) ||
      (st = scn_read_string(c, top, "brief", true, &s->brief)) ||
      (st = scn_read_string(c, top, "currency", false, &s->currency)) ||
      (st = sbx_table_int(top, "minutes", false, 0, 600, &minutes)))
    return st;
  s->minutes = (int)minutes;
  if (s->currency == NULL)
    s->currency = "USD";
  for (const char *p = s->id; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
          *p == '_'))
      return sbx_table_fail(top, "id",
                            "scenario id '%s' may use only lowercase letters, "
                            "digits, '-' and '_' (it names files)",
                            s->id);
  if (!scn_valid_id(s->id, strlen(s->id)))
    return sbx_table_fail(top, "id", "scenario id must be 1 to %d characters",
                          SCN_ID_MAX);
  if (scn_pick(s->difficulty, DIFFICULTIES, SCN_COUNT(DIFFICULTIES)) < 0)
    return sbx_table_fail(
        top, "difficulty",
        "difficulty '%s' must be beginner, intermediate or advanced",
        s->difficulty);
  return RP_OK;
}

static rp_status compile_prospect(compiler *c, const sbx_table *top) {
  sbx_table p;
  rp_status st = sbx_table_table(top, "prospect", true, &p);
  if (st)
    return st;
  p.line = scn_lines_top(&c->lines, "prospect");
  snprintf(c->where, sizeof c->where, "prospect");
  scn_prospect *pr = &c->s->prospect;
  if (!(st = sbx_table_only_known(&p, PROSPECT_FIELDS,
                                  SCN_COUNT(PROSPECT_FIELDS), "prospect")) &&
      !(st = scn_read_string(c, &p, "name", true, &pr->name)) &&
      !(st = scn_read_string(c, &p, "role", true, &pr->role)) &&
      !(st = scn_read_string(c, &p, "company", true, &pr->company)))
    st = scn_read_string(c, &p, "persona", false, &pr->persona);
  lua_pop(c->L, 1);
  c->where[0] = '\0';
  return st;
}

/* ---- meters and facts: tables of declarations keyed by id ---------------- */

typedef struct declared {
  const char *field; /* the scenario's field: "state" */
  const char *what;  /* one of them, in messages: "a meter" */
  const char *noun;  /* "meter": where = "meter 'trust'" */
  int max;           /* how many there may be */
  /* Compiles declaration k, whose value is at stack index v. */
  rp_status (*compile)(compiler *c, sbx_table *top, const scn_keyed *k, int v);
} declared;

/* Compiles each declaration of d's field in source order.  Leaves `where`
 * naming the last one. */
static rp_status compile_declared(compiler *c, sbx_table *top,
                                  const declared *d) {
  lua_State *L = c->L;
  sbx_table tab;
  rp_status st = sbx_table_table(top, d->field, false, &tab);
  if (st || tab.t == 0)
    return st;
  scn_keyed *keys = NULL;
  int n = 0;
  int after = scn_lines_top(&c->lines, d->field);
  if ((st = scn_keys(c, tab.t, after, d->what, &keys, &n)))
    goto done;
  if (n > d->max) {
    st = scn_fail(c, after, "at most %d %ss may be declared, found %d", d->max,
                  d->noun, n);
    goto done;
  }
  for (int i = 0; i < n && st == RP_OK; i++) {
    snprintf(c->where, sizeof c->where, "%s '%s'", d->noun, keys[i].id);
    lua_pushstring(L, keys[i].id);
    lua_rawget(L, tab.t);
    st = d->compile(c, top, &keys[i], lua_gettop(L));
    lua_pop(L, 1);
  }
done:
  scn_keys_release(c, keys);
  lua_pop(L, 1);
  return st;
}

/* trust = { start = 50, min = 0, max = 100, label = "Trust" } */
static rp_status compile_meter(compiler *c, sbx_table *top, const scn_keyed *k,
                               int v) {
  scn_scenario *s = c->s;
  scn_meter *mt = &s->meters[s->n_meters++];
  mt->id = mt->label = k->id;
  /* The top level's later fields are looked up from the last meter on (a
   * missing 'nodes' is reported at its line), as they always have been. */
  mt->line = top->line = k->line;
  if (lua_type(c->L, v) != LUA_TTABLE)
    return scn_fail(c, k->line,
                    "must be a table like { start = 50, min = 0, "
                    "max = 100 }, not a %s",
                    lua_typename(c->L, lua_type(c->L, v)));
  sbx_table r = scn_reader(c, v, k->line);
  long long start = 50, lo = 0, hi = 100;
  const char *label = NULL;
  rp_status st;
  if ((st = sbx_table_only_known(&r, METER_FIELDS, SCN_COUNT(METER_FIELDS),
                                 "a meter")) ||
      (st = sbx_table_int(&r, "min", false, -SCN_METER_LIMIT, SCN_METER_LIMIT,
                          &lo)) ||
      (st = sbx_table_int(&r, "max", false, -SCN_METER_LIMIT, SCN_METER_LIMIT,
                          &hi)) ||
      (st = sbx_table_int(&r, "start", true, -SCN_METER_LIMIT, SCN_METER_LIMIT,
                          &start)) ||
      (st = scn_read_string(c, &r, "label", false, &label)))
    return st;
  if (lo > hi)
    return sbx_table_fail(&r, NULL, "min (%lld) is above max (%lld)", lo, hi);
  if (start < lo || start > hi)
    return sbx_table_fail(&r, "start",
                          "start (%lld) is outside min..max (%lld..%lld)",
                          start, lo, hi);
  mt->start = (int)start;
  mt->min = (int)lo;
  mt->max = (int)hi;
  if (label != NULL)
    mt->label = label;
  return RP_OK;
}

/* pain = "The oven breaks every week." */
static rp_status compile_fact(compiler *c, sbx_table *top, const scn_keyed *k,
                              int v) {
  (void)top;
  scn_scenario *s = c->s;
  scn_fact *fa = &s->facts[s->n_facts++];
  fa->id = k->id;
  fa->line = k->line;
  if (lua_type(c->L, v) != LUA_TSTRING)
    return scn_fail(c, fa->line,
                    "must be a string saying what the trainee "
                    "learns, not a %s",
                    lua_typename(c->L, lua_type(c->L, v)));
  size_t len;
  const char *text = lua_tolstring(c->L, v, &len);
  if ((fa->text = rp_arena_strndup(s->mem, text, len)) == NULL)
    return scn_oom(c);
  return RP_OK;
}

static const declared METERS = {"state", "a meter", "meter", SCN_MAX_METERS,
                                compile_meter};
static const declared FACTS = {"facts", "a fact", "fact", SCN_MAX_FACTS,
                               compile_fact};

static rp_status compile_meters(compiler *c, sbx_table *top) {
  scn_scenario *s = c->s;
  rp_status st = compile_declared(c, top, &METERS);
  /* Every prospect has trust: scoring and the debrief read it. */
  if (st == RP_OK && scn_meter_find(s, "trust") < 0) {
    if (s->n_meters == SCN_MAX_METERS) {
      st =
          scn_fail(c, 0, "at most %d meters besides trust", SCN_MAX_METERS - 1);
    } else {
      scn_meter *mt = &s->meters[s->n_meters++];
      mt->id = mt->label = "trust";
      mt->start = 50;
      mt->min = 0;
      mt->max = 100;
    }
  }
  c->where[0] = '\0';
  return st;
}

static rp_status compile_facts(compiler *c, sbx_table *top) {
  rp_status st = compile_declared(c, top, &FACTS);
  c->where[0] = '\0';
  return st;
}

/* tests = { {...}, ... }: kept in the Lua state for `rapport test`. */
static rp_status compile_tests(compiler *c, const sbx_table *top) {
  lua_State *L = c->L;
  c->s->fn_tests = SCN_NOFN;
  int ty = sbx_table_get(top, "tests");
  if (ty == LUA_TTABLE) {
    c->s->fn_tests = luaL_ref(L, LUA_REGISTRYINDEX);
    return RP_OK;
  }
  lua_pop(L, 1);
  if (ty != LUA_TNIL)
    return scn_fail(c, scn_lines_top(&c->lines, "tests"),
                    "field 'tests' must be a table, not a %s",
                    lua_typename(L, ty));
  return RP_OK;
}

/* Runs under the sandbox's protection?  No: the compiler only reads tables
 * with raw access, which cannot run scenario code; the Lua API calls that
 * allocate are covered by the memory cap, and errors there (out of memory)
 * are caught by compile_protected below. */
static rp_status compile(compiler *c) {
  lua_State *L = c->L;
  int t = lua_gettop(L);
  if (lua_type(L, t) != LUA_TTABLE) {
    return scn_fail(c, 0,
                    "the file must end with 'return scenario { ... }' "
                    "(it returned %s%s)",
                    lua_isnil(L, t) ? "" : "a ",
                    lua_isnil(L, t) ? "nothing"
                                    : lua_typename(L, lua_type(L, t)));
  }
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, lua_topointer(L, t)) == LUA_TNIL) {
    lua_pop(L, 1);
    return scn_fail(c, 0,
                    "the file returned a plain table; write 'return "
                    "scenario { ... }'");
  }
  lua_pop(L, 1);
  rp_status st;
  sbx_table top = scn_reader(c, t, 1);
  if ((st = sbx_table_only_known(&top, TOP_FIELDS, SCN_COUNT(TOP_FIELDS),
                                 "the scenario")))
    return st;
  /* Top-level errors point at the scenario's id, the nearest thing to the
   * line of `scenario {` the source index knows. */
  top.line = scn_lines_top(&c->lines, "id");
  snprintf(c->where, sizeof c->where, "scenario");
  c->shuffle = true;
  if ((st = compile_identity(c, &top)) ||
      (st = sbx_table_bool(&top, "shuffle", &c->shuffle)))
    return st;
  c->where[0] = '\0';
  if ((st = compile_prospect(c, &top)) || (st = compile_meters(c, &top)) ||
      (st = compile_facts(c, &top)) || (st = scn_compile_graph(c, &top)))
    return st;
  return compile_tests(c, &top);
}

/* The compiler's Lua calls can raise only memory errors (raw access runs no
 * scenario code); run it inside lua_pcall so that one cannot longjmp past
 * our cleanup. */
static int compile_trampoline(lua_State *L) {
  compiler *c = lua_touserdata(L, 1);
  lua_remove(L, 1);
  rp_status st = compile(c);
  lua_pushinteger(L, st);
  return 1;
}

scn_scenario *scn_load(const char *chunkname, const char *src, size_t len,
                       rp_error *err) {
  compiler c;
  memset(&c, 0, sizeof c);
  c.err = err;
  scn_scenario *s = calloc(1, sizeof *s);
  if (s == NULL || (s->mem = rp_arena_new()) == NULL) {
    free(s);
    rp_fail(err, RP_ENOMEM, "%s: out of memory", chunkname);
    return NULL;
  }
  c.s = s;
  rp_strmap_init(&s->node_index);
  s->fn_tests = SCN_NOFN;
  s->chunkname = rp_arena_strdup(s->mem, chunkname);
  if (s->chunkname == NULL) {
    scn_oom(&c);
    goto fail;
  }
  rp_sha256_hex(src, len, s->sha256);
  if (scn_lines_build(&c.lines, s->mem, src, len) != 0) {
    scn_oom(&c);
    goto fail;
  }
  if ((s->sandbox = sbx_new(err)) == NULL)
    goto fail;
  c.L = sbx_state(s->sandbox);
  if (sbx_run_chunk(s->sandbox, chunkname, src, len, err) != RP_OK)
    goto fail;
  lua_pushcfunction(c.L, compile_trampoline);
  lua_insert(c.L, -2);
  lua_pushlightuserdata(c.L, &c);
  lua_insert(c.L, -2);
  int rc = lua_pcall(c.L, 2, 1, 0);
  if (rc != LUA_OK) {
    lua_pop(c.L, 1);
    free(c.live[0]);
    free(c.live[1]);
    scn_oom(&c);
    goto fail;
  }
  rp_status st = (rp_status)lua_tointeger(c.L, -1);
  lua_pop(c.L, 1);
  if (st != RP_OK)
    goto fail;
  scn_lines_free(&c.lines);
  if (!s->has_functions && s->fn_tests == SCN_NOFN) {
    /* Plain data: the Lua state has done its job. */
    sbx_free(s->sandbox);
    s->sandbox = NULL;
  } else {
    lua_gc(c.L, LUA_GCCOLLECT);
    if (s->has_functions && scn_eval_setup(s, err) != RP_OK)
      goto fail;
  }
  return s;
fail:
  scn_lines_free(&c.lines);
  scn_free(s);
  return NULL;
}
