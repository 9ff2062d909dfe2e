/*
 * sbx.c -- the sandbox: allow-listed environment, strict globals, memory cap,
 * instruction budget, bounded string functions.  See sbx.h.
 */
#include "lua/sbx.h"

#include <lauxlib.h>
#include <limits.h>
#include <lualib.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sbx_match.h"
#include "util/rp_pages.h"
#include "util/rp_rng.h"

/* The count hook runs every HOOK_STEP instructions while budget remains. */
#define HOOK_STEP 1000

/* A budget error raised this many calls deep is reported as recursion. */
#define SBX_DEEP_CALLS 10000

/* Lua's small blocks come from a pool: free lists per size class, carved
 * out of chunks that double from CHUNK_MIN, so that from 2 MiB on a chunk
 * is on huge pages (rp_pages.h) and one fault brings 2 MiB.  Page faults
 * are what made loading slow: a scenario of 10,000 nodes makes about a
 * million small objects, and with malloc its bookkeeping was a tenth of
 * the load and faulting in 4 KiB pages a sixth (a fault costs microseconds
 * in a VM).  Classes: every 16 bytes up to POOL_SMALL (tables, strings,
 * closures), then eight per doubling up to POOL_MAX (tables' parts and the
 * parser's arrays while small, which Lua grows by doubling, and longer
 * strings), so that a block wastes at most an eighth of itself.  Bigger
 * blocks are exact rp_pages blocks, given back when freed: pooled by
 * powers of two, a script's 1 MiB strings took 2 MiB each.
 * Accounting for the memory cap is unchanged: by the sizes Lua asks for
 * (freed blocks stay in the pool until sbx_free, so the process may hold up
 * to the most memory ever live in the pool, which the cap bounds). */
#define POOL_GRAIN 16
#define POOL_LOG_SMALL 9 /* POOL_SMALL is 2^9 */
#define POOL_SMALL ((size_t)1 << POOL_LOG_SMALL)
#define POOL_LOG_MAX 16
#define POOL_MAX ((size_t)1 << POOL_LOG_MAX)
/* classes up to POOL_SMALL */
#define N_SMALL ((int)(POOL_SMALL / POOL_GRAIN))
#define POOL_LOG_STEPS 3 /* classes per doubling above POOL_SMALL: 2^3 */
#define POOL_STEPS (1 << POOL_LOG_STEPS)
#define POOL_CLASSES (N_SMALL + (POOL_LOG_MAX - POOL_LOG_SMALL) * POOL_STEPS)
#define CHUNK_MIN ((size_t)64 * 1024)
#define CHUNK_MAX ((size_t)8 * 1024 * 1024)

typedef struct chunk {
  struct chunk *next;
  size_t size; /* of the whole chunk, for rp_pages_free */
} chunk;

/* The chunk header, rounded so that blocks after it stay 16-byte aligned. */
#define CHUNK_HEADER                                                           \
  ((sizeof(chunk) + POOL_GRAIN - 1) & ~(size_t)(POOL_GRAIN - 1))

typedef struct pool {
  void *free[POOL_CLASSES];  /* a freed block holds the next one's address */
  unsigned char *bump, *end; /* the unused rest of the newest chunk */
  chunk *chunks;
  size_t next_size; /* the size of the next chunk */
} pool;

struct sbx {
  lua_State *L;
  pool pool;
  size_t used, limit;
  long left;     /* instructions left in the current budget */
  long total;    /* instructions left over the sandbox's life */
  bool capped;   /* this call's budget is what is left of the total */
  bool running;  /* a budget is running (scenario code may run) */
  bool spent;    /* budget gone: the hook fires on every instruction */
  bool mem_hit;  /* the memory cap refused an allocation in this call */
  bool sys_oom;  /* the system refused one (the machine, not the scenario) */
  bool str_hit;  /* a string longer than SBX_STRING_LIMIT was made */
  int str_line;  /* where, or 0 */
  bool time_hit; /* SBX_TIME_LIMIT passed */
  /* When the current budget's first hook fired (0: not yet), and the CPU
   * time then; the time limit is checked from there. */
  double wall0, cpu0, wall_next;
  uint64_t *rng; /* the playing session's generator, or NULL */
  char chunkname[256];
};

/* The chunk name Lua sees; expand() turns it back into the path. */
#define MARKER "\x01"

/* Registry key of the environment table scenario chunks run in. */
static const char ENV_KEY = 'e';

static void budget_hook(lua_State *L, lua_Debug *ar);

/* ---- the pool ------------------------------------------------------------ */

/* A chunk of size bytes (header included), or NULL; big ones are on huge
 * pages. */
static chunk *chunk_new(size_t size) {
  chunk *c = rp_pages_alloc(size);
  if (c != NULL)
    c->size = size;
  return c;
}

/* The class of a block of n bytes (1 <= n <= POOL_MAX). */
static int pool_class(size_t n) {
  if (n <= POOL_SMALL)
    return (int)((n - 1) / POOL_GRAIN);
  /* n in (2^log, 2^(log+1)]: step q (1 to POOL_STEPS) of that doubling */
  int log = POOL_LOG_SMALL;
  while (((size_t)2 << log) < n)
    log++;
  size_t step = (size_t)1 << (log - POOL_LOG_STEPS);
  int q = (int)((n - ((size_t)1 << log) + step - 1) / step);
  return N_SMALL + (log - POOL_LOG_SMALL) * POOL_STEPS + q - 1;
}

static size_t class_size(int k) {
  if (k < N_SMALL)
    return (size_t)(k + 1) * POOL_GRAIN;
  int j = k - N_SMALL, log = POOL_LOG_SMALL + j / POOL_STEPS;
  return ((size_t)1 << log) +
         (size_t)(j % POOL_STEPS + 1) * ((size_t)1 << (log - POOL_LOG_STEPS));
}

static void pool_put(pool *p, void *b, int k) {
  memcpy(b, &p->free[k], sizeof(void *));
  p->free[k] = b;
}

/* Gives the unused rest of the newest chunk to the free lists, as the
 * largest blocks that fit (it is a multiple of POOL_GRAIN). */
static void pool_retire_rest(pool *p) {
  for (int k = POOL_CLASSES - 1; k >= 0; k--)
    while ((size_t)(p->end - p->bump) >= class_size(k)) {
      pool_put(p, p->bump, k);
      p->bump += class_size(k);
    }
}

/* Returns a block of class k, or NULL. */
static void *pool_get(pool *p, int k) {
  void *b = p->free[k];
  if (b != NULL) {
    memcpy(&p->free[k], b, sizeof(void *));
    return b;
  }
  size_t size = class_size(k);
  if ((size_t)(p->end - p->bump) < size) {
    size_t csize = p->next_size ? p->next_size : CHUNK_MIN;
    if (csize < size + CHUNK_HEADER) /* a block bigger than the next chunk */
      csize = size * 2;
    chunk *c = chunk_new(csize);
    if (c == NULL)
      return NULL;
    pool_retire_rest(p);
    c->next = p->chunks;
    p->chunks = c;
    p->bump = (unsigned char *)c + CHUNK_HEADER;
    p->end = (unsigned char *)c + csize;
    if (p->next_size < CHUNK_MAX)
      p->next_size = csize < CHUNK_MAX ? csize * 2 : CHUNK_MAX;
  }
  b = p->bump;
  p->bump += size;
  return b;
}

static void pool_release(pool *p) {
  while (p->chunks != NULL) {
    chunk *next = p->chunks->next;
    rp_pages_free(p->chunks, p->chunks->size);
    p->chunks = next;
  }
  memset(p, 0, sizeof *p);
}

/* AddressSanitizer cannot see inside a pool: sanitizer builds give every
 * block to malloc, so that a C function misusing Lua's memory is caught
 * as before. */
#if defined(__SANITIZE_ADDRESS__)
#define POOL_ENABLED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_ENABLED 0
#endif
#endif
#ifndef POOL_ENABLED
#define POOL_ENABLED 1
#endif

/* Lua's allocator contract on the pool and malloc: a block of osize bytes
 * (Lua always passes the size it asked for) lives in the pool exactly when
 * osize <= POOL_MAX. */
static void *pool_realloc(pool *p, void *ptr, size_t osize, size_t nsize) {
  if (!POOL_ENABLED) {
    if (nsize > 0)
      return realloc(ptr, nsize);
    free(ptr);
    return NULL;
  }
  bool old_pooled = ptr != NULL && osize <= POOL_MAX;
  if (nsize == 0) {
    if (old_pooled)
      pool_put(p, ptr, pool_class(osize));
    else
      rp_pages_free(ptr, osize);
    return NULL;
  }
  if (nsize > POOL_MAX) {
    if (ptr == NULL || !old_pooled)
      return rp_pages_realloc(ptr, ptr != NULL ? osize : 0, nsize);
    void *n = rp_pages_realloc(NULL, 0, nsize);
    if (n != NULL) {
      memcpy(n, ptr, osize);
      pool_put(p, ptr, pool_class(osize));
    }
    return n;
  }
  int k = pool_class(nsize);
  if (old_pooled && pool_class(osize) == k)
    return ptr;
  void *n = pool_get(p, k);
  if (n != NULL && ptr != NULL) {
    memcpy(n, ptr, osize < nsize ? osize : nsize);
    if (old_pooled)
      pool_put(p, ptr, pool_class(osize));
    else
      rp_pages_free(ptr, osize);
  }
  return n;
}

/* Bytes of allocation charged as one instruction: copying and clearing
 * memory in C (a concatenation, table.concat, string.upper) is work the
 * count hook never sees.  Four is dear enough that a loop of megabyte
 * copies spends the budget before the time limit even under ASan, whose
 * allocator is slow; the 100,000-node scenario's load costs 15% of it. */
#define ALLOC_BYTES_PER_STEP 4

/* A string's header, beside its bytes (TString is 24 bytes in Lua 5.4). */
#define STRING_OVERHEAD 64

/* Makes the error sticky: the hook now fires on every instruction, so a
 * script that catches it with pcall meets it again at once. */
static void make_sticky(sbx *s) {
  if (s->L != NULL)
    lua_sethook(s->L, budget_hook, LUA_MASKCOUNT, 1);
}

/* The allocator: the pool with a ceiling (cf. ltests.c debug_realloc).
 * Returning NULL makes Lua raise a memory error, which sbx_call reports. */
static void *sbx_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  sbx *s = ud;
  size_t old = ptr != NULL ? osize : 0;
  if (nsize == 0) {
    pool_realloc(&s->pool, ptr, osize, 0);
    s->used -= old;
    return NULL;
  }
  /* A new string (osize holds the type when ptr is NULL) longer than the
   * limit: comparing, hashing or scanning one is a single instruction or C
   * call, so long strings would make those arbitrarily expensive.  It is
   * made (within the memory cap) and the next instruction fails; the line
   * is noted now (reading the call stack allocates nothing). */
  if (ptr == NULL && osize == LUA_TSTRING &&
      nsize > SBX_STRING_LIMIT + STRING_OVERHEAD && !s->str_hit) {
    s->str_hit = true;
    s->str_line = 0;
    lua_Debug ar;
    for (int level = 0; s->L != NULL && s->str_line <= 0 && level < 3 &&
                        lua_getstack(s->L, level, &ar);
         level++)
      if (lua_getinfo(s->L, "l", &ar))
        s->str_line = ar.currentline;
    make_sticky(s);
  }
  if (nsize > old && s->used - old + nsize > s->limit) {
    /* Sticky, like the budget: a script that catches the memory error with
     * pcall and tries again would otherwise spin at the cap for hours. */
    if (!s->mem_hit) {
      s->mem_hit = true;
      make_sticky(s);
    }
    return NULL;
  }
  void *p = pool_realloc(&s->pool, ptr, osize, nsize);
  if (p == NULL) {
    s->sys_oom = true;
    return NULL;
  }
  s->used = s->used - old + nsize;
  if (s->running && nsize > old) {
    s->left -= (long)((nsize - old) / ALLOC_BYTES_PER_STEP);
    if (s->left <= 0 && !s->spent) {
      s->spent = true;
      make_sticky(s);
    }
  }
  return p;
}

static sbx *get_sbx(lua_State *L) {
  void *ud = NULL;
  lua_getallocf(L, &ud);
  return ud;
}

static double clock_seconds(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Whether SBX_TIME_LIMIT has passed since the budget's first hook.  The
 * wall clock is cheap enough to read every HOOK_STEP instructions; CPU
 * time (a system call) is read only once the wall clock says the limit
 * passed, so a machine busy with other work does not fail a scenario. */
static bool out_of_time(sbx *s) {
  double wall = clock_seconds(CLOCK_MONOTONIC);
  if (s->wall0 == 0) {
    s->wall0 = wall;
    s->wall_next = wall + SBX_TIME_LIMIT;
    s->cpu0 = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
    return false;
  }
  if (wall < s->wall_next)
    return false;
  double cpu = clock_seconds(CLOCK_PROCESS_CPUTIME_ID) - s->cpu0;
  if (cpu >= SBX_TIME_LIMIT)
    return true;
  s->wall_next = wall + (SBX_TIME_LIMIT - cpu);
  return false;
}

/* Once the budget is spent the hook fires on every instruction, so a script
 * that catches the error with pcall meets it again at once. */
static void budget_hook(lua_State *L, lua_Debug *ar) {
  sbx *s = get_sbx(L);
  lua_Debug probe;
  if (!s->spent && !s->mem_hit && !s->str_hit) {
    s->left -= HOOK_STEP;
    if (s->left > 0 && !(s->time_hit = out_of_time(s)))
      return;
    s->spent = true;
    make_sticky(s);
  }
  /* luaL_error cannot see the position from inside a hook: name it here. */
  if (s->str_hit && !s->mem_hit && s->str_line > 0)
    lua_pushfstring(L, "%s:%d: ", s->chunkname, s->str_line);
  else if (lua_getinfo(L, "l", ar) && ar->currentline > 0)
    lua_pushfstring(L, "%s:%d: ", s->chunkname, ar->currentline);
  else
    lua_pushfstring(L, "%s: ", s->chunkname);
  if (s->mem_hit)
    lua_pushfstring(L,
                    "memory limit of %d MiB exceeded (a runaway table or "
                    "string?)",
                    (int)(SBX_MEMORY_LIMIT >> 20));
  else if (s->str_hit)
    lua_pushfstring(L,
                    "string longer than the limit of %d bytes (a runaway "
                    "concatenation?)",
                    (int)SBX_STRING_LIMIT);
  else if (s->capped && !s->time_hit)
    lua_pushfstring(L,
                    "the scenario's functions have run %I instructions in "
                    "all, the most one sandbox may (functions that do much "
                    "work on every call?)",
                    (lua_Integer)SBX_TOTAL_BUDGET);
  else if (s->time_hit)
    lua_pushfstring(L,
                    "time limit of %d seconds exceeded (the scenario ran too "
                    "long: an endless loop?)",
                    (int)SBX_TIME_LIMIT);
  else if (lua_getstack(L, SBX_DEEP_CALLS, &probe))
    /* Runaway recursion usually spends the budget (growing the stack is
     * charged as allocation) before Lua's own stack limit: say so, since
     * "an endless loop?" would send the author looking for a loop. */
    lua_pushfstring(L,
                    "recursion too deep: calls nested over %d deep ran "
                    "out of the instruction budget (a function that calls "
                    "itself without end?)",
                    SBX_DEEP_CALLS);
  else
    lua_pushliteral(L, "instruction budget exceeded (the scenario ran too "
                       "long: an endless loop?)");
  lua_concat(L, 2);
  lua_error(L);
}

static void set_budget(sbx *s, long budget) {
  s->left = budget;
  s->running = true;
  s->spent = s->mem_hit = s->str_hit = s->time_hit = s->sys_oom = false;
  s->wall0 = 0;
  lua_sethook(s->L, budget_hook, LUA_MASKCOUNT, HOOK_STEP);
}

bool sbx_charge(lua_State *L, long n) {
  sbx *s = get_sbx(L);
  if (s->spent || (s->left -= n) > 0)
    return !s->spent;
  s->spent = true;
  make_sticky(s);
  return false;
}

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
  sbx *s = get_sbx(L);
  if (s->rng == NULL)
    return luaL_error(L, "math.random can only be used in functions that run "
                         "during play (the seed is the session's)");
  lua_Integer lo, hi;
  switch (lua_gettop(L)) {
  case 0: lua_pushnumber(L, (lua_Number)rp_rng_unit(s->rng)); return 1;
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
  lua_pushinteger(L, (lua_Integer)rp_rng_range(s->rng, lo, hi));
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

/* Opens the libraries the sandbox uses and builds the environment.
 * Runs under lua_pcall: any failure here is out of memory. */
static int build_env(lua_State *L) {
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

sbx *sbx_new(rp_error *err) {
  sbx *s = calloc(1, sizeof *s);
  if (s == NULL) {
    rp_fail(err, RP_ENOMEM, "out of memory creating the Lua sandbox");
    return NULL;
  }
  s->limit = SBX_MEMORY_LIMIT;
  s->total = SBX_TOTAL_BUDGET;
  s->L = lua_newstate(sbx_alloc, s);
  if (s->L == NULL) {
    pool_release(&s->pool);
    free(s);
    rp_fail(err, RP_ENOMEM, "out of memory creating the Lua sandbox");
    return NULL;
  }
  lua_pushcfunction(s->L, build_env);
  if (lua_pcall(s->L, 0, 0, 0) != LUA_OK) {
    sbx_free(s);
    rp_fail(err, RP_ENOMEM, "out of memory creating the Lua sandbox");
    return NULL;
  }
  return s;
}

void sbx_free(sbx *s) {
  if (s == NULL)
    return;
  if (s->L != NULL) {
    /* No finalizers exist (l_setmetatable); the budget is spent anyway in
     * case closing runs any other scenario code. */
    s->left = 0;
    s->running = false;
    s->spent = true;
    lua_sethook(s->L, budget_hook, LUA_MASKCOUNT, 1);
    lua_close(s->L);
  }
  pool_release(&s->pool);
  free(s);
}

lua_State *sbx_state(sbx *s) { return s->L; }

size_t sbx_memory(const sbx *s) { return s->used; }

void sbx_charge_total(sbx *s, long n) { s->total -= n; }

void sbx_bind_rng(sbx *s, uint64_t *state) { s->rng = state; }

/* Copies msg into err with every "MARKER:" replaced by the chunk's path. */
static void expand(const sbx *s, const char *msg, rp_status code,
                   rp_error *err) {
  char out[RP_ERROR_MAX];
  size_t n = 0;
  for (const char *p = msg; *p && n + 1 < sizeof out; p++) {
    if (p[0] == MARKER[0] && p[1] == ':') {
      int k = snprintf(out + n, sizeof out - n, "%s", s->chunkname);
      n = k > 0 && n + (size_t)k < sizeof out ? n + (size_t)k : sizeof out - 1;
      continue;
    }
    out[n++] = *p;
  }
  out[n] = '\0';
  if (strncmp(out, s->chunkname, strlen(s->chunkname)) == 0)
    rp_fail(err, code, "%s", out);
  else /* an error raised by a C function at top level has no position */
    rp_fail(err, code, "%s: %s", s->chunkname, out);
}

/* Message handler: keeps string messages (they carry file:line already) and
 * describes any other error value without calling its metamethods, which
 * are the scenario's code. */
static int msghandler(lua_State *L) {
  if (lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER) {
    lua_tostring(L, 1);
    return 1;
  }
  /* error({}) is raised by `error` itself (a C function, no line): name
   * the first caller that has one. */
  lua_Debug ar;
  int level = 1;
  while (lua_getstack(L, level, &ar) && lua_getinfo(L, "l", &ar) &&
         ar.currentline <= 0 && level < 4)
    level++;
  luaL_where(L, level);
  lua_pushfstring(L, "error object is a %s value", luaL_typename(L, 1));
  lua_concat(L, 2);
  return 1;
}

/* Runs the function below nargs arguments with the budget; fills err. */
static rp_status protected_call(sbx *s, int nargs, int nresults, long budget,
                                rp_error *err) {
  lua_State *L = s->L;
  int base = lua_gettop(L) - nargs;
  if (s->total <= 0) {
    lua_settop(L, base - 1);
    return rp_fail(err, RP_ELIMIT,
                   "%s: the scenario's functions have run %ld instructions "
                   "in all, the most one sandbox may (functions that do "
                   "much work on every call?)",
                   s->chunkname, (long)SBX_TOTAL_BUDGET);
  }
  lua_pushcfunction(L, msghandler);
  lua_insert(L, base);
  s->capped = budget >= s->total;
  set_budget(s, s->capped ? s->total : budget);
  long given = s->left;
  int rc = lua_pcall(L, nargs, nresults, base);
  s->running = false;
  /* The hook counts in steps of HOOK_STEP: calls shorter than that cost
   * the total nothing, which is as meant (it is for heavy calls). */
  s->total -= given - (s->left > 0 ? s->left : 0);
  lua_sethook(L, NULL, 0, 0);
  lua_remove(L, base);
  if (rc == LUA_OK)
    return RP_OK;
  rp_status code = RP_ERUNTIME;
  if (rc == LUA_ERRMEM && s->sys_oom && !s->mem_hit) {
    rp_fail(err, RP_ENOMEM, "%s: out of memory", s->chunkname);
    code = RP_ENOMEM;
  } else if (rc == LUA_ERRMEM) {
    rp_fail(err, RP_ENOMEM,
            "%s: memory limit of %zu MiB exceeded (a runaway table or string?)",
            s->chunkname, SBX_MEMORY_LIMIT >> 20);
    code = RP_ENOMEM;
  } else {
    const char *msg = lua_tostring(L, -1);
    expand(s, msg != NULL ? msg : "(error without a message)", RP_ERUNTIME,
           err);
    if (s->mem_hit)
      code = RP_ENOMEM;
    else if (s->spent || s->str_hit)
      code = RP_ELIMIT;
    err->code = code;
  }
  lua_pop(L, 1);
  return code;
}

rp_status sbx_run_chunk(sbx *s, const char *chunkname, const char *src,
                        size_t len, rp_error *err) {
  lua_State *L = s->L;
  snprintf(s->chunkname, sizeof s->chunkname, "%s", chunkname);
  /* Lua cuts long chunk names to 60 bytes ("...ios/x.lua:2:"), so it gets
   * a one-byte marker and messages get the whole path back (expand()). */
  const char *name = "=" MARKER;
  /* Budget the compiler too: the parser allocates, and the cap applies. */
  s->str_hit = s->sys_oom = false;
  int rc = luaL_loadbufferx(L, src, len, name, "t");
  if (rc == LUA_OK && s->str_hit) {
    /* A literal longer than the limit cannot be refused while the parser
     * makes it; refuse the file instead. */
    lua_sethook(L, NULL, 0, 0);
    lua_pop(L, 1);
    return rp_fail(err, RP_ESCENARIO,
                   "%s: a string constant longer than the limit of %zu bytes",
                   chunkname, SBX_STRING_LIMIT);
  }
  if (rc != LUA_OK) {
    if (rc == LUA_ERRMEM) {
      lua_pop(L, 1);
      if (s->sys_oom)
        return rp_fail(err, RP_ENOMEM, "%s: out of memory", chunkname);
      return rp_fail(err, RP_ENOMEM, "%s: memory limit of %zu MiB exceeded",
                     chunkname, SBX_MEMORY_LIMIT >> 20);
    }
    const char *msg = lua_tostring(L, -1);
    /* Binary chunks are refused by mode "t"; say it in an author's words. */
    if (msg != NULL && strstr(msg, "attempt to load a binary chunk") != NULL)
      rp_fail(err, RP_ESCENARIO,
              "%s: is a compiled Lua chunk; scenarios must be Lua source text",
              chunkname);
    else
      expand(s, msg != NULL ? msg : "syntax error", RP_ESCENARIO, err);
    lua_pop(L, 1);
    return RP_ESCENARIO;
  }
  lua_rawgetp(L, LUA_REGISTRYINDEX, &ENV_KEY);
  if (lua_setupvalue(L, -2, 1) == NULL)
    lua_pop(L, 1);
  rp_status st = protected_call(s, 0, 1, SBX_LOAD_BUDGET, err);
  if (st == RP_ERUNTIME)
    err->code = st = RP_ESCENARIO;
  return st;
}

rp_status sbx_call(sbx *s, int nargs, int nresults, rp_error *err) {
  return protected_call(s, nargs, nresults, SBX_CALL_BUDGET, err);
}
