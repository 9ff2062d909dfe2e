/*
 * sbx_table.c -- typed reads of a Lua table's fields.  See sbx_table.h.
 *
 * Every read is one raw lookup; the messages are formatted only on failure
 * (a large scenario reads hundreds of thousands of fields).
 */
#include "lua/sbx_table.h"

#include <stdio.h>
#include <string.h>

#include "util/rp_suggest.h"

int sbx_table_line(const sbx_table *r, const char *f) {
  int l = f != NULL && r->field_line != NULL && r->line > 0
              ? r->field_line(r->ud, f, r->line)
              : 0;
  return l > 0 ? l : r->line;
}

rp_status sbx_table_vfail(const sbx_table *r, int line, const char *fmt,
                          va_list ap) {
  if (r->describe != NULL)
    r->describe(r->ud);
  char msg[RP_ERROR_MAX];
  vsnprintf(msg, sizeof msg, fmt, ap);
  const char *where = r->where != NULL ? r->where : "";
  const char *sep = where[0] ? ": " : "";
  if (line > 0)
    return rp_fail(r->err, RP_ESCENARIO, "%s:%d: %s%s%s", r->chunk, line, where,
                   sep, msg);
  return rp_fail(r->err, RP_ESCENARIO, "%s: %s%s%s", r->chunk, where, sep, msg);
}

rp_status sbx_table_fail(const sbx_table *r, const char *f, const char *fmt,
                         ...) {
  va_list ap;
  va_start(ap, fmt);
  rp_status st = sbx_table_vfail(r, sbx_table_line(r, f), fmt, ap);
  va_end(ap);
  return st;
}

static const char *type_of(lua_State *L, int i) {
  return lua_typename(L, lua_type(L, i));
}

int sbx_table_get(const sbx_table *r, const char *f) {
  lua_pushstring(r->L, f);
  return lua_rawget(r->L, r->t);
}

/* The value of an absent field: an error only when it is needed. */
static rp_status absent(const sbx_table *r, const char *f, bool need) {
  return need ? sbx_table_fail(r, NULL, "missing field '%s'", f) : RP_OK;
}

rp_status sbx_table_string(const sbx_table *r, const char *f, bool need,
                           const char **out, size_t *len) {
  lua_State *L = r->L;
  *out = NULL;
  int ty = sbx_table_get(r, f);
  rp_status st = RP_OK;
  if (ty == LUA_TSTRING)
    *out = lua_tolstring(L, -1, len); /* the table keeps it alive */
  else if (ty == LUA_TNIL)
    st = absent(r, f, need);
  else
    st = sbx_table_fail(r, f, "field '%s' must be a string, not a %s", f,
                        type_of(L, -1));
  lua_pop(L, 1);
  return st;
}

rp_status sbx_table_int(const sbx_table *r, const char *f, bool need,
                        long long lo, long long hi, long long *out) {
  lua_State *L = r->L;
  int ty = sbx_table_get(r, f);
  rp_status st = RP_OK;
  if (ty == LUA_TNIL) {
    st = absent(r, f, need);
  } else if (!lua_isinteger(L, -1)) {
    /* (the type's name without an article: "not string", as always) */
    st = sbx_table_fail(r, f, "field '%s' must be a whole number, not %s", f,
                        ty == LUA_TNUMBER ? "a fraction" : type_of(L, -1));
  } else {
    lua_Integer v = lua_tointeger(L, -1);
    if (v < lo || v > hi)
      st = sbx_table_fail(r, f,
                          "field '%s' is %lld; it must be from %lld to %lld", f,
                          (long long)v, lo, hi);
    else
      *out = v;
  }
  lua_pop(L, 1);
  return st;
}

rp_status sbx_table_bool(const sbx_table *r, const char *f, bool *out) {
  lua_State *L = r->L;
  int ty = sbx_table_get(r, f);
  rp_status st = RP_OK;
  if (ty == LUA_TBOOLEAN)
    *out = lua_toboolean(L, -1);
  else if (ty != LUA_TNIL)
    st = sbx_table_fail(r, f, "field '%s' must be true or false, not a %s", f,
                        type_of(L, -1));
  lua_pop(L, 1);
  return st;
}

rp_status sbx_table_table(const sbx_table *r, const char *f, bool need,
                          sbx_table *out) {
  lua_State *L = r->L;
  *out = *r;
  out->t = 0;
  int ty = sbx_table_get(r, f);
  if (ty == LUA_TTABLE) {
    out->t = lua_gettop(L);
    return RP_OK;
  }
  rp_status st =
      ty == LUA_TNIL
          ? absent(r, f, need)
          : sbx_table_fail(r, f, "field '%s' must be a table, not a %s", f,
                           type_of(L, -1));
  lua_pop(L, 1);
  return st;
}

rp_status
sbx_table_strings(const sbx_table *r, const char *f, const char *kind, int *n,
                  rp_status (*each)(void *ud, const char *s, size_t len),
                  void *ud) {
  lua_State *L = r->L;
  *n = -1;
  int ty = sbx_table_get(r, f);
  if (ty != LUA_TTABLE) {
    lua_pop(L, 1);
    return ty == LUA_TNIL
               ? RP_OK
               : sbx_table_fail(r, f, "field '%s' must be a list of %s ids", f,
                                kind);
  }
  int list = lua_gettop(L);
  *n = (int)lua_rawlen(L, list);
  rp_status st = RP_OK;
  for (int i = 1; i <= *n && st == RP_OK; i++) {
    if (lua_rawgeti(L, list, i) != LUA_TSTRING) {
      st = sbx_table_fail(r, f, "field '%s': entry %d must be a %s id", f, i,
                          kind);
    } else {
      size_t len;
      const char *s = lua_tolstring(L, -1, &len); /* the list keeps it */
      st = each(ud, s, len);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return st;
}

/* The known field k is, or -1. */
static int known(const char *k, const char *const *fields, int n) {
  for (int i = 0; i < n; i++) /* (the first letter settles most) */
    if (k[0] == fields[i][0] && strcmp(k, fields[i]) == 0)
      return i;
  return -1;
}

rp_status sbx_table_only_known(const sbx_table *r, const char *const *fields,
                               int n, const char *what) {
  lua_State *L = r->L;
  lua_pushnil(L);
  while (lua_next(L, r->t) != 0) {
    lua_pop(L, 1);
    const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    if (k != NULL && known(k, fields, n) >= 0)
      continue;
    rp_status st;
    if (k == NULL && what != NULL) {
      st = sbx_table_fail(r, NULL,
                          "%s has an entry without a field name "
                          "(write name = value)",
                          what);
    } else {
      /* The key stays on the stack (alive) until the message is written. */
      const char *hint = k != NULL ? rp_suggest(k, fields, n) : NULL;
      const char *name = k != NULL ? k : "(not a name)";
      const char *in = r->in != NULL ? " in " : "";
      const char *nested = r->in != NULL ? r->in : "";
      int cut = SBX_TABLE_NAME_MAX;
      st = hint != NULL ? sbx_table_fail(r, k,
                                         "unknown field '%.*s'%s%s (did you "
                                         "mean '%s'?)",
                                         cut, name, in, nested, hint)
                        : sbx_table_fail(r, k, "unknown field '%.*s'%s%s", cut,
                                         name, in, nested);
    }
    lua_pop(L, 1);
    return st;
  }
  return RP_OK;
}
