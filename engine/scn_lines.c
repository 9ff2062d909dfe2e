/* scn_lines.c -- a one-pass index of `key =` and `id = "x"` lines. */
#include "scn_lines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int add(scn_lines *ix, rp_strmap *map, const char *name, size_t len,
               int line) {
  char stackbuf[128];
  char *key = len < sizeof stackbuf ? stackbuf : NULL;
  if (key == NULL)
    return 0; /* ids that long are not worth a line number */
  memcpy(key, name, len);
  key[len] = '\0';
  int i = rp_strmap_get(map, key);
  if (i < 0) {
    if (ix->n_lists == ix->cap_lists) {
      int cap = ix->cap_lists ? ix->cap_lists * 2 : 64;
      int **l = realloc(ix->lists, (size_t)cap * sizeof *l);
      if (l == NULL)
        return -1;
      ix->lists = l;
      ix->cap_lists = cap;
    }
    char *owned = rp_arena_strndup(ix->mem, name, len);
    int *list = malloc(3 * sizeof *list);
    if (owned == NULL || list == NULL) {
      free(list);
      return -1;
    }
    list[0] = 0;
    list[1] = 1;
    i = ix->n_lists;
    ix->lists[ix->n_lists++] = list;
    if (rp_strmap_put(map, owned, i, NULL) < 0)
      return -1;
  }
  /* list[0] is the count, list[1] the capacity, lines from list[2]. */
  int *list = ix->lists[i];
  int n = list[0];
  if (n > 0 && list[n + 1] == line)
    return 0;
  if (n == list[1]) {
    int *grown = realloc(list, (size_t)(2 + 2 * n) * sizeof *list);
    if (grown == NULL)
      return -1;
    grown[1] = 2 * n;
    ix->lists[i] = list = grown;
  }
  list[n + 2] = line;
  list[0] = n + 1;
  return 0;
}

static int is_ident_start(int c) { return isalpha(c) || c == '_'; }
static int is_ident(int c) { return isalnum(c) || c == '_'; }

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

int scn_lines_build(scn_lines *ix, rp_arena *mem, const char *s, size_t len) {
  memset(ix, 0, sizeof *ix);
  rp_strmap_init(&ix->keys);
  rp_strmap_init(&ix->ids);
  rp_strmap_init(&ix->top);
  ix->mem = mem;
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
      while (p < len && s[p] != '\n')
        p++;
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
            add(ix, &ix->keys, s + b, e - b, line) < 0)
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
        if (add(ix, &ix->keys, s + b, e - b, line) < 0 ||
            (depth == 1 && add(ix, &ix->top, s + b, e - b, line) < 0))
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
                add(ix, &ix->ids, s + v + 1, w - v - 1, line) < 0)
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

void scn_lines_free(scn_lines *ix) {
  for (int i = 0; i < ix->n_lists; i++)
    free(ix->lists[i]);
  free(ix->lists);
  rp_strmap_free(&ix->keys);
  rp_strmap_free(&ix->ids);
  rp_strmap_free(&ix->top);
  memset(ix, 0, sizeof *ix);
}

static int first_at_or_after(const int *list, int after) {
  const int *v = list + 2;
  int lo = 0, hi = list[0];
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (v[mid] < after)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < list[0] ? v[lo] : 0;
}

int scn_lines_key(const scn_lines *ix, const char *name, int after) {
  int i = rp_strmap_get(&ix->keys, name);
  return i < 0 ? 0 : first_at_or_after(ix->lists[i], after);
}

int scn_lines_id(const scn_lines *ix, const char *value, int after) {
  int i = rp_strmap_get(&ix->ids, value);
  return i < 0 ? 0 : first_at_or_after(ix->lists[i], after);
}

int scn_lines_top(const scn_lines *ix, const char *name) {
  int i = rp_strmap_get(&ix->top, name);
  int l = i < 0 ? 0 : first_at_or_after(ix->lists[i], 1);
  return l > 0 ? l : scn_lines_key(ix, name, 1);
}
