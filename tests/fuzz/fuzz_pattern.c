/*
 * fuzz_pattern.c -- the sandbox's pattern functions (sbx_match.c) against
 * Lua's own string library, on the same subjects, patterns and replacements.
 *
 * Input: byte 0 the operation, byte 1 init (or gsub's count), byte 2 the
 * subject's length, byte 3 the pattern's length, then the subject, the
 * pattern and a replacement string.  Both must succeed with the same values
 * or fail with the same message.  The sandbox runs first: when its budget
 * runs out the stock matcher (which no budget bounds) is not asked at all,
 * since it would take as long.
 */
#include "fuzz.h"

#include <lauxlib.h>
#include <lualib.h>
#include <string.h>

#include "lua/sbx.h"
#include "util/rp_buf.h"

static const char HARNESS[] =
    "return function(op, s, p, r, init)\n"
    "  if op == 0 then return string.find(s, p, init) end\n"
    "  if op == 1 then return string.find(s, p, init, true) end\n"
    "  if op == 2 then return string.match(s, p, init) end\n"
    "  if op == 3 then\n"
    "    local out = {}\n"
    "    for a, b, c in string.gmatch(s, p, init) do\n"
    "      out[#out + 1] = tostring(a) .. '|' .. tostring(b) .. '|' ..\n"
    "                      tostring(c)\n"
    "      if #out > 40 then break end\n"
    "    end\n"
    "    return table.concat(out, ',')\n"
    "  end\n"
    "  if op == 4 then return string.gsub(s, p, r, init) end\n"
    "  if op == 5 then\n"
    "    return string.gsub(s, p, { a = 'A', b = false, [''] = 'E', x = 1 })\n"
    "  end\n"
    "  if op == 6 then\n"
    "    return string.gsub(s, p, function(a, b)\n"
    "      if a == 'b' then return nil end\n"
    "      if a == 'c' then return {} end\n"
    "      return tostring(a) .. '.' .. tostring(b)\n"
    "    end, init)\n"
    "  end\n"
    "  return string.find(s, p)\n"
    "end\n";

static lua_State *ref; /* stock Lua, the real string library */
static sbx *box;       /* the sandbox: sbx_match's functions */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  rp_error err;
  ref = luaL_newstate();
  box = sbx_new(&err);
  if (ref == NULL || box == NULL)
    abort();
  luaL_openlibs(ref);
  if (luaL_loadbuffer(ref, HARNESS, strlen(HARNESS), "=fuzz") != LUA_OK ||
      lua_pcall(ref, 0, 1, 0) != LUA_OK ||
      sbx_run_chunk(box, "fuzz", HARNESS, strlen(HARNESS), &err) != RP_OK)
    abort();
  return 0;
}

/* Appends the values from index `from` to the top as "type:value;". */
static void describe(lua_State *L, int from, rp_buf *b) {
  for (int i = from; i <= lua_gettop(L); i++) {
    size_t len;
    switch (lua_type(L, i)) {
    case LUA_TSTRING: {
      const char *s = lua_tolstring(L, i, &len);
      rp_buf_printf(b, "string(%zu):", len);
      for (size_t k = 0; k < len; k++)
        rp_buf_printf(b, "%02x", (unsigned char)s[k]);
      break;
    }
    case LUA_TNUMBER:
      if (lua_isinteger(L, i))
        rp_buf_printf(b, "int:%lld", (long long)lua_tointeger(L, i));
      else
        rp_buf_printf(b, "float:%.17g", lua_tonumber(L, i));
      break;
    case LUA_TBOOLEAN: rp_buf_printf(b, "bool:%d", lua_toboolean(L, i)); break;
    default: rp_buf_printf(b, "%s", luaL_typename(L, i)); break;
    }
    rp_buf_puts(b, ";");
  }
}

static void push_args(lua_State *L, int op, int init, const char *s, size_t ls,
                      const char *p, size_t lp, const char *r, size_t lr) {
  lua_pushinteger(L, op);
  lua_pushlstring(L, s, ls);
  lua_pushlstring(L, p, lp);
  lua_pushlstring(L, r, lr);
  lua_pushinteger(L, init);
}

/* A limit of the sandbox's, not a difference in matching. */
static bool sandbox_limit(const char *msg) {
  return strstr(msg, "instruction budget exceeded") != NULL ||
         strstr(msg, "instructions in all") != NULL ||
         strstr(msg, "memory limit") != NULL ||
         strstr(msg, "time limit") != NULL ||
         strstr(msg, "string longer than the limit") != NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 4)
    return 0;
  int op = data[0] % 8;
  int init = (int)(int8_t)data[1];
  size_t ls = data[2], lp = data[3] % 64;
  const char *rest = (const char *)data + 4;
  size_t left = size - 4;
  if (ls > left)
    ls = left;
  if (lp > left - ls)
    lp = left - ls;
  const char *s = rest, *p = rest + ls, *r = rest + ls + lp;
  size_t lr = left - ls - lp;

  /* The sandbox first. */
  lua_State *B = sbx_state(box);
  lua_settop(B, 1);
  lua_pushvalue(B, 1);
  push_args(B, op, init, s, ls, p, lp, r, lr);
  rp_error err;
  rp_status st = sbx_call(box, 5, LUA_MULTRET, &err);
  if (st != RP_OK && sandbox_limit(err.msg))
    return 0;
  rp_buf got = RP_BUF_INIT, want = RP_BUF_INIT;
  if (st == RP_OK)
    describe(B, 2, &got);
  else
    rp_buf_printf(&got, "error:%s", err.msg);
  lua_settop(B, 1);

  /* Then stock Lua. */
  lua_settop(ref, 1);
  lua_pushvalue(ref, 1);
  push_args(ref, op, init, s, ls, p, lp, r, lr);
  if (lua_pcall(ref, 5, LUA_MULTRET, 0) == LUA_OK)
    describe(ref, 2, &want);
  else
    rp_buf_printf(&want, "error:%s", lua_tostring(ref, -1));
  lua_settop(ref, 1);

  FUZZ_ASSERT(strcmp(rp_buf_str(&got), rp_buf_str(&want)) == 0,
              "op %d init %d\n  sandbox: %s\n  lua:     %s", op, init,
              rp_buf_str(&got), rp_buf_str(&want));
  rp_buf_free(&got);
  rp_buf_free(&want);
  return 0;
}
