/*
 * scn_compile.c -- runs a scenario file in the sandbox and compiles the table
 * it returns into C data (scn.h), validating every field on the way.
 *
 * Every error names file:line, the node/choice/ending and the field.  Tables
 * are read with raw access only: an author's metatable must not run here.
 */
#include <lauxlib.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/scn.h"
#include "core/scn_lines.h"
#include "scn_internal.h"
#include "util/rp_sha256.h"
#include "util/rp_suggest.h"

/* Longest id (node, choice, fact, meter, scenario). */
#define ID_MAX 64

typedef struct compiler {
  bool shuffle; /* the scenario's default for nodes */
  lua_State *L;
  scn_scenario *s;
  scn_lines lines;
  rp_error *err;
  char where[200]; /* "node 'x'", "choice 'y' in node 'x'", ... */
  int line;        /* line of the thing being compiled */
  /* For nodes, endings and choices `where` is written only when a message
   * needs it (formatting it for each of 30,000 choices was 3% of a load):
   * while w_node is set, it describes w_node, or its choice number
   * w_choice (1-based), or, once read, the choice with id w_choice_id. */
  const scn_node *w_node;
  int w_choice;
  const char *w_choice_id;
  /* collect_keys' arrays in use (at most two at once): a memory error in a
   * Lua call longjmps past their owners' free(), so scn_load frees what a
   * failed compile left here. */
  struct keyed *live[2];
} compiler;

static const char *const TOP_FIELDS[] = {
    "id",      "title",    "module",   "difficulty", "version", "brief",
    "minutes", "currency", "prospect", "state",      "facts",   "start",
    "nodes",   "endings",  "tests",    "shuffle"};
static const char *const PROSPECT_FIELDS[] = {"name", "role", "company",
                                              "persona"};
static const char *const METER_FIELDS[] = {"start", "min", "max", "label"};
static const char *const NODE_FIELDS[] = {"say", "choices", "shuffle"};
static const char *const CHOICE_FIELDS[] = {
    "id",       "text", "reply", "next",        "skills",   "state", "reveal",
    "requires", "when", "once",  "unavailable", "question", "coach"};
static const char *const ENDING_FIELDS[] = {"say", "outcome"};
static const char *const OUTCOME_FIELDS[] = {"result", "deal_value",
                                             "days_to_close"};
static const char *const SKILL_NAMES[] = {"empathy", "listening",
                                          "problem_solving", "pushing"};
static const char *const DIFFICULTIES[] = {"beginner", "intermediate",
                                           "advanced"};
static const char *const RESULTS[] = {"won", "stalled", "lost"};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Fails with "chunk:line: where: message". */
static rp_status cfail(compiler *c, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Points `where` at node (or ending), or at its choice idx + 1 (idx >= 0),
 * whose id is id (or NULL before it is read); NULL node: `where` is set
 * directly again. */
static void where_lazy(compiler *c, const scn_node *node, int idx,
                       const char *id) {
  c->w_node = node;
  c->w_choice = idx + 1;
  c->w_choice_id = id;
}

static rp_status cfail(compiler *c, int line, const char *fmt, ...) {
  if (c->w_node != NULL) {
    const scn_node *n = c->w_node;
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
  char msg[RP_ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  const char *sep = c->where[0] ? ": " : "";
  if (line > 0)
    return rp_fail(c->err, RP_ESCENARIO, "%s:%d: %s%s%s", c->s->chunkname, line,
                   c->where, sep, msg);
  return rp_fail(c->err, RP_ESCENARIO, "%s: %s%s%s", c->s->chunkname, c->where,
                 sep, msg);
}

static rp_status oom(compiler *c) {
  return rp_fail(c->err, RP_ENOMEM, "%s: out of memory compiling the scenario",
                 c->s->chunkname);
}

/* Line of `field =` inside the thing being compiled, else the thing's. */
static int field_line(compiler *c, const char *field) {
  int l = c->line > 0 ? scn_lines_key(&c->lines, field, c->line) : 0;
  return l > 0 ? l : c->line;
}

static bool valid_id(const char *s, size_t len) {
  if (len == 0 || len > ID_MAX)
    return false;
  for (size_t i = 0; i < len; i++) {
    char ch = s[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
          (ch >= '0' && ch <= '9') || ch == '_' || ch == '-'))
      return false;
  }
  return true;
}

/* Checks that every key of the table at t is one of the allowed fields. */
static rp_status check_fields(compiler *c, int t, const char *const *allowed,
                              int n, const char *what) {
  lua_State *L = c->L;
  lua_pushnil(L);
  while (lua_next(L, t) != 0) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) {
      lua_pop(L, 1);
      return cfail(c, c->line,
                   "%s has an entry without a field name "
                   "(write name = value)",
                   what);
    }
    const char *k = lua_tostring(L, -1);
    int i; /* (the first letter settles most) */
    for (i = 0; i < n && (k[0] != allowed[i][0] || strcmp(k, allowed[i]) != 0);
         i++)
      ;
    if (i == n) {
      const char *hint = rp_suggest(k, allowed, n);
      int line = field_line(c, k);
      char key[ID_MAX + 8];
      snprintf(key, sizeof key, "%s", k);
      lua_pop(L, 1);
      /* Nested tables name themselves: "in outcome". */
      const char *in = strcmp(what, "an outcome") == 0 ? " in outcome"
                       : strcmp(what, "a meter condition") == 0
                           ? " in the meter condition"
                           : "";
      if (hint != NULL)
        return cfail(c, line, "unknown field '%s'%s (did you mean '%s'?)", key,
                     in, hint);
      return cfail(c, line, "unknown field '%s'%s", key, in);
    }
  }
  return RP_OK;
}

static const char *type_of(lua_State *L, int i) {
  return lua_typename(L, lua_type(L, i));
}

/* Reads string field f of the table at t into arena memory.  *out is NULL
 * when the field is absent and not required. */
static rp_status get_string(compiler *c, int t, const char *f, bool required,
                            const char **out) {
  lua_State *L = c->L;
  *out = NULL;
  lua_pushstring(L, f);
  int ty = lua_rawget(L, t);
  rp_status st = RP_OK;
  if (ty == LUA_TNIL) {
    if (required)
      st = cfail(c, c->line, "missing field '%s'", f);
  } else if (ty != LUA_TSTRING) {
    st = cfail(c, field_line(c, f), "field '%s' must be a string, not a %s", f,
               type_of(L, -1));
  } else {
    size_t len;
    const char *v = lua_tolstring(L, -1, &len);
    if ((*out = rp_arena_strndup(c->s->mem, v, len)) == NULL)
      st = oom(c);
  }
  lua_pop(L, 1);
  return st;
}

/* Reads a field that is text or a function of the state (one lookup: a
 * choice's text is read 30,000 times in a large scenario). */
static rp_status get_text(compiler *c, int t, const char *f, bool required,
                          const char **out, int *fn) {
  lua_State *L = c->L;
  *fn = SCN_NOFN;
  *out = NULL;
  lua_pushstring(L, f);
  int ty = lua_rawget(L, t);
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
      st = oom(c);
  } else if (ty != LUA_TNIL) {
    st = cfail(c, field_line(c, f),
               "field '%s' must be a string or a function, not a %s", f,
               type_of(L, -1));
  } else if (required) {
    st = cfail(c, c->line, "missing field '%s'", f);
  }
  lua_pop(L, 1);
  return st;
}

/* Reads integer field f within [lo, hi]; *out keeps its value when absent
 * and not required. */
static rp_status get_int(compiler *c, int t, const char *f, bool required,
                         long long lo, long long hi, long long *out) {
  lua_State *L = c->L;
  lua_pushstring(L, f);
  int ty = lua_rawget(L, t);
  rp_status st = RP_OK;
  if (ty == LUA_TNIL) {
    if (required)
      st = cfail(c, c->line, "missing field '%s'", f);
  } else if (!lua_isinteger(L, -1)) {
    st = cfail(c, field_line(c, f), "field '%s' must be a whole number, not %s",
               f, ty == LUA_TNUMBER ? "a fraction" : type_of(L, -1));
  } else {
    lua_Integer v = lua_tointeger(L, -1);
    if (v < lo || v > hi)
      st = cfail(c, field_line(c, f),
                 "field '%s' is %lld; it must be from %lld "
                 "to %lld",
                 f, (long long)v, lo, hi);
    else
      *out = v;
  }
  lua_pop(L, 1);
  return st;
}

static rp_status get_bool(compiler *c, int t, const char *f, bool *out) {
  lua_State *L = c->L;
  lua_pushstring(L, f);
  int ty = lua_rawget(L, t);
  rp_status st = RP_OK;
  if (ty == LUA_TBOOLEAN)
    *out = lua_toboolean(L, -1);
  else if (ty != LUA_TNIL)
    st = cfail(c, field_line(c, f),
               "field '%s' must be true or false, not a %s", f, type_of(L, -1));
  lua_pop(L, 1);
  return st;
}

/* Pushes table field f of t (nil when absent); fails when it is not a table. */
static rp_status push_table(compiler *c, int t, const char *f, bool required) {
  lua_State *L = c->L;
  lua_pushstring(L, f);
  int ty = lua_rawget(L, t);
  if (ty == LUA_TTABLE || (ty == LUA_TNIL && !required))
    return RP_OK;
  rp_status st = ty == LUA_TNIL ? cfail(c, c->line, "missing field '%s'", f)
                                : cfail(c, field_line(c, f),
                                        "field '%s' must be a table, not a %s",
                                        f, type_of(L, -1));
  lua_pop(L, 1);
  return st;
}

static int pick(const char *v, const char *const *names, int n) {
  for (int i = 0; i < n; i++)
    if (strcmp(v, names[i]) == 0)
      return i;
  return -1;
}

/* ---- keyed tables in source order ---------------------------------------- */

typedef struct keyed {
  const char *id;
  int line;
} keyed;

static int by_line(const void *a, const void *b) {
  const keyed *x = a, *y = b;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  return strcmp(x->id, y->id);
}

/* The slot of v among the arrays in use (NULL: a free one). */
static int slot_of(compiler *c, const keyed *v) {
  return c->live[0] == v ? 0 : 1;
}

static void release(compiler *c, keyed *v) {
  if (v != NULL)
    c->live[slot_of(c, v)] = NULL;
  free(v);
}

/* Collects the string keys of the table at t, in source order (the line of
 * `key =` after line `after`, then by name).  Lua's own order is not stable
 * across runs, and the debrief must be.  The caller frees *out with
 * release(). */
static rp_status collect_keys(compiler *c, int t, int after, const char *what,
                              keyed **out, int *n) {
  lua_State *L = c->L;
  int cap = 16, len = 0;
  keyed *v = malloc((size_t)cap * sizeof *v);
  if (v == NULL)
    return oom(c);
  int slot = slot_of(c, NULL);
  c->live[slot] = v;
  lua_pushnil(L);
  while (lua_next(L, t) != 0) {
    lua_pop(L, 1);
    size_t klen = 0;
    const char *key =
        lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &klen) : NULL;
    if (key == NULL || !valid_id(key, klen)) {
      rp_status st =
          lua_type(L, -1) == LUA_TSTRING
              ? cfail(c, after,
                      "%s id '%.80s' must be 1 to %d letters, digits, "
                      "'_' or '-'",
                      what, lua_tostring(L, -1), ID_MAX)
              : cfail(c, after,
                      "%s must be keyed by id (write id = { ... }), "
                      "found a %s key",
                      what, type_of(L, -1));
      lua_pop(L, 1);
      release(c, v);
      return st;
    }
    if (len == cap) {
      keyed *g = realloc(v, (size_t)(cap *= 2) * sizeof *v);
      if (g == NULL) {
        lua_pop(L, 1);
        release(c, v);
        return oom(c);
      }
      c->live[slot] = v = g;
    }
    const char *id = rp_arena_strndup(c->s->mem, lua_tostring(L, -1), klen);
    if (id == NULL) {
      lua_pop(L, 1);
      release(c, v);
      return oom(c);
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

/* ---- identity, prospect, meters, facts ----------------------------------- */

static rp_status compile_identity(compiler *c, int t) {
  scn_scenario *s = c->s;
  rp_status st;
  long long minutes = 0;
  if ((st = get_string(c, t, "id", true, &s->id)) ||
      (st = get_string(c, t, "title", true, &s->title)) ||
      (st = get_string(c, t, "module", true, &s->module)) ||
      (st = get_string(c, t, "difficulty", true, &s->difficulty)) ||
      (st = get_string(c, t, "version", true, &s->version)) ||
      (st = get_string(c, t, "brief", true, &s->brief)) ||
      (st = get_string(c, t, "currency", false, &s->currency)) ||
      (st = get_int(c, t, "minutes", false, 0, 600, &minutes)))
    return st;
  s->minutes = (int)minutes;
  if (s->currency == NULL)
    s->currency = "USD";
  for (const char *p = s->id; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
          *p == '_'))
      return cfail(c, field_line(c, "id"),
                   "scenario id '%s' may use only lowercase letters, digits, "
                   "'-' and '_' (it names files)",
                   s->id);
  if (!valid_id(s->id, strlen(s->id)))
    return cfail(c, field_line(c, "id"),
                 "scenario id must be 1 to %d "
                 "characters",
                 ID_MAX);
  if (pick(s->difficulty, DIFFICULTIES, COUNT(DIFFICULTIES)) < 0)
    return cfail(c, field_line(c, "difficulty"),
                 "difficulty '%s' must be beginner, intermediate or advanced",
                 s->difficulty);
  return RP_OK;
}

static rp_status compile_prospect(compiler *c, int t) {
  rp_status st = push_table(c, t, "prospect", true);
  if (st)
    return st;
  int p = lua_gettop(c->L);
  int saved = c->line;
  c->line = scn_lines_top(&c->lines, "prospect");
  snprintf(c->where, sizeof c->where, "prospect");
  scn_prospect *pr = &c->s->prospect;
  if (!(st = check_fields(c, p, PROSPECT_FIELDS, COUNT(PROSPECT_FIELDS),
                          "prospect")) &&
      !(st = get_string(c, p, "name", true, &pr->name)) &&
      !(st = get_string(c, p, "role", true, &pr->role)) &&
      !(st = get_string(c, p, "company", true, &pr->company)))
    st = get_string(c, p, "persona", false, &pr->persona);
  lua_pop(c->L, 1);
  c->where[0] = '\0';
  c->line = saved;
  return st;
}

static rp_status compile_meters(compiler *c, int t) {
  scn_scenario *s = c->s;
  rp_status st = push_table(c, t, "state", false);
  if (st)
    return st;
  int m = lua_gettop(c->L);
  keyed *keys = NULL;
  int n = 0;
  if (!lua_isnil(c->L, m)) {
    int after = scn_lines_top(&c->lines, "state");
    if ((st = collect_keys(c, m, after, "a meter", &keys, &n)))
      goto done;
    if (n > SCN_MAX_METERS) {
      st = cfail(c, after, "at most %d meters may be declared, found %d",
                 SCN_MAX_METERS, n);
      goto done;
    }
  }
  for (int i = 0; i < n; i++) {
    scn_meter *mt = &s->meters[s->n_meters++];
    mt->id = mt->label = keys[i].id;
    mt->line = c->line = keys[i].line;
    snprintf(c->where, sizeof c->where, "meter '%s'", mt->id);
    lua_pushstring(c->L, mt->id);
    if (lua_rawget(c->L, m) != LUA_TTABLE) {
      st = cfail(c, c->line,
                 "must be a table like { start = 50, min = 0, "
                 "max = 100 }, not a %s",
                 type_of(c->L, -1));
      lua_pop(c->L, 1);
      goto done;
    }
    int mi = lua_gettop(c->L);
    long long start = 50, lo = 0, hi = 100;
    const char *label = NULL;
    if (!(st = check_fields(c, mi, METER_FIELDS, COUNT(METER_FIELDS),
                            "a meter")) &&
        !(st = get_int(c, mi, "min", false, -SCN_METER_LIMIT, SCN_METER_LIMIT,
                       &lo)) &&
        !(st = get_int(c, mi, "max", false, -SCN_METER_LIMIT, SCN_METER_LIMIT,
                       &hi)) &&
        !(st = get_int(c, mi, "start", true, -SCN_METER_LIMIT, SCN_METER_LIMIT,
                       &start)) &&
        !(st = get_string(c, mi, "label", false, &label))) {
      if (lo > hi)
        st = cfail(c, c->line, "min (%lld) is above max (%lld)", lo, hi);
      else if (start < lo || start > hi)
        st = cfail(c, field_line(c, "start"),
                   "start (%lld) is outside min..max (%lld..%lld)", start, lo,
                   hi);
    }
    lua_pop(c->L, 1);
    if (st)
      goto done;
    mt->start = (int)start;
    mt->min = (int)lo;
    mt->max = (int)hi;
    if (label != NULL)
      mt->label = label;
  }
  /* Every prospect has trust: scoring and the debrief read it. */
  if (scn_meter_find(s, "trust") < 0) {
    if (s->n_meters == SCN_MAX_METERS) {
      st = cfail(c, 0, "at most %d meters besides trust", SCN_MAX_METERS - 1);
      goto done;
    }
    scn_meter *mt = &s->meters[s->n_meters++];
    mt->id = mt->label = "trust";
    mt->start = 50;
    mt->min = 0;
    mt->max = 100;
  }
done:
  release(c, keys);
  lua_pop(c->L, 1);
  c->where[0] = '\0';
  return st;
}

static rp_status compile_facts(compiler *c, int t) {
  scn_scenario *s = c->s;
  rp_status st = push_table(c, t, "facts", false);
  if (st)
    return st;
  int f = lua_gettop(c->L);
  keyed *keys = NULL;
  int n = 0;
  if (!lua_isnil(c->L, f)) {
    int after = scn_lines_top(&c->lines, "facts");
    if ((st = collect_keys(c, f, after, "a fact", &keys, &n)))
      goto done;
    if (n > SCN_MAX_FACTS) {
      st = cfail(c, after, "at most %d facts may be declared, found %d",
                 SCN_MAX_FACTS, n);
      goto done;
    }
  }
  for (int i = 0; i < n; i++) {
    scn_fact *fa = &s->facts[s->n_facts++];
    fa->id = keys[i].id;
    fa->line = keys[i].line;
    snprintf(c->where, sizeof c->where, "fact '%s'", fa->id);
    lua_pushstring(c->L, fa->id);
    if (lua_rawget(c->L, f) != LUA_TSTRING) {
      st = cfail(c, fa->line,
                 "must be a string saying what the trainee "
                 "learns, not a %s",
                 type_of(c->L, -1));
      lua_pop(c->L, 1);
      goto done;
    }
    size_t len;
    const char *text = lua_tolstring(c->L, -1, &len);
    fa->text = rp_arena_strndup(s->mem, text, len);
    lua_pop(c->L, 1);
    if (fa->text == NULL) {
      st = oom(c);
      goto done;
    }
  }
done:
  release(c, keys);
  lua_pop(c->L, 1);
  c->where[0] = '\0';
  return st;
}

/* ---- nodes and endings: ids first, so that `next` can name any ---------- */

static rp_status index_nodes(compiler *c, int t, int *n_nodes, int *n_endings) {
  scn_scenario *s = c->s;
  rp_status st;
  keyed *nk = NULL, *ek = NULL;
  int nn = 0, ne = 0;
  if ((st = push_table(c, t, "nodes", true)))
    return st;
  int nodes_line = scn_lines_top(&c->lines, "nodes");
  st = collect_keys(c, lua_gettop(c->L), nodes_line, "a node", &nk, &nn);
  lua_pop(c->L, 1);
  if (st)
    return st;
  if ((st = push_table(c, t, "endings", true))) {
    release(c, nk);
    return st;
  }
  int endings_line = scn_lines_top(&c->lines, "endings");
  st = collect_keys(c, lua_gettop(c->L), endings_line, "an ending", &ek, &ne);
  lua_pop(c->L, 1);
  if (st)
    goto done;
  if (nn == 0) {
    st = cfail(c, nodes_line,
               "'nodes' is empty: a scenario needs at least "
               "one node");
    goto done;
  }
  if (ne == 0) {
    st = cfail(c, endings_line,
               "'endings' is empty: a scenario needs at "
               "least one ending");
    goto done;
  }
  s->n_nodes = nn + ne;
  s->nodes = rp_arena_alloc(s->mem, (size_t)s->n_nodes * sizeof *s->nodes);
  if (s->nodes == NULL) {
    st = oom(c);
    goto done;
  }
  for (int i = 0; i < s->n_nodes; i++) {
    keyed *k = i < nn ? &nk[i] : &ek[i - nn];
    scn_node *node = &s->nodes[i];
    node->id = k->id;
    node->line = k->line;
    node->is_ending = i >= nn;
    node->fn_say = SCN_NOFN;
    int old;
    int rc = rp_strmap_put(&s->node_index, node->id, i, &old);
    if (rc < 0) {
      st = oom(c);
      goto done;
    }
    if (rc == 1) {
      st = cfail(c, node->line,
                 "ending '%s' has the same id as a node "
                 "(line %d); ids must be unique",
                 node->id, s->nodes[old].line);
      goto done;
    }
  }
  *n_nodes = nn;
  *n_endings = ne;
done:
  release(c, nk);
  release(c, ek);
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

static rp_status resolve_next(compiler *c, const char *id, int *out) {
  int i = scn_node_find(c->s, id);
  if (i >= 0) {
    *out = i;
    return RP_OK;
  }
  const char *hint = suggest_node(c, id);
  if (hint != NULL)
    return cfail(c, field_line(c, "next"),
                 "next node '%s' does not exist (did you mean '%s'?)", id,
                 hint);
  return cfail(c, field_line(c, "next"), "next node '%s' does not exist", id);
}

/* skills = { empathy = 2, ... } */
static rp_status compile_skills(compiler *c, int t, scn_choice *ch) {
  lua_State *L = c->L;
  rp_status st = push_table(c, t, "skills", false);
  if (st || lua_isnil(L, -1)) {
    if (!st)
      lua_pop(L, 1);
    return st;
  }
  int sk = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, sk) != 0) {
    int k = lua_type(L, -2) == LUA_TSTRING
                ? pick(lua_tostring(L, -2), SKILL_NAMES, SCN_SKILL_COUNT)
                : -1;
    if (k < 0) {
      const char *name =
          lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "(not a name)";
      const char *hint = rp_suggest(name, SKILL_NAMES, SCN_SKILL_COUNT);
      st = hint ? cfail(c, field_line(c, "skills"),
                        "field 'skills': unknown skill '%s' (did you mean "
                        "'%s'?)",
                        name, hint)
                : cfail(c, field_line(c, "skills"),
                        "field 'skills': unknown skill '%s' (the skills are "
                        "empathy, listening, problem_solving, pushing)",
                        name);
      lua_pop(L, 3);
      return st;
    }
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < -SCN_SKILL_LIMIT ||
        lua_tointeger(L, -1) > SCN_SKILL_LIMIT) {
      st = cfail(c, field_line(c, "skills"),
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

static rp_status unknown_meter(compiler *c, const char *field,
                               const char *name) {
  const char *ids[SCN_MAX_METERS];
  for (int i = 0; i < c->s->n_meters; i++)
    ids[i] = c->s->meters[i].id;
  const char *hint = rp_suggest(name, ids, c->s->n_meters);
  if (hint != NULL)
    return cfail(c, field_line(c, field),
                 "field '%s': unknown meter '%s' (did you mean '%s'?)", field,
                 name, hint);
  return cfail(c, field_line(c, field),
               "field '%s': unknown meter '%s' (declare it in 'state')", field,
               name);
}

static rp_status unknown_fact(compiler *c, const char *field,
                              const char *name) {
  const char *ids[SCN_MAX_FACTS];
  for (int i = 0; i < c->s->n_facts; i++)
    ids[i] = c->s->facts[i].id;
  const char *hint = rp_suggest(name, ids, c->s->n_facts);
  if (hint != NULL)
    return cfail(c, field_line(c, field),
                 "field '%s': unknown fact '%s' (did you mean '%s'?)", field,
                 name, hint);
  return cfail(c, field_line(c, field),
               "field '%s': unknown fact '%s' (declare it in 'facts')", field,
               name);
}

/* state = { trust = 5, patience = -2 } */
static rp_status compile_deltas(compiler *c, int t, scn_choice *ch) {
  lua_State *L = c->L;
  rp_status st = push_table(c, t, "state", false);
  if (st || lua_isnil(L, -1)) {
    if (!st)
      lua_pop(L, 1);
    return st;
  }
  int d = lua_gettop(L);
  scn_delta buf[SCN_MAX_METERS];
  int n = 0;
  lua_pushnil(L);
  while (lua_next(L, d) != 0) {
    int m = lua_type(L, -2) == LUA_TSTRING
                ? scn_meter_find(c->s, lua_tostring(L, -2))
                : -1;
    if (m < 0) {
      st = lua_type(L, -2) == LUA_TSTRING
               ? unknown_meter(c, "state", lua_tostring(L, -2))
               : cfail(c, field_line(c, "state"),
                       "field 'state' must map meter names to changes");
      lua_pop(L, 3);
      return st;
    }
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < -SCN_METER_LIMIT ||
        lua_tointeger(L, -1) > SCN_METER_LIMIT) {
      st = cfail(c, field_line(c, "state"),
                 "field 'state': the change to %s must be a whole number",
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
      return oom(c);
    memcpy(ch->deltas, buf, (size_t)n * sizeof *buf);
  }
  ch->n_deltas = n;
  return RP_OK;
}

/* reveal = { "pain", "budget" } */
static rp_status compile_reveal(compiler *c, int t, scn_choice *ch) {
  lua_State *L = c->L;
  rp_status st = push_table(c, t, "reveal", false);
  if (st || lua_isnil(L, -1)) {
    if (!st)
      lua_pop(L, 1);
    return st;
  }
  int r = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, r) != 0) {
    if (!lua_isinteger(L, -2) || lua_type(L, -1) != LUA_TSTRING) {
      lua_pop(L, 3);
      return cfail(c, field_line(c, "reveal"),
                   "field 'reveal' must be a list of fact ids, like "
                   "{ \"pain\", \"budget\" }");
    }
    int f = scn_fact_find(c->s, lua_tostring(L, -1));
    if (f < 0) {
      st = unknown_fact(c, "reveal", lua_tostring(L, -1));
      lua_pop(L, 3);
      return st;
    }
    ch->reveal |= (uint64_t)1 << f;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return RP_OK;
}

/* requires = { "pain", trust = 40, patience = { min = 1, max = 5 } } */
static rp_status compile_requires(compiler *c, int t, scn_choice *ch) {
  lua_State *L = c->L;
  rp_status st = push_table(c, t, "requires", false);
  if (st || lua_isnil(L, -1)) {
    if (!st)
      lua_pop(L, 1);
    return st;
  }
  int r = lua_gettop(L);
  scn_bound buf[SCN_MAX_METERS];
  int n = 0;
  lua_pushnil(L);
  while (lua_next(L, r) != 0) {
    if (lua_isinteger(L, -2)) { /* a fact that must be known */
      int f = lua_type(L, -1) == LUA_TSTRING
                  ? scn_fact_find(c->s, lua_tostring(L, -1))
                  : -2;
      if (f < 0) {
        st = f == -2 ? cfail(c, field_line(c, "requires"),
                             "field 'requires': list entries must be fact ids")
                     : unknown_fact(c, "requires", lua_tostring(L, -1));
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
                 ? unknown_meter(c, "requires", lua_tostring(L, -2))
                 : cfail(c, field_line(c, "requires"),
                         "field 'requires': keys must be meter names");
        lua_pop(L, 3);
        return st;
      }
      scn_bound b = {m, -SCN_METER_LIMIT, SCN_METER_LIMIT};
      if (lua_isinteger(L, -1)) {
        b.min = (int)lua_tointeger(L, -1);
      } else if (lua_istable(L, -1)) {
        long long lo = b.min, hi = b.max;
        int bt = lua_gettop(L);
        static const char *const BOUND_FIELDS[] = {"min", "max"};
        if ((st = check_fields(c, bt, BOUND_FIELDS, 2, "a meter condition")) ||
            (st = get_int(c, bt, "min", false, -SCN_METER_LIMIT,
                          SCN_METER_LIMIT, &lo)) ||
            (st = get_int(c, bt, "max", false, -SCN_METER_LIMIT,
                          SCN_METER_LIMIT, &hi))) {
          lua_pop(L, 3);
          return st;
        }
        b.min = (int)lo;
        b.max = (int)hi;
      } else {
        st = cfail(c, field_line(c, "requires"),
                   "field 'requires': %s must be a minimum (a whole number) or "
                   "{ min = N, max = N }",
                   c->s->meters[m].id);
        lua_pop(L, 3);
        return st;
      }
      buf[n++] = b;
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  if (n > 0) {
    ch->bounds = rp_arena_alloc(c->s->mem, (size_t)n * sizeof *ch->bounds);
    if (ch->bounds == NULL)
      return oom(c);
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

/* A line is a question when it ends in '?' (quotes and spaces aside). */
static bool ends_in_question(const char *text) {
  size_t n = strlen(text);
  while (n > 0 && strchr(" \t\n'\"", text[n - 1]) != NULL)
    n--;
  return n > 0 && text[n - 1] == '?';
}

static rp_status compile_choice(compiler *c, int t, scn_node *node, int idx,
                                scn_choice *ch) {
  lua_State *L = c->L;
  rp_status st;
  ch->fn_text = ch->fn_reply = ch->fn_when = ch->fn_next = SCN_NOFN;
  ch->next = -1;
  ch->gid = c->s->n_choices++;
  c->line = node->line;
  where_lazy(c, node, idx, NULL);
  if ((st = get_string(c, t, "id", true, &ch->id)))
    return st;
  if (!valid_id(ch->id, strlen(ch->id)))
    return cfail(c, field_line(c, "id"),
                 "choice id '%.80s' must be 1 to %d "
                 "letters, digits, '_' or '-'",
                 ch->id, ID_MAX);
  for (int j = 0; j < idx; j++)
    if (strcmp(node->choices[j].id, ch->id) == 0)
      return cfail(c,
                   scn_lines_id(&c->lines, ch->id, node->choices[j].line + 1),
                   "two choices have the id '%s' (line %d); ids must be unique "
                   "within a node",
                   ch->id, node->choices[j].line);
  ch->line = scn_lines_id(&c->lines, ch->id, node->line);
  if (ch->line == 0)
    ch->line = node->line;
  c->line = ch->line;
  where_lazy(c, node, idx, ch->id);
  if ((st = check_fields(c, t, CHOICE_FIELDS, COUNT(CHOICE_FIELDS),
                         "a choice")) ||
      (st = get_text(c, t, "text", true, &ch->text, &ch->fn_text)) ||
      (st = get_text(c, t, "reply", false, &ch->reply, &ch->fn_reply)) ||
      (st = get_string(c, t, "coach", false, &ch->coach)) ||
      (st = get_string(c, t, "unavailable", false, &ch->unavailable)) ||
      (st = get_bool(c, t, "once", &ch->once)) ||
      (st = compile_skills(c, t, ch)) || (st = compile_deltas(c, t, ch)) ||
      (st = compile_reveal(c, t, ch)) || (st = compile_requires(c, t, ch)))
    return st;
  ch->question = ch->text != NULL && ends_in_question(ch->text);
  if ((st = get_bool(c, t, "question", &ch->question)))
    return st;

  lua_pushliteral(L, "when");
  int ty = lua_rawget(L, t);
  if (ty == LUA_TFUNCTION) {
    ch->fn_when = luaL_ref(L, LUA_REGISTRYINDEX);
    c->s->has_functions = true;
  } else {
    lua_pop(L, 1);
    if (ty != LUA_TNIL)
      return cfail(c, field_line(c, "when"),
                   "field 'when' must be a function, not a %s",
                   lua_typename(L, ty));
  }

  lua_pushliteral(L, "next");
  ty = lua_rawget(L, t);
  if (ty == LUA_TFUNCTION) {
    ch->fn_next = luaL_ref(L, LUA_REGISTRYINDEX);
    c->s->has_functions = true;
    return RP_OK;
  }
  if (ty != LUA_TSTRING) {
    lua_pop(L, 1);
    if (ty == LUA_TNIL)
      return cfail(c, c->line,
                   "missing field 'next' (the node or ending "
                   "this choice leads to)");
    return cfail(c, field_line(c, "next"),
                 "field 'next' must be a node id or a function, not a %s",
                 lua_typename(L, ty));
  }
  /* The id stays on the stack (alive) while it is looked up; messages
   * name at most ID_MAX * 2 - 1 bytes of it, as they always have. */
  size_t nlen;
  const char *next = lua_tolstring(L, -1, &nlen);
  char cut[ID_MAX * 2];
  if (nlen >= sizeof cut) {
    snprintf(cut, sizeof cut, "%s", next);
    next = cut;
  }
  rp_status st_next = resolve_next(c, next, &ch->next);
  lua_pop(L, 1);
  return st_next;
}

static rp_status compile_node(compiler *c, int t, scn_node *node) {
  lua_State *L = c->L;
  rp_status st;
  c->line = node->line;
  where_lazy(c, node, -1, NULL);
  node->shuffle = c->shuffle;
  if ((st = check_fields(c, t, NODE_FIELDS, COUNT(NODE_FIELDS), "a node")) ||
      (st = get_bool(c, t, "shuffle", &node->shuffle)) ||
      (st = get_text(c, t, "say", true, &node->say, &node->fn_say)) ||
      (st = push_table(c, t, "choices", true)))
    return st;
  int ct = lua_gettop(L);
  int n = (int)lua_rawlen(L, ct);
  /* A choices table must be a list: count every key to catch `x = {...}`. */
  int keys = 0;
  lua_pushnil(L);
  while (lua_next(L, ct) != 0) {
    keys++;
    lua_pop(L, 1);
  }
  if (n == 0 || keys != n) {
    lua_pop(L, 1);
    return cfail(c, field_line(c, "choices"),
                 n == 0 ? "field 'choices' is empty: a node needs at least one "
                          "choice (or make it an ending)"
                        : "field 'choices' must be a list { {...}, {...} }");
  }
  node->choices = rp_arena_alloc(c->s->mem, (size_t)n * sizeof *node->choices);
  if (node->choices == NULL) {
    lua_pop(L, 1);
    return oom(c);
  }
  node->n_choices = n;
  for (int i = 0; i < n; i++) {
    if (lua_rawgeti(L, ct, i + 1) != LUA_TTABLE) {
      st = cfail(c, field_line(c, "choices"),
                 "choice %d must be a table, not a %s", i + 1, type_of(L, -1));
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

static rp_status compile_ending(compiler *c, int t, scn_node *node) {
  lua_State *L = c->L;
  rp_status st;
  c->line = node->line;
  where_lazy(c, node, -1, NULL);
  if ((st = check_fields(c, t, ENDING_FIELDS, COUNT(ENDING_FIELDS),
                         "an ending")) ||
      (st = get_text(c, t, "say", true, &node->say, &node->fn_say)) ||
      (st = push_table(c, t, "outcome", true)))
    return st;
  int o = lua_gettop(L);
  const char *result = NULL;
  long long value = 0, days = -1;
  if (!(st = check_fields(c, o, OUTCOME_FIELDS, COUNT(OUTCOME_FIELDS),
                          "an outcome")) &&
      !(st = get_string(c, o, "result", true, &result)) &&
      !(st = get_int(c, o, "deal_value", false, 0, (long long)1e15, &value)) &&
      !(st = get_int(c, o, "days_to_close", false, 0, 36500, &days))) {
    int r = pick(result, RESULTS, COUNT(RESULTS));
    if (r < 0)
      st = cfail(c, field_line(c, "result"),
                 "outcome result '%s' must be won, stalled or lost", result);
    node->outcome.result = (scn_result)r;
  }
  lua_pop(L, 1);
  node->outcome.deal_value = value;
  node->outcome.days_to_close = (int)days;
  return st;
}

static rp_status compile_graph(compiler *c, int t) {
  scn_scenario *s = c->s;
  lua_State *L = c->L;
  int nn = 0, ne = 0;
  rp_status st = index_nodes(c, t, &nn, &ne);
  if (st)
    return st;
  for (int pass = 0; pass < 2; pass++) {
    const char *field = pass == 0 ? "nodes" : "endings";
    lua_pushstring(L, field);
    lua_rawget(L, t);
    int tab = lua_gettop(L);
    int from = pass == 0 ? 0 : nn, to = pass == 0 ? nn : nn + ne;
    for (int i = from; i < to; i++) {
      scn_node *node = &s->nodes[i];
      lua_pushstring(L, node->id);
      if (lua_rawget(L, tab) != LUA_TTABLE) {
        c->line = node->line;
        where_lazy(c, node, -1, NULL);
        st = cfail(c, node->line, "must be a table, not a %s", type_of(L, -1));
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
  where_lazy(c, NULL, -1, NULL);
  c->where[0] = '\0';
  c->line = 0;
  const char *start = NULL;
  if ((st = get_string(c, t, "start", true, &start)))
    return st;
  s->start = scn_node_find(s, start);
  int line = scn_lines_top(&c->lines, "start");
  if (s->start < 0) {
    const char *hint = suggest_node(c, start);
    return hint ? cfail(c, line,
                        "start node '%s' does not exist (did you "
                        "mean '%s'?)",
                        start, hint)
                : cfail(c, line, "start node '%s' does not exist", start);
  }
  if (s->nodes[s->start].is_ending)
    return cfail(c, line, "start '%s' is an ending; start at a node", start);
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
    return cfail(c, 0,
                 "the file must end with 'return scenario { ... }' "
                 "(it returned %s%s)",
                 lua_isnil(L, t) ? "" : "a ",
                 lua_isnil(L, t) ? "nothing" : type_of(L, t));
  }
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, lua_topointer(L, t)) == LUA_TNIL) {
    lua_pop(L, 1);
    return cfail(c, 0,
                 "the file returned a plain table; write 'return "
                 "scenario { ... }'");
  }
  lua_pop(L, 1);
  rp_status st;
  c->line = 1;
  if ((st = check_fields(c, t, TOP_FIELDS, COUNT(TOP_FIELDS), "the scenario")))
    return st;
  /* Top-level errors point at the scenario's id, the nearest thing to the
   * line of `scenario {` the source index knows. */
  c->line = scn_lines_top(&c->lines, "id");
  snprintf(c->where, sizeof c->where, "scenario");
  c->shuffle = true;
  if ((st = compile_identity(c, t)) ||
      (st = get_bool(c, t, "shuffle", &c->shuffle)))
    return st;
  c->where[0] = '\0';
  if ((st = compile_prospect(c, t)) || (st = compile_meters(c, t)) ||
      (st = compile_facts(c, t)) || (st = compile_graph(c, t)))
    return st;
  c->s->fn_tests = SCN_NOFN;
  lua_pushliteral(L, "tests");
  int ty = lua_rawget(L, t);
  if (ty == LUA_TTABLE) {
    c->s->fn_tests = luaL_ref(L, LUA_REGISTRYINDEX);
  } else {
    lua_pop(L, 1);
    if (ty != LUA_TNIL)
      return cfail(c, scn_lines_top(&c->lines, "tests"),
                   "field 'tests' must be a table, not a %s",
                   lua_typename(L, ty));
  }
  return RP_OK;
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
    oom(&c);
    goto fail;
  }
  rp_sha256_hex(src, len, s->sha256);
  if (scn_lines_build(&c.lines, s->mem, src, len) != 0) {
    oom(&c);
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
    oom(&c);
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
