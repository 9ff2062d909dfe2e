/* scn_lines.c -- a one-pass index of `key =` and `id = "x"` lines.
 *
 * A 10,000-node scenario has some 300,000 keys.  Each is looked up once in
 * its map by a hash of its bytes where it stands in the source (no copy),
 * and its (name, line) pair appended to one array; when the scan is done a
 * counting sort by name turns the pairs into one sorted run of lines per
 * name.  (A list per name, grown by realloc, and a NUL-terminated copy of
 * every key for the lookup took a tenth of the load.) */
#include "core/scn_lines.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/rp_pages.h"

typedef struct scn_lname {
  const char *s; /* in the source, not NUL-terminated */
  int len;
  uint32_t hash;
  int start, count; /* into lines, after the scan */
  int last;         /* the last line added, to add each line once */
} scn_lname;

static uint32_t hash_bytes(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static int map_grow(scn_lmap *m) {
  int cap = m->cap_table ? m->cap_table * 2 : 256;
  int *t = calloc((size_t)cap, sizeof *t);
  if (t == NULL)
    return -1;
  for (int i = 0; i < m->n_names; i++) {
    size_t j = m->names[i].hash & (unsigned)(cap - 1);
    while (t[j] != 0)
      j = (j + 1) & (unsigned)(cap - 1);
    t[j] = i + 1;
  }
  free(m->table);
  m->table = t;
  m->cap_table = cap;
  return 0;
}

/* The index of name (n bytes, hash h), or -1 when absent. */
static int map_find(const scn_lmap *m, const char *name, size_t n, uint32_t h) {
  if (m->cap_table == 0)
    return -1;
  for (size_t j = h & (unsigned)(m->cap_table - 1); m->table[j] != 0;
       j = (j + 1) & (unsigned)(m->cap_table - 1)) {
    const scn_lname *e = &m->names[m->table[j] - 1];
    if (e->hash == h && (size_t)e->len == n && memcmp(e->s, name, n) == 0)
      return m->table[j] - 1;
  }
  return -1;
}

/* Records that name (len bytes at s) appears on line. */
static int add(scn_lmap *m, const char *s, size_t len, int line) {
  if (len >= 128)
    return 0; /* names that long are not worth a line number */
  uint32_t h = hash_bytes(s, len);
  int i = map_find(m, s, len, h);
  if (i < 0) {
    if ((m->n_names + 1) * 2 > m->cap_table && map_grow(m) != 0)
      return -1;
    if (m->n_names == m->cap_names) {
      int cap = m->cap_names ? m->cap_names * 2 : 64;
      scn_lname *g = realloc(m->names, (size_t)cap * sizeof *g);
      if (g == NULL)
        return -1;
      m->names = g;
      m->cap_names = cap;
    }
    i = m->n_names++;
    m->names[i] = (scn_lname){s, (int)len, h, 0, 0, 0};
    size_t j = h & (unsigned)(m->cap_table - 1);
    while (m->table[j] != 0)
      j = (j + 1) & (unsigned)(m->cap_table - 1);
    m->table[j] = i + 1;
  }
  scn_lname *e = &m->names[i];
  if (e->count > 0 && e->last == line)
    return 0;
  if (m->n_pending + 2 > m->cap_pending) {
    size_t cap = m->cap_pending ? m->cap_pending * 2 : 1024;
    int *g = rp_pages_realloc(m->pending, m->cap_pending * sizeof *g,
                              cap * sizeof *g);
    if (g == NULL)
      return -1;
    m->pending = g;
    m->cap_pending = cap;
  }
  m->pending[m->n_pending++] = i;
  m->pending[m->n_pending++] = line;
  e->count++;
  e->last = line;
  return 0;
}

/* Sorts the pending pairs into one ascending run of lines per name. */
static int map_finish(scn_lmap *m) {
  size_t n = m->n_pending / 2;
  m->lines = malloc((n > 0 ? n : 1) * sizeof *m->lines);
  /* (malloc: the lines are read back a few thousand times at most) */
  if (m->lines == NULL)
    return -1;
  int at = 0;
  for (int i = 0; i < m->n_names; i++) {
    m->names[i].start = at;
    at += m->names[i].count;
    m->names[i].last = m->names[i].start; /* now: where the next one goes */
  }
  for (size_t k = 0; k < m->n_pending; k += 2)
    m->lines[m->names[m->pending[k]].last++] = m->pending[k + 1];
  rp_pages_free(m->pending, m->cap_pending * sizeof *m->pending);
  m->pending = NULL;
  m->n_pending = m->cap_pending = 0;
  return 0;
}

static void map_free(scn_lmap *m) {
  free(m->names);
  free(m->table);
  free(m->lines);
  rp_pages_free(m->pending, m->cap_pending * sizeof *m->pending);
  memset(m, 0, sizeof *m);
}

/* Identifier characters, as Lua's lexer has them (ASCII, no locale). */
static const unsigned char IDENT[256] = {
    ['_'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1,
    ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1,
    ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1,
    ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1,
    ['x'] = 1, ['y'] = 1, ['z'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1,
    ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1,
    ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1,
    ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
    ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['0'] = 2,
    ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2, ['5'] = 2, ['6'] = 2,
    ['7'] = 2, ['8'] = 2, ['9'] = 2};

static int is_ident_start(unsigned char c) { return IDENT[c] == 1; }
static int is_ident(unsigned char c) { return IDENT[c] != 0; }

/* Skips a long bracket [[...]] / [==[...]==] starting at p (which points at
 * the first '['); returns the position after it and counts lines. */
static size_t skip_long(const char *s, size_t len, size_t p, int *line) {
  size_t q = p + 1;
  int level = 0;
  while (q < len && s[q] == '=') {
    level++;
    q++;
  }
  if (q >= len || s[q] != '[')
    return p + 1;
  for (q++; q < len; q++) {
    if (s[q] == '\n')
      (*line)++;
    else if (s[q] == ']') {
      size_t r = q + 1;
      int l = 0;
      while (r < len && s[r] == '=') {
        l++;
        r++;
      }
      if (l == level && r < len && s[r] == ']')
        return r + 1;
    }
  }
  return len;
}

static size_t skip_space(const char *s, size_t len, size_t p) {
  while (p < len && (s[p] == ' ' || s[p] == '\t'))
    p++;
  return p;
}

static int scan(scn_lines *ix, const char *s, size_t len) {
  int line = 1, depth = 0;
  size_t p = 0;
  while (p < len) {
    char c = s[p];
    if (c == '\n') {
      line++;
      p++;
    } else if (c == '-' && p + 1 < len && s[p + 1] == '-') {
      p += 2;
      if (p < len && s[p] == '[') {
        size_t q = skip_long(s, len, p, &line);
        if (q != p + 1) {
          p = q;
          continue;
        }
      }
      const char *nl = memchr(s + p, '\n', len - p);
      p = nl != NULL ? (size_t)(nl - s) : len;
    } else if (c == '"' || c == '\'') {
      for (p++; p < len && s[p] != c && s[p] != '\n'; p++)
        if (s[p] == '\\' && p + 1 < len) {
          if (s[p + 1] == '\n')
            line++;
          p++;
        }
      p++;
    } else if (c == '[' && p + 1 < len &&
               (s[p + 1] == '[' || s[p + 1] == '=')) {
      p = skip_long(s, len, p, &line);
    } else if (c == '[' && p + 1 < len &&
               (s[p + 1] == '"' || s[p + 1] == '\'')) {
      /* ["key"] = */
      char q = s[p + 1];
      size_t b = p + 2, e = b;
      while (e < len && s[e] != q && s[e] != '\n')
        e++;
      size_t r = e + 1;
      if (r < len && s[r] == ']') {
        size_t t = skip_space(s, len, r + 1);
        if (t < len && s[t] == '=' && (t + 1 >= len || s[t + 1] != '=') &&
            add(&ix->keys, s + b, e - b, line) < 0)
          return -1;
      }
      p = e + 1;
    } else if (is_ident_start((unsigned char)c) &&
               (p == 0 ||
                (!is_ident((unsigned char)s[p - 1]) && s[p - 1] != '.'))) {
      size_t b = p;
      while (p < len && is_ident((unsigned char)s[p]))
        p++;
      size_t e = p;
      size_t t = skip_space(s, len, p);
      if (t < len && s[t] == '=' && (t + 1 >= len || s[t + 1] != '=')) {
        if (add(&ix->keys, s + b, e - b, line) < 0 ||
            (depth == 1 && add(&ix->top, s + b, e - b, line) < 0))
          return -1;
        /* `id = "x"` (nodes' choices) and `name = "x"` (tests) */
        if ((e - b == 2 && memcmp(s + b, "id", 2) == 0) ||
            (e - b == 4 && memcmp(s + b, "name", 4) == 0)) {
          size_t v = skip_space(s, len, t + 1);
          if (v < len && (s[v] == '"' || s[v] == '\'')) {
            size_t w = v + 1;
            while (w < len && s[w] != s[v] && s[w] != '\n' && s[w] != '\\')
              w++;
            if (w < len && s[w] == s[v] &&
                add(&ix->ids, s + v + 1, w - v - 1, line) < 0)
              return -1;
          }
        }
      }
    } else {
      if (c == '{')
        depth++;
      else if (c == '}' && depth > 0)
        depth--;
      p++;
    }
  }
  return 0;
}

int scn_lines_build(scn_lines *ix, rp_arena *mem, const char *s, size_t len) {
  (void)mem;
  memset(ix, 0, sizeof *ix);
  if (scan(ix, s, len) != 0 || map_finish(&ix->keys) != 0 ||
      map_finish(&ix->ids) != 0 || map_finish(&ix->top) != 0)
    return -1;
  return 0;
}

void scn_lines_free(scn_lines *ix) {
  map_free(&ix->keys);
  map_free(&ix->ids);
  map_free(&ix->top);
}

/* The first of name's lines at or after `after`, or 0. */
static int first_at_or_after(const scn_lmap *m, const char *name, int after) {
  size_t n = strlen(name);
  int i = map_find(m, name, n, hash_bytes(name, n));
  if (i < 0 || m->lines == NULL)
    return 0;
  const int *v = m->lines + m->names[i].start;
  int lo = 0, hi = m->names[i].count;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (v[mid] < after)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < m->names[i].count ? v[lo] : 0;
}

int scn_lines_key(const scn_lines *ix, const char *name, int after) {
  return first_at_or_after(&ix->keys, name, after);
}

int scn_lines_id(const scn_lines *ix, const char *value, int after) {
  return first_at_or_after(&ix->ids, value, after);
}

int scn_lines_top(const scn_lines *ix, const char *name) {
  int l = first_at_or_after(&ix->top, name, 1);
  return l > 0 ? l : scn_lines_key(ix, name, 1);
}
