/*
 * scn_eval.c -- calls an author's functions with a view of the session.
 *
 * The argument `s` is a proxy (a userdata): its fields are looked up in C on
 * demand (s.trust, s.facts.pain, s.visits.opening, s.chose.ask, s.turn), so a
 * call costs the same for a 10-node and a 100,000-node scenario, and the author
 * cannot change the session through it.  Unknown names are errors, like
 * strict globals: s.trsut is a typo, not nil.
 */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "core/scn.h"
#include "scn_internal.h"

struct scn_ctx {
  const scn_view *view; /* set for the duration of one call */
  scn_reads reads;      /* what functions have read so far */
  int ref_view;         /* registry ref of the `s` proxy */
  rp_strmap choice_ids; /* choice id -> first gid with that id */
  int *same_next;       /* gid -> next gid with the same id, or -1 */
};

enum { PROXY_ROOT, PROXY_FACTS, PROXY_VISITS, PROXY_CHOSE };

static const scn_scenario *upscn(lua_State *L) {
  return lua_touserdata(L, lua_upvalueindex(1));
}

static int l_proxy_index(lua_State *L) {
  const scn_scenario *s = upscn(L);
  int kind = (int)lua_tointeger(L, lua_upvalueindex(2));
  const scn_view *v = s->ctx->view;
  const char *k = lua_tostring(L, 2);
  if (v == NULL)
    return luaL_error(L, "the session view is only valid during the call");
  if (k == NULL || lua_type(L, 2) != LUA_TSTRING)
    return luaL_error(L, "session fields are named by strings");
  scn_reads *rd = &s->ctx->reads;
  switch (kind) {
  case PROXY_ROOT: {
    if (strcmp(k, "turn") == 0) {
      if (!rd->turn)
        rd->turn = true, rd->generation++;
      lua_pushinteger(L, v->turn);
      return 1;
    }
    if (strcmp(k, "facts") == 0 || strcmp(k, "visits") == 0 ||
        strcmp(k, "chose") == 0) {
      lua_getmetatable(L, 1);
      lua_getfield(L, -1, k);
      return 1;
    }
    int m = scn_meter_find(s, k);
    if (m < 0)
      return luaL_error(L,
                        "s.%s: no meter or field named '%s' (fields: "
                        "turn, facts, visits, chose, and the meters)",
                        k, k);
    lua_pushinteger(L, v->meters[m]);
    return 1;
  }
  case PROXY_FACTS: {
    int f = scn_fact_find(s, k);
    if (f < 0)
      return luaL_error(L, "s.facts.%s: no fact named '%s'", k, k);
    lua_pushboolean(L, (v->facts >> f) & 1);
    return 1;
  }
  case PROXY_VISITS: {
    int n = scn_node_find(s, k);
    if (n < 0)
      return luaL_error(L, "s.visits.%s: no node named '%s'", k, k);
    if (!rd->visits[n])
      rd->visits[n] = 1, rd->generation++;
    lua_pushinteger(L, v->visits[n]);
    return 1;
  }
  default: {
    int g = rp_strmap_get(&s->ctx->choice_ids, k);
    if (g < 0)
      return luaL_error(L, "s.chose.%s: no choice named '%s'", k, k);
    bool taken = false;
    for (int q = g; q >= 0; q = s->ctx->same_next[q])
      if (!rd->chose[q])
        rd->chose[q] = 1, rd->generation++;
    for (; g >= 0 && !taken; g = s->ctx->same_next[g])
      taken = v->taken[g] > 0;
    lua_pushboolean(L, taken);
    return 1;
  }
  }
}

static int l_proxy_newindex(lua_State *L) {
  return luaL_error(L, "the session view is read-only (functions describe "
                       "the conversation; choices change it)");
}

/* Pushes a proxy of the given kind; for the root, its metatable also holds
 * the three sub-proxies under their names. */
static void push_proxy(lua_State *L, scn_scenario *s, int kind) {
  /* A userdata, not a table: rawset cannot write into it, so nothing an
   * author's function does to `s` survives into the next call. */
  lua_newuserdatauv(L, 0, 0);
  lua_newtable(L);
  lua_pushlightuserdata(L, s);
  lua_pushinteger(L, kind);
  lua_pushcclosure(L, l_proxy_index, 2);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, l_proxy_newindex);
  lua_setfield(L, -2, "__newindex");
  lua_pushliteral(L, "read-only");
  lua_setfield(L, -2, "__metatable");
  if (kind == PROXY_ROOT) {
    static const char *const subs[] = {"facts", "visits", "chose"};
    for (int i = 0; i < 3; i++) {
      push_proxy(L, s, PROXY_FACTS + i);
      lua_setfield(L, -2, subs[i]);
    }
  }
  lua_setmetatable(L, -2);
}

static int setup_trampoline(lua_State *L) {
  scn_scenario *s = lua_touserdata(L, 1);
  push_proxy(L, s, PROXY_ROOT);
  s->ctx->ref_view = luaL_ref(L, LUA_REGISTRYINDEX);
  return 0;
}

rp_status scn_eval_setup(scn_scenario *s, rp_error *err) {
  struct scn_ctx *ctx = calloc(1, sizeof *ctx);
  if (ctx == NULL)
    return rp_fail(err, RP_ENOMEM, "%s: out of memory", s->chunkname);
  s->ctx = ctx;
  rp_strmap_init(&ctx->choice_ids);
  ctx->same_next = malloc((size_t)(s->n_choices > 0 ? s->n_choices : 1) *
                          sizeof *ctx->same_next);
  ctx->reads.visits = calloc((size_t)s->n_nodes, 1);
  ctx->reads.chose = calloc((size_t)s->n_choices + 1, 1);
  if (ctx->same_next == NULL || ctx->reads.visits == NULL ||
      ctx->reads.chose == NULL)
    return rp_fail(err, RP_ENOMEM, "%s: out of memory", s->chunkname);
  /* Chain choices sharing an id, last first, so s.chose.ask checks all. */
  for (int n = 0; n < s->n_nodes; n++)
    for (int i = 0; i < s->nodes[n].n_choices; i++) {
      const scn_choice *ch = &s->nodes[n].choices[i];
      int old = -1;
      int rc = rp_strmap_put(&ctx->choice_ids, ch->id, ch->gid, &old);
      if (rc < 0)
        return rp_fail(err, RP_ENOMEM, "%s: out of memory", s->chunkname);
      ctx->same_next[ch->gid] = -1;
      if (rc == 1) {
        /* Keep the first gid in the map; link this one after it. */
        ctx->same_next[ch->gid] = ctx->same_next[old];
        ctx->same_next[old] = ch->gid;
      }
    }
  lua_State *L = sbx_state(s->sandbox);
  lua_pushcfunction(L, setup_trampoline);
  lua_pushlightuserdata(L, s);
  if (lua_pcall(L, 1, 0, 0) != LUA_OK) {
    lua_pop(L, 1);
    return rp_fail(err, RP_ENOMEM, "%s: out of memory", s->chunkname);
  }
  return RP_OK;
}

const scn_reads *scn_eval_reads(const scn_scenario *s) {
  return s->ctx != NULL ? &s->ctx->reads : NULL;
}

void scn_eval_free(scn_scenario *s) {
  if (s->ctx == NULL)
    return;
  rp_strmap_free(&s->ctx->choice_ids);
  free(s->ctx->same_next);
  free(s->ctx->reads.visits);
  free(s->ctx->reads.chose);
  free(s->ctx);
  s->ctx = NULL;
}

/* The line where the author's function fn starts, for messages about what
 * it returned (the function has finished: no current line). */
static int defined_at(const scn_scenario *s, int fn) {
  lua_State *L = sbx_state(s->sandbox);
  lua_Debug ar;
  lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
  return lua_getinfo(L, ">S", &ar) ? ar.linedefined : 0;
}

/* Calls function fn with the view; leaves its one result on the stack. */
static rp_status call(const scn_scenario *s, int fn, const scn_view *v,
                      const char *what, rp_error *err) {
  lua_State *L = sbx_state(s->sandbox);
  lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
  lua_rawgeti(L, LUA_REGISTRYINDEX, s->ctx->ref_view);
  s->ctx->view = v;
  sbx_bind_rng(s->sandbox, v->rng);
  uint64_t before = v->rng != NULL ? *v->rng : 0;
  rp_status st = sbx_call(s->sandbox, 1, 1, err);
  sbx_bind_rng(s->sandbox, NULL);
  s->ctx->view = NULL;
  scn_reads *rd = &s->ctx->reads;
  if (v->rng != NULL && *v->rng != before && !rd->random)
    rd->random = true, rd->generation++;
  if (st != RP_OK) {
    size_t n = strlen(err->msg);
    snprintf(err->msg + n, sizeof err->msg - n, " (in %s)", what);
  }
  return st;
}

rp_status scn_eval_text(const scn_scenario *s, int fn, const scn_view *v,
                        const char *what, char **out, rp_error *err) {
  if (out != NULL)
    *out = NULL;
  rp_status st = call(s, fn, v, what, err);
  if (st != RP_OK)
    return st;
  lua_State *L = sbx_state(s->sandbox);
  if (lua_type(L, -1) != LUA_TSTRING) {
    rp_fail(err, RP_ERUNTIME,
            "%s:%d: %s returned %s%s; it must return a string", s->chunkname,
            defined_at(s, fn), what, lua_isnil(L, -1) ? "" : "a ",
            lua_isnil(L, -1) ? "nothing" : lua_typename(L, lua_type(L, -1)));
    lua_pop(L, 1);
    return RP_ERUNTIME;
  }
  size_t len;
  const char *text = lua_tolstring(L, -1, &len);
  /* The copy is work too (4 bytes an instruction, as allocations are), and
   * is charged even when not made: a function returning a megabyte on
   * every state would otherwise keep an exploration going for minutes. */
  sbx_charge_total(s->sandbox, (long)(len / 4));
  if (out == NULL) {
    lua_pop(L, 1);
    return RP_OK;
  }
  *out = malloc(len + 1);
  if (*out != NULL) {
    memcpy(*out, text, len + 1);
  }
  lua_pop(L, 1);
  return *out != NULL ? RP_OK
                      : rp_fail(err, RP_ENOMEM, "out of memory (in %s)", what);
}

rp_status scn_eval_when(const scn_scenario *s, int fn, const scn_view *v,
                        const char *what, bool *out, rp_error *err) {
  rp_status st = call(s, fn, v, what, err);
  if (st != RP_OK)
    return st;
  lua_State *L = sbx_state(s->sandbox);
  *out = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return RP_OK;
}

rp_status scn_eval_next(const scn_scenario *s, int fn, const scn_view *v,
                        const char *what, int *out, rp_error *err) {
  rp_status st = call(s, fn, v, what, err);
  if (st != RP_OK)
    return st;
  lua_State *L = sbx_state(s->sandbox);
  if (lua_type(L, -1) != LUA_TSTRING) {
    rp_fail(err, RP_ERUNTIME,
            "%s:%d: %s returned %s%s; it must return a node or ending id",
            s->chunkname, defined_at(s, fn), what, lua_isnil(L, -1) ? "" : "a ",
            lua_isnil(L, -1) ? "nothing" : lua_typename(L, lua_type(L, -1)));
    lua_pop(L, 1);
    return RP_ERUNTIME;
  }
  *out = scn_node_find(s, lua_tostring(L, -1));
  if (*out < 0)
    rp_fail(err, RP_ERUNTIME,
            "%s:%d: %s returned '%.80s', which is not a "
            "node or ending",
            s->chunkname, defined_at(s, fn), what, lua_tostring(L, -1));
  lua_pop(L, 1);
  return *out < 0 ? RP_ERUNTIME : RP_OK;
}
