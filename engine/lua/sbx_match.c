/*
 * sbx_match.c -- Lua patterns with a step count.  See sbx_match.h.
 *
 * The language and the results are Lua 5.4's (manual section 6.4.1): the
 * same classes, sets, captures, back-references, %b, %f, anchors, and the
 * same rules for init, empty matches and replacement values, so a scenario
 * behaves the same as under the stock library.  tests/fuzz/fuzz_pattern.c
 * compares the two on random subjects and patterns.
 *
 * What differs is cost accounting: every step (entering the matcher, testing
 * one character against one pattern item, scanning a set or a balance) is
 * counted, and the count is charged to the sandbox's budget every
 * CHARGE_EVERY steps.  When the budget is spent the function raises an error
 * naming itself and the pattern.
 */
#define _GNU_SOURCE /* memmem: plain search in linear time */
#include "sbx_match.h"

#include <ctype.h>
#include <lauxlib.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "lua/sbx.h"

/* Lua's limits: captures per pattern, and nesting of the recursive matcher
 * (which runs on the C stack). */
#define MAX_CAPTURES 32
#define MAX_DEPTH 200

#define CAP_UNFINISHED (-1)
#define CAP_POSITION (-2)

/* Steps counted locally before they are charged in one call. */
#define CHARGE_EVERY 4096

/* Longest subject a pattern function searches (the limit predates the step
 * count; it keeps gsub's results and the captures small). */
#define SUBJECT_MAX (SBX_STRING_LIMIT / 16)

typedef struct matcher {
  lua_State *L;
  const char *fname; /* "string.find", for messages */
  const char *src, *src_end;
  const char *pat, *pat_end;
  int depth; /* nested match() calls left */
  int level; /* captures opened */
  long steps;
  struct {
    const char *init;
    ptrdiff_t len; /* or CAP_UNFINISHED, CAP_POSITION */
  } cap[MAX_CAPTURES];
} matcher;

/* Charges the steps counted so far; raises the budget error when spent. */
static void flush(matcher *m) {
  long n = m->steps;
  m->steps = 0;
  if (sbx_charge(m->L, n))
    return;
  char pat[48]; /* lua_pushfstring has no precision: cut it here */
  size_t lp = (size_t)(m->pat_end - m->pat);
  snprintf(pat, sizeof pat, "%.*s%s", lp > 40 ? 40 : (int)lp, m->pat,
           lp > 40 ? "..." : "");
  luaL_error(m->L,
             "instruction budget exceeded in %s (the pattern '%s' takes too "
             "many steps on %d bytes of text: simplify it or match a "
             "shorter text)",
             m->fname, pat, (int)(m->src_end - m->src));
}

static void count(matcher *m, long n) {
  m->steps += n;
  if (m->steps >= CHARGE_EVERY)
    flush(m);
}

/* The pattern byte at p, or '\0' at the end (Lua strings end in a NUL, and
 * Lua's matcher reads it; reading it through here keeps that explicit). */
static unsigned char pat_at(const matcher *m, const char *p) {
  return p < m->pat_end ? (unsigned char)*p : '\0';
}

static bool class_matches(int c, int cl) {
  bool res;
  switch (tolower(cl)) {
  case 'a': res = isalpha(c); break;
  case 'c': res = iscntrl(c); break;
  case 'd': res = isdigit(c); break;
  case 'g': res = isgraph(c); break;
  case 'l': res = islower(c); break;
  case 'p': res = ispunct(c); break;
  case 's': res = isspace(c); break;
  case 'u': res = isupper(c); break;
  case 'w': res = isalnum(c); break;
  case 'x': res = isxdigit(c); break;
  case 'z': res = c == 0; break; /* deprecated in the manual, still in 5.4 */
  default: return cl == c;
  }
  return isupper(cl) ? !res : res;
}

/* Whether c is in the set from p ('[') to end (its ']'). */
static bool set_matches(matcher *m, int c, const char *p, const char *end) {
  bool in = true;
  count(m, end - p);
  p++;
  if (*p == '^') {
    in = false;
    p++;
  }
  for (; p < end; p++) {
    if (*p == '%') {
      p++;
      if (class_matches(c, (unsigned char)*p))
        return in;
    } else if (p + 2 < end && p[1] == '-') {
      if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2])
        return in;
      p += 2;
    } else if ((unsigned char)*p == c) {
      return in;
    }
  }
  return !in;
}

/* The end of the single-character class starting at p. */
static const char *item_end(matcher *m, const char *p) {
  const char *start = p;
  switch (*p++) {
  case '%':
    if (p >= m->pat_end)
      luaL_error(m->L, "malformed pattern (ends with '%%')");
    return p + 1;
  case '[':
    if (pat_at(m, p) == '^')
      p++;
    do { /* the first character is part of the set, even a ']' */
      if (p >= m->pat_end)
        luaL_error(m->L, "malformed pattern (missing ']')");
      if (*p++ == '%' && p < m->pat_end)
        p++;
    } while (pat_at(m, p) != ']');
    count(m, p - start);
    return p + 1;
  default: return p;
  }
}

/* Whether the subject character at s matches the item from p to ep. */
static bool single(matcher *m, const char *s, const char *p, const char *ep) {
  if (s >= m->src_end)
    return false;
  count(m, 1);
  int c = (unsigned char)*s;
  switch (*p) {
  case '.': return true;
  case '%': return class_matches(c, (unsigned char)p[1]);
  case '[': return set_matches(m, c, p, ep - 1);
  default: return (unsigned char)*p == c;
  }
}

static const char *match(matcher *m, const char *s, const char *p);

/* %bxy at p (pointing after "%b"). */
static const char *balance(matcher *m, const char *s, const char *p) {
  if (p + 1 >= m->pat_end)
    luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
  if (s >= m->src_end || *s != *p)
    return NULL;
  char open = p[0], close = p[1];
  int depth = 1;
  const char *start = s;
  while (++s < m->src_end) {
    if (*s == close) {
      if (--depth == 0) {
        count(m, s - start);
        return s + 1;
      }
    } else if (*s == open) {
      depth++;
    }
  }
  count(m, s - start);
  return NULL;
}

/* Greedy repetition: the longest run first, then shorter ones. */
static const char *max_expand(matcher *m, const char *s, const char *p,
                              const char *ep) {
  ptrdiff_t i = 0;
  while (single(m, s + i, p, ep))
    i++;
  for (; i >= 0; i--) {
    const char *res = match(m, s + i, ep + 1);
    if (res != NULL)
      return res;
  }
  return NULL;
}

/* Lazy repetition: the shortest run first. */
static const char *min_expand(matcher *m, const char *s, const char *p,
                              const char *ep) {
  for (;;) {
    const char *res = match(m, s, ep + 1);
    if (res != NULL)
      return res;
    if (!single(m, s, p, ep))
      return NULL;
    s++;
  }
}

static const char *open_capture(matcher *m, const char *s, const char *p,
                                ptrdiff_t what) {
  if (m->level >= MAX_CAPTURES)
    luaL_error(m->L, "too many captures");
  m->cap[m->level].init = s;
  m->cap[m->level].len = what;
  m->level++;
  const char *res = match(m, s, p);
  if (res == NULL)
    m->level--;
  return res;
}

static const char *close_capture(matcher *m, const char *s, const char *p) {
  int l = m->level - 1;
  while (l >= 0 && m->cap[l].len != CAP_UNFINISHED)
    l--;
  if (l < 0)
    luaL_error(m->L, "invalid pattern capture");
  m->cap[l].len = s - m->cap[l].init;
  const char *res = match(m, s, p);
  if (res == NULL)
    m->cap[l].len = CAP_UNFINISHED;
  return res;
}

/* A back-reference %1-%9 (digit d): the same text as that capture. */
static const char *back_reference(matcher *m, const char *s, int d) {
  int l = d - '1';
  if (l < 0 || l >= m->level || m->cap[l].len == CAP_UNFINISHED)
    luaL_error(m->L, "invalid capture index %%%d", l + 1);
  ptrdiff_t len = m->cap[l].len;
  if (len < 0) /* a position capture matches no text */
    return NULL;
  count(m, len / 16 + 1);
  if (m->src_end - s >= len && memcmp(m->cap[l].init, s, (size_t)len) == 0)
    return s + len;
  return NULL;
}

/* Matches pattern p at subject position s; the end of the match or NULL.
 * Tail positions loop instead of recursing, so that only repetitions and
 * captures use the C stack (bounded by MAX_DEPTH). */
static const char *match(matcher *m, const char *s, const char *p) {
  if (m->depth-- == 0)
    luaL_error(m->L, "pattern too complex");
  for (;;) {
    count(m, 1);
    if (p >= m->pat_end)
      break;
    if (*p == '(') {
      if (pat_at(m, p + 1) == ')')
        s = open_capture(m, s, p + 2, CAP_POSITION);
      else
        s = open_capture(m, s, p + 1, CAP_UNFINISHED);
      break;
    }
    if (*p == ')') {
      s = close_capture(m, s, p + 1);
      break;
    }
    if (*p == '$' && p + 1 == m->pat_end) {
      s = s == m->src_end ? s : NULL;
      break;
    }
    if (*p == '%') {
      int next = pat_at(m, p + 1);
      if (next == 'b') {
        s = balance(m, s, p + 2);
        if (s == NULL)
          break;
        p += 4;
        continue;
      }
      if (next == 'f') {
        p += 2;
        if (pat_at(m, p) != '[')
          luaL_error(m->L, "missing '[' after '%%f' in pattern");
        const char *ep = item_end(m, p);
        int prev = s == m->src ? '\0' : (unsigned char)s[-1];
        int cur = s < m->src_end ? (unsigned char)*s : '\0';
        if (!set_matches(m, prev, p, ep - 1) &&
            set_matches(m, cur, p, ep - 1)) {
          p = ep;
          continue;
        }
        s = NULL;
        break;
      }
      if (next >= '0' && next <= '9') {
        s = back_reference(m, s, next);
        if (s == NULL)
          break;
        p += 2;
        continue;
      }
    }
    /* A single-character class with an optional repetition suffix. */
    const char *ep = item_end(m, p);
    int suffix = pat_at(m, ep);
    if (!single(m, s, p, ep)) {
      if (suffix == '*' || suffix == '?' || suffix == '-') {
        p = ep + 1; /* accept zero repetitions */
        continue;
      }
      s = NULL;
      break;
    }
    if (suffix == '?') {
      const char *res = match(m, s + 1, ep + 1);
      if (res != NULL) {
        s = res;
        break;
      }
      p = ep + 1;
      continue;
    }
    if (suffix == '+') {
      s = max_expand(m, s + 1, p, ep);
      break;
    }
    if (suffix == '*') {
      s = max_expand(m, s, p, ep);
      break;
    }
    if (suffix == '-') {
      s = min_expand(m, s, p, ep);
      break;
    }
    s++;
    p = ep;
  }
  m->depth++;
  return s;
}

static void start(matcher *m, lua_State *L, const char *fname, const char *s,
                  size_t ls, const char *p, size_t lp) {
  m->L = L;
  m->fname = fname;
  m->src = s;
  m->src_end = s + ls;
  m->pat = p;
  m->pat_end = p + lp;
  m->steps = 0;
}

static void restart(matcher *m) {
  m->level = 0;
  m->depth = MAX_DEPTH;
}

/* Capture i as a string or position; the whole match (s to e) stands in
 * for capture 0 of a pattern without captures.  Pushes it unless it is a
 * string and *text is wanted (gsub's %1), then sets *text and returns its
 * length. */
static ptrdiff_t get_capture(matcher *m, int i, const char *s, const char *e,
                             const char **text) {
  if (i >= m->level) {
    if (i != 0)
      luaL_error(m->L, "invalid capture index %%%d", i + 1);
    *text = s;
    return e - s;
  }
  ptrdiff_t len = m->cap[i].len;
  *text = m->cap[i].init;
  if (len == CAP_UNFINISHED)
    luaL_error(m->L, "unfinished capture");
  if (len == CAP_POSITION)
    lua_pushinteger(m->L, (m->cap[i].init - m->src) + 1);
  return len;
}

static void push_capture(matcher *m, int i, const char *s, const char *e) {
  const char *text;
  ptrdiff_t len = get_capture(m, i, s, e, &text);
  if (len != CAP_POSITION)
    lua_pushlstring(m->L, text, (size_t)len);
}

/* Pushes every capture (or the whole match when s is not NULL and there
 * are none); returns how many. */
static int push_captures(matcher *m, const char *s, const char *e) {
  int n = m->level == 0 && s != NULL ? 1 : m->level;
  luaL_checkstack(m->L, n, "too many captures");
  for (int i = 0; i < n; i++)
    push_capture(m, i, s, e);
  return n;
}

/* A 1-based (or negative, from the end) start position as a 0-based
 * offset; may be past the end. */
static size_t offset_of(lua_Integer pos, size_t len) {
  if (pos > 0)
    return (size_t)pos - 1;
  if (pos == 0 || pos < -(lua_Integer)len)
    return 0;
  return len + (size_t)pos;
}

static const char *checked_subject(lua_State *L, size_t *len) {
  const char *s = luaL_checklstring(L, 1, len);
  if (*len > SUBJECT_MAX)
    luaL_error(L, "pattern functions take at most %d bytes of text",
               (int)SUBJECT_MAX);
  return s;
}

static bool has_specials(const char *p, size_t lp) {
  for (size_t i = 0; i < lp; i++)
    if (strchr("^$*+?.([%-", p[i]) != NULL && p[i] != '\0')
      return true;
  return false;
}

static int find_or_match(lua_State *L, bool find) {
  size_t ls, lp;
  const char *s = checked_subject(L, &ls);
  const char *p = luaL_checklstring(L, 2, &lp);
  size_t init = offset_of(luaL_optinteger(L, 3, 1), ls);
  if (init > ls) {
    luaL_pushfail(L);
    return 1;
  }
  matcher m;
  start(&m, L, find ? "string.find" : "string.match", s, ls, p, lp);
  if (find && (lua_toboolean(L, 4) || !has_specials(p, lp))) {
    /* Two-way search: linear in both lengths, charged as such (about a
     * nanosecond a byte, as much as half an instruction). */
    count(&m, (long)((ls - init + lp) / 2 + 1));
    flush(&m);
    const char *hit = memmem(s + init, ls - init, p, lp);
    if (hit == NULL) {
      luaL_pushfail(L);
      return 1;
    }
    lua_pushinteger(L, (hit - s) + 1);
    lua_pushinteger(L, (lua_Integer)((size_t)(hit - s) + lp));
    return 2;
  }
  bool anchor = lp > 0 && *p == '^';
  if (anchor)
    m.pat++;
  const char *s1 = s + init;
  for (;;) {
    restart(&m);
    const char *e = match(&m, s1, m.pat);
    if (e != NULL) {
      flush(&m);
      if (!find)
        return push_captures(&m, s1, e);
      lua_pushinteger(L, (s1 - s) + 1);
      lua_pushinteger(L, e - s);
      return push_captures(&m, NULL, NULL) + 2;
    }
    if (anchor || s1 >= m.src_end)
      break;
    s1++;
  }
  flush(&m);
  luaL_pushfail(L);
  return 1;
}

static int l_find(lua_State *L) { return find_or_match(L, true); }
static int l_match(lua_State *L) { return find_or_match(L, false); }

/* ---- gmatch ---------------------------------------------------------------
 */

typedef struct gmatch_state {
  size_t pos;     /* where the next search starts */
  ptrdiff_t last; /* end of the last match, or -1 */
} gmatch_state;

/* Upvalues: the subject, the pattern, the state. */
static int gmatch_next(lua_State *L) {
  size_t ls, lp;
  const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls);
  const char *p = lua_tolstring(L, lua_upvalueindex(2), &lp);
  gmatch_state *g = lua_touserdata(L, lua_upvalueindex(3));
  matcher m;
  start(&m, L, "string.gmatch", s, ls, p, lp);
  for (size_t pos = g->pos; pos <= ls; pos++) {
    restart(&m);
    const char *e = match(&m, s + pos, p);
    if (e != NULL && e - s != g->last) {
      flush(&m);
      g->pos = (size_t)(e - s);
      g->last = e - s;
      return push_captures(&m, s + pos, e);
    }
  }
  g->pos = ls + 1; /* nothing more, now or on a later call */
  flush(&m);
  return 0;
}

static int l_gmatch(lua_State *L) {
  size_t ls;
  checked_subject(L, &ls);
  luaL_checkstring(L, 2);
  size_t init = offset_of(luaL_optinteger(L, 3, 1), ls);
  lua_settop(L, 2);
  gmatch_state *g = lua_newuserdatauv(L, sizeof *g, 0);
  g->pos = init > ls ? ls + 1 : init;
  g->last = -1;
  lua_pushcclosure(L, gmatch_next, 3);
  return 1;
}

/* ---- gsub -------------------------------------------------------------- */

/* Appends the replacement string (argument 3) with %0-%9 and %% expanded. */
static void add_string(matcher *m, luaL_Buffer *b, const char *s,
                       const char *e) {
  lua_State *L = m->L;
  size_t l;
  const char *r = lua_tolstring(L, 3, &l);
  const char *pct;
  count(m, (long)(l / 16 + 1));
  while ((pct = memchr(r, '%', l)) != NULL) {
    luaL_addlstring(b, r, (size_t)(pct - r));
    pct++; /* the NUL ending every Lua string makes a trailing '%' safe */
    if (*pct == '%') {
      luaL_addchar(b, '%');
    } else if (*pct == '0') {
      luaL_addlstring(b, s, (size_t)(e - s));
    } else if (isdigit((unsigned char)*pct)) {
      const char *text;
      ptrdiff_t len = get_capture(m, *pct - '1', s, e, &text);
      if (len == CAP_POSITION)
        luaL_addvalue(b);
      else
        luaL_addlstring(b, text, (size_t)len);
    } else {
      luaL_error(L, "invalid use of '%%' in replacement string");
    }
    l -= (size_t)(pct + 1 - r);
    r = pct + 1;
  }
  luaL_addlstring(b, r, l);
}

/* Appends the replacement of the match s..e; returns whether it changed
 * the text. */
static bool add_value(matcher *m, luaL_Buffer *b, const char *s, const char *e,
                      int type) {
  lua_State *L = m->L;
  if (type == LUA_TFUNCTION) {
    lua_pushvalue(L, 3);
    int n = push_captures(m, s, e);
    flush(m); /* the function's own instructions meet the hook */
    lua_call(L, n, 1);
  } else if (type == LUA_TTABLE) {
    push_capture(m, 0, s, e);
    lua_gettable(L, 3);
  } else {
    add_string(m, b, s, e);
    return true;
  }
  if (!lua_toboolean(L, -1)) { /* nil or false: keep the original */
    lua_pop(L, 1);
    luaL_addlstring(b, s, (size_t)(e - s));
    return false;
  }
  if (!lua_isstring(L, -1))
    luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
  luaL_addvalue(b);
  return true;
}

static int l_gsub(lua_State *L) {
  size_t ls, lp;
  const char *src = checked_subject(L, &ls);
  const char *p = luaL_checklstring(L, 2, &lp);
  int type = lua_type(L, 3);
  lua_Integer max = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
  luaL_argexpected(L,
                   type == LUA_TNUMBER || type == LUA_TSTRING ||
                       type == LUA_TFUNCTION || type == LUA_TTABLE,
                   3, "string/function/table");
  matcher m;
  start(&m, L, "string.gsub", src, ls, p, lp);
  bool anchor = lp > 0 && *p == '^';
  if (anchor)
    m.pat++;
  const char *last = NULL;
  bool changed = false;
  lua_Integer n = 0;
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  while (n < max) {
    restart(&m);
    const char *e = match(&m, src, m.pat);
    if (e != NULL && e != last) {
      n++;
      changed = add_value(&m, &b, src, e, type) || changed;
      src = last = e;
    } else if (src < m.src_end) {
      luaL_addchar(&b, *src++);
    } else {
      break;
    }
    if (anchor)
      break;
  }
  flush(&m);
  if (!changed) {
    lua_pushvalue(L, 1);
  } else {
    luaL_addlstring(&b, src, (size_t)(m.src_end - src));
    luaL_pushresult(&b);
  }
  lua_pushinteger(L, n);
  return 2;
}

void sbx_match_register(lua_State *L, int strtab) {
  static const luaL_Reg fns[] = {{"find", l_find},
                                 {"match", l_match},
                                 {"gmatch", l_gmatch},
                                 {"gsub", l_gsub},
                                 {NULL, NULL}};
  strtab = lua_absindex(L, strtab);
  for (const luaL_Reg *f = fns; f->name != NULL; f++) {
    lua_pushcfunction(L, f->func);
    lua_setfield(L, strtab, f->name);
  }
}
