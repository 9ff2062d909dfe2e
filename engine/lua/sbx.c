/*
 * sbx.c -- the sandbox's state and its limits: the allocator with the
 * memory cap, the instruction budgets and the time limit, and the calls
 * into scenario code with their "file:line: message" errors.  See sbx.h;
 * what scenario code can reach is in sbx_env.c, the memory under the cap
 * in sbx_pool.c.
 */
#include "lua/sbx.h"

#include <lauxlib.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sbx_env.h"
#include "sbx_match.h"
#include "sbx_pool.h"

/* The count hook runs every HOOK_STEP instructions while budget remains. */
#define HOOK_STEP 1000

/* A budget error raised this many calls deep is reported as recursion. */
#define SBX_DEEP_CALLS 10000

struct sbx {
  lua_State *L;
  sbx_pool pool; /* the memory under the cap */
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

static void budget_hook(lua_State *L, lua_Debug *ar);

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
    sbx_pool_realloc(&s->pool, ptr, osize, 0);
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
  void *p = sbx_pool_realloc(&s->pool, ptr, osize, nsize);
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

/* The CPU time this thread has used.  Not the process's: under `rapport
 * grade --jobs N` the other workers' time would count against this call,
 * so a call well within the limit would fail on a busy run and pass on a
 * quiet one (grading must not depend on the number of threads). */
#define CPU_CLOCK CLOCK_THREAD_CPUTIME_ID

/* Whether SBX_TIME_LIMIT has passed since the budget's first hook.  The
 * wall clock is cheap enough to read every HOOK_STEP instructions; CPU
 * time (a system call) is read only once the wall clock says the limit
 * passed, so a machine busy with other work does not fail a scenario. */
static bool out_of_time(sbx *s) {
  double wall = clock_seconds(CLOCK_MONOTONIC);
  if (s->wall0 == 0) {
    s->wall0 = wall;
    s->wall_next = wall + SBX_TIME_LIMIT;
    s->cpu0 = clock_seconds(CPU_CLOCK);
    return false;
  }
  if (wall < s->wall_next)
    return false;
  double cpu = clock_seconds(CPU_CLOCK) - s->cpu0;
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
    sbx_pool_release(&s->pool);
    free(s);
    rp_fail(err, RP_ENOMEM, "out of memory creating the Lua sandbox");
    return NULL;
  }
  lua_pushcfunction(s->L, sbx_env_build);
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
  sbx_pool_release(&s->pool);
  free(s);
}

lua_State *sbx_state(sbx *s) { return s->L; }

size_t sbx_memory(const sbx *s) { return s->used; }

void sbx_charge_total(sbx *s, long n) { s->total -= n; }

void sbx_bind_rng(sbx *s, uint64_t *state) { s->rng = state; }

uint64_t *sbx_rng(lua_State *L) { return get_sbx(L)->rng; }

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
  sbx_env_push(L);
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
