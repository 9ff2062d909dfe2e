/* catalog.c -- the scenario search path and listing. */
#include "io/catalog.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "io/rp_fs.h"
#include "io/scn_file.h"

#ifndef RP_SHAREDIR
#define RP_SHAREDIR "/usr/local/share/rapport"
#endif

char **catalog_search_path(void) {
  const char *env = getenv("RAPPORT_PATH");
  size_t n = 3;
  for (const char *p = env; p != NULL && *p; p++)
    n += *p == ':';
  char **dirs = calloc(n + 1, sizeof *dirs);
  if (dirs == NULL)
    return NULL;
  size_t i = 0;
  dirs[i++] = strdup("scenarios");
  if (env != NULL) {
    char *copy = strdup(env), *save = NULL;
    for (char *tok = copy ? strtok_r(copy, ":", &save) : NULL; tok != NULL;
         tok = strtok_r(NULL, ":", &save))
      dirs[i++] = strdup(tok);
    free(copy);
  }
  dirs[i++] = strdup(RP_SHAREDIR "/scenarios");
  for (size_t j = 0; j < i; j++)
    if (dirs[j] == NULL) {
      catalog_path_free(dirs);
      return NULL;
    }
  return dirs;
}

void catalog_path_free(char **dirs) {
  for (char **d = dirs; d != NULL && *d != NULL; d++)
    free(*d);
  free(dirs);
}

static bool is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

rp_status catalog_resolve(const char *name, char **path, rp_error *err) {
  *path = NULL;
  if (strchr(name, '/') != NULL || ends_with(name, ".lua")) {
    if (!is_file(name))
      return rp_fail(err, RP_EINPUT, "%s: no such scenario file", name);
    *path = strdup(name);
    return *path ? RP_OK : rp_fail(err, RP_ENOMEM, "out of memory");
  }
  char **dirs = catalog_search_path();
  if (dirs == NULL)
    return rp_fail(err, RP_ENOMEM, "out of memory");
  for (char **d = dirs; *d != NULL; d++) {
    size_t n = strlen(*d) + strlen(name) + 8;
    char *p = malloc(n);
    if (p == NULL)
      break;
    snprintf(p, n, "%s/%s.lua", *d, name);
    if (is_file(p)) {
      *path = p;
      catalog_path_free(dirs);
      return RP_OK;
    }
    free(p);
  }
  catalog_path_free(dirs);
  return rp_fail(err, RP_EINPUT,
                 "no scenario '%s' (looked in ./scenarios, $RAPPORT_PATH and "
                 "%s/scenarios; 'rapport list' shows what there is)",
                 name, RP_SHAREDIR);
}

static int by_module(const void *a, const void *b) {
  const catalog_entry *x = a, *y = b;
  int c = strcmp(x->module, y->module);
  return c != 0 ? c : strcmp(x->id, y->id);
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_problem(catalog_list *l, const char *msg) {
  char **p = realloc(l->problems, (size_t)(l->n_problems + 1) * sizeof *p);
  if (p == NULL)
    return;
  l->problems = p;
  if ((p[l->n_problems] = strdup(msg)) != NULL)
    l->n_problems++;
}

static void scan_dir(catalog_list *l, const char *dir, int *cap) {
  DIR *d = opendir(dir);
  if (d == NULL)
    return;
  char **names = NULL;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.' || !ends_with(e->d_name, ".lua"))
      continue;
    char **g = realloc(names, (size_t)(n + 1) * sizeof *g);
    if (g == NULL)
      break;
    names = g;
    if ((names[n] = strdup(e->d_name)) != NULL)
      n++;
  }
  closedir(d);
  if (n > 1) /* names is NULL when the folder has no scenario */
    qsort(names, (size_t)n, sizeof *names, by_name);
  for (int i = 0; i < n; i++) {
    size_t len = strlen(dir) + strlen(names[i]) + 2;
    char *path = malloc(len);
    if (path == NULL)
      continue;
    snprintf(path, len, "%s/%s", dir, names[i]);
    rp_error err;
    scn_scenario *s = is_file(path) ? scn_load_file(path, &err) : NULL;
    if (s == NULL) {
      if (is_file(path))
        add_problem(l, err.msg);
      free(path);
      continue;
    }
    bool shadowed = false;
    for (int j = 0; j < l->n && !shadowed; j++)
      shadowed = strcmp(l->v[j].id, s->id) == 0;
    if (!shadowed && l->n == *cap) {
      int c = *cap ? *cap * 2 : 16;
      catalog_entry *v = realloc(l->v, (size_t)c * sizeof *v);
      if (v == NULL)
        shadowed = true; /* out of memory: list what we have */
      else {
        l->v = v;
        *cap = c;
      }
    }
    if (!shadowed) {
      catalog_entry *c = &l->v[l->n++];
      c->path = path;
      path = NULL;
      c->id = strdup(s->id);
      c->title = strdup(s->title);
      c->module = strdup(s->module);
      c->difficulty = strdup(s->difficulty);
      c->minutes = s->minutes;
    }
    free(path);
    scn_free(s);
  }
  for (int i = 0; i < n; i++)
    free(names[i]);
  free(names);
}

rp_status catalog_scan(catalog_list *l, rp_error *err) {
  memset(l, 0, sizeof *l);
  char **dirs = catalog_search_path();
  if (dirs == NULL)
    return rp_fail(err, RP_ENOMEM, "out of memory");
  int cap = 0;
  for (char **d = dirs; *d != NULL; d++)
    scan_dir(l, *d, &cap);
  catalog_path_free(dirs);
  for (int i = 0; i < l->n; i++)
    if (!l->v[i].id || !l->v[i].title || !l->v[i].module ||
        !l->v[i].difficulty) {
      catalog_list_free(l);
      return rp_fail(err, RP_ENOMEM, "out of memory");
    }
  if (l->n > 1) /* qsort's array must not be NULL, even for none */
    qsort(l->v, (size_t)l->n, sizeof *l->v, by_module);
  return RP_OK;
}

void catalog_list_free(catalog_list *l) {
  for (int i = 0; i < l->n; i++) {
    free(l->v[i].path);
    free(l->v[i].id);
    free(l->v[i].title);
    free(l->v[i].module);
    free(l->v[i].difficulty);
  }
  free(l->v);
  for (int i = 0; i < l->n_problems; i++)
    free(l->problems[i]);
  free(l->problems);
  memset(l, 0, sizeof *l);
}

rp_status catalog_curriculum(curriculum_curriculum *out, rp_error *err) {
  memset(out, 0, sizeof *out);
  char **dirs = catalog_search_path();
  if (dirs == NULL)
    return rp_fail(err, RP_ENOMEM, "out of memory");
  rp_status st = RP_OK;
  for (char **d = dirs; *d != NULL; d++) {
    size_t n = strlen(*d) + sizeof CURRICULUM_FILE + 2;
    char *path = malloc(n);
    if (path == NULL) {
      st = rp_fail(err, RP_ENOMEM, "out of memory");
      break;
    }
    snprintf(path, n, "%s/%s", *d, CURRICULUM_FILE);
    if (!is_file(path)) {
      free(path);
      continue;
    }
    char *text;
    size_t len;
    st = rp_fs_read(path, (size_t)1 << 20, &text, &len, err);
    if (st == RP_OK) {
      st = curriculum_parse(path, text, len, out, err);
      free(text);
    }
    free(path);
    break;
  }
  catalog_path_free(dirs);
  return st;
}

static const curriculum_curriculum *sorting;

/* Rank of a scenario: the baseline first, then module by module. */
static long rank_of(const catalog_entry *e) {
  const curriculum_curriculum *c = sorting;
  if (c->baseline != NULL && strcmp(e->id, c->baseline) == 0)
    return -1;
  for (int m = 0; m < c->n_modules; m++)
    for (int i = 0; i < c->modules[m].n_scenarios; i++)
      if (strcmp(c->modules[m].scenarios[i], e->id) == 0)
        return (long)m * 1000 + i;
  return (long)c->n_modules * 1000 + 999;
}

static int by_curriculum(const void *a, const void *b) {
  long x = rank_of(a), y = rank_of(b);
  if (x != y)
    return x < y ? -1 : 1;
  return by_module(a, b);
}

void catalog_sort(catalog_list *l, const curriculum_curriculum *c) {
  sorting = c;
  if (l->n > 1)
    qsort(l->v, (size_t)l->n, sizeof *l->v, by_curriculum);
  sorting = NULL;
}
