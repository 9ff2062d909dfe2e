/*
 * sbx_env.c -- the libraries and the strict environment scenario chunks
 * run in.  See sbx_env.h.
 */
#include "sbx_env.h"

#include <lauxlib.h>
#include <limits.h>
#include <lualib.h>

#include "lua/sbx.h"
#include "sbx_match.h"
#include "util/rp_rng.h"

/* Registry key of the environment table scenario chunks run in. */
static const char ENV_KEY = 'e';

/* ---- bounded string functions ------------------------------------------ */

static int l_rep(lua_State *L) {
  size_t len;
  luaL_checklstring(L, 1, &len);
  lua_Integer n = luaL_checkinteger(L, 2);
  size_t seplen = 0;
  luaL_optlstring(L, 3, "", &seplen);
  if (n <= 0 || len + seplen == 0) {
    /* Lua's rep loops n times even over empty strings: ('').rep(2^62)
     * would never return. */
    lua_pushliteral(L, "");
    return 1;
  }
  if ((lua_Unsigned)n > SBX_STRING_LIMIT / (len + seplen))
    return luaL_error(L, "string.rep: result longer than %d bytes",
                      (int)SBX_STRING_LIMIT);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* ---- table functions charged by the elements they touch ----------------- */

/* table.move(t, 1, 1e15, 2) loops 10^15 times in C, and table.sort or
 * table.concat on millions of elements take seconds per call: each is
 * charged for the elements its arguments name before it runs.  (Raw
 * lengths: __len and __index are scenario code, which the hook counts.) */
enum { T_CONCAT, T_INSERT, T_MOVE, T_REMOVE, T_SORT, T_UNPACK };
static const char *const TABLE_CHARGED[] = {"concat", "insert", "move",
                                            "remove", "sort",   "unpack"};

/* Instructions charged per element touched (a lua_geti and a lua_seti
 * cost about as much as a few VM instructions). */
#define TABLE_STEP 4

static lua_Integer int_arg(lua_State *L, int i, lua_Integer dflt) {
  int ok;
  lua_Integer v = lua_tointegerx(L, i, &ok);
  return ok ? v : dflt;
}

static lua_Integer raw_len(lua_State *L, int i) {
  return lua_type(L, i) == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, i) : 0;
}

/* Elements from..to, saturating (the arguments may be any integers). */
static long span(lua_Integer from, lua_Integer to) {
  if (to < from)
    return 0;
  lua_Unsigned n = (lua_Unsigned)to - (lua_Unsigned)from;
  return n >= (lua_Unsigned)(LONG_MAX / 64) ? LONG_MAX / 64 : (long)n + 1;
}

static int l_table_charged(lua_State *L) {
  int kind = (int)lua_tointeger(L, lua_upvalueindex(2));
  long n = 0;
  switch (kind) {
  case T_CONCAT:
    n = span(int_arg(L, 3, 1), int_arg(L, 4, raw_len(L, 1)));
    break;
  case T_MOVE: n = span(int_arg(L, 2, 1), int_arg(L, 3, 0)); break;
  case T_UNPACK:
    n = span(int_arg(L, 2, 1), int_arg(L, 3, raw_len(L, 1)));
    break;
  case T_SORT: {
    long len = (long)raw_len(L, 1), bits = 1;
    while (bits < 62 && (1L << bits) < len)
      bits++;
    n = len * bits;
    break;
  }
  default: n = (long)raw_len(L, 1); break; /* insert, remove: a shift */
  }
  if (!sbx_charge(L, n * TABLE_STEP + 1))
    return luaL_error(L,
                      "instruction budget exceeded in table.%s (the scenario "
                      "ran too long: an endless loop?)",
                      TABLE_CHARGED[kind]);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

/* Replaces string.NAME with a closure of f over the original. */
static void wrap_string_fn(lua_State *L, int strtab, const char *name,
                           lua_CFunction f) {
  lua_getfield(L, strtab, name);
  lua_pushcclosure(L, f, 1);
  lua_setfield(L, strtab, name);
}

/* ---- seeded math.random -------------------------------------------------- */

static int l_random(lua_State *L) {
  uint64_t *rng = sbx_rng(L);
  if (rng == NULL)
    return luaL_error(L, "math.random can only be used in functions that run "
                         "during play (the seed is the session's)");
  lua_Integer lo, hi;
  switch (lua_gettop(L)) {
  case 0: lua_pushnumber(L, (lua_Number)rp_rng_unit(rng)); return 1;
  case 1:
    lo = 1;
    hi = luaL_checkinteger(L, 1);
    break;
  case 2:
    lo = luaL_checkinteger(L, 1);
    hi = luaL_checkinteger(L, 2);
    break;
  default: return luaL_error(L, "wrong number of arguments to 'random'");
  }
  luaL_argcheck(L, lo <= hi, lua_gettop(L), "interval is empty");
  lua_pushinteger(L, (lua_Integer)rp_rng_range(rng, lo, hi));
  return 1;
}

/* ---- strict globals ------------------------------------------------------ */

static int l_strict_index(lua_State *L) {
  if (lua_type(L, 2) == LUA_TSTRING)
    return luaL_error(L, "undefined global '%s'", lua_tostring(L, 2));
  return luaL_error(L, "undefined global");
}

static int l_strict_newindex(lua_State *L) {
  if (lua_type(L, 2) == LUA_TSTRING)
    return luaL_error(L,
                      "assignment to undeclared global '%s' (write 'local %s' "
                      "to declare a variable)",
                      lua_tostring(L, 2), lua_tostring(L, 2));
  return luaL_error(L, "assignment to undeclared global");
}

/* setmetatable without finalizers: Lua 5.4 runs __gc with hooks off, so an
 * endless finalizer would escape the instruction budget (and hang even
 * lua_close).  A metatable only gets finalizer status if it has __gc when
 * it is set, so refusing it here is enough. */
static int l_setmetatable(lua_State *L) {
  int t = lua_type(L, 2);
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
  if (t == LUA_TTABLE) {
    lua_pushliteral(L, "__gc");
    if (lua_rawget(L, 2) != LUA_TNIL)
      return luaL_error(L, "setmetatable: __gc metamethods are not allowed "
                           "in scenarios (finalizers run outside the "
                           "instruction budget)");
    lua_pop(L, 1);
  }
  if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
    return luaL_error(L, "cannot change a protected metatable");
  lua_settop(L, 2);
  lua_setmetatable(L, 1);
  return 1;
}

/* scenario { ... }: marks the table so the loader can tell a scenario from
 * any other value a file might return. */
static int l_scenario(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  lua_pushboolean(L, 1);
  lua_rawsetp(L, LUA_REGISTRYINDEX, lua_topointer(L, 1));
  return 1;
}

/* Copies the named fields of the table at src into a new table on the
 * stack (a library as the sandbox exposes it). */
static void copy_fields(lua_State *L, int src, const char *const *names) {
  lua_newtable(L);
  for (; *names != NULL; names++) {
    lua_getfield(L, src, *names);
    lua_setfield(L, -2, *names);
  }
}

static const char *const BASE_NAMES[] = {
    "assert", "error",  "getmetatable", "ipairs",   "next",
    "pairs",  "pcall",  "rawequal",     "rawget",   "rawlen",
    "rawset", "select", "setmetatable", "tonumber", "tostring",
    "type",   "xpcall", "_VERSION",     NULL};
static const char *const STRING_NAMES[] = {
    "byte",  "char",  "find", "format",  "gmatch", "gsub",  "len",
    "lower", "match", "rep",  "reverse", "sub",    "upper", NULL};
static const char *const TABLE_NAMES[] = {"concat", "insert", "move",   "pack",
                                          "remove", "sort",   "unpack", NULL};
static const char *const MATH_NAMES[] = {
    "abs", "ceil", "exp",        "floor", "fmod",       "huge",
    "log", "max",  "maxinteger", "min",   "mininteger", "modf",
    "pi",  "sqrt", "tointeger",  "type",  "ult",        "sin",
    "cos", "tan",  "asin",       "acos",  "atan",       NULL};
static const char *const UTF8_NAMES[] = {
    "char", "charpattern", "codepoint", "codes", "len", "offset", NULL};

int sbx_env_build(lua_State *L) {
  /* Only these libraries are opened at all (cf. linit.c): io, os, package,
   * debug and coroutine never exist in this state. */
  luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
  luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
  luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
  const int g = 1, str = 2, tab = 3, math = 4, utf8 = 5;

  /* Bound the string functions in the real library table too: methods on
   * strings ("x"):rep(n) reach it through the string metatable. */
  wrap_string_fn(L, str, "rep", l_rep);
  sbx_match_register(L, str);
  lua_pushnil(L);
  lua_setfield(L, str, "dump");
  /* Protect the string metatable from getmetatable("").__index = ... */
  lua_pushliteral(L, "");
  if (lua_getmetatable(L, -1)) {
    lua_pushliteral(L, "protected");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
  }
  lua_pop(L, 1);

  copy_fields(L, g, BASE_NAMES); /* the environment */
  int env = lua_gettop(L);
  lua_pushcfunction(L, l_setmetatable);
  lua_setfield(L, env, "setmetatable");
  copy_fields(L, str, STRING_NAMES);
  lua_setfield(L, env, "string");
  copy_fields(L, tab, TABLE_NAMES);
  /* Only the sandbox's copies are wrapped: the originals stay in the
   * library table, where error messages find their names. */
  for (int k = T_CONCAT; k <= T_UNPACK; k++) {
    lua_getfield(L, -1, TABLE_CHARGED[k]);
    lua_pushinteger(L, k);
    lua_pushcclosure(L, l_table_charged, 2);
    lua_setfield(L, -2, TABLE_CHARGED[k]);
  }
  lua_setfield(L, env, "table");
  copy_fields(L, math, MATH_NAMES);
  lua_pushcfunction(L, l_random);
  lua_setfield(L, -2, "random");
  lua_setfield(L, env, "math");
  copy_fields(L, utf8, UTF8_NAMES);
  lua_setfield(L, env, "utf8");
  lua_pushcfunction(L, l_scenario);
  lua_setfield(L, env, "scenario");
  lua_pushvalue(L, env);
  lua_setfield(L, env, "_G");

  lua_newtable(L); /* strict metatable */
  lua_pushcfunction(L, l_strict_index);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, l_strict_newindex);
  lua_setfield(L, -2, "__newindex");
  lua_pushliteral(L, "protected");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, env);

  lua_pushvalue(L, env);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &ENV_KEY);

  /* The real globals table holds the unbounded originals (load, dofile...):
   * empty it so nothing can reach them even through a leaked reference. */
  lua_pushnil(L);
  while (lua_next(L, g) != 0) {
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_pushnil(L);
    lua_rawset(L, g);
  }
  return 0;
}

void sbx_env_push(lua_State *L) { lua_rawgetp(L, LUA_REGISTRYINDEX, &ENV_KEY); }
