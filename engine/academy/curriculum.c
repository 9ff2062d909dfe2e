/* curriculum.c -- parsing and querying the curriculum manifest.  See
 * curriculum.h. */
#include "academy/curriculum.h"

#include <cjson/cJSON.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/rp_json.h"

/* The skill a module builds, by name; -1 when none or unknown. */
static int skill_named(const char *name) {
  for (int k = 0; name != NULL && k < SCN_SKILL_COUNT; k++)
    if (strcmp(name, scn_skill_name((scn_skill)k)) == 0)
      return k;
  return -1;
}

/* Reads modules[i] into x (released with the curriculum, even when this
 * fails half-way). */
static rp_status read_module(const rp_json_reader *top, const cJSON *m, int i,
                             curriculum_module *x) {
  char where[32];
  rp_json_reader r = *top;
  r.where = where;
  x->skill = -1;
  if (!cJSON_IsObject(m)) {
    snprintf(where, sizeof where, "modules[%d]", i);
    return rp_json_fail(top, where, "must be an object");
  }
  snprintf(where, sizeof where, "modules[%d].", i);
  char *skill = NULL;
  const cJSON *ss;
  rp_status st;
  if ((st = rp_json_string(&r, m, "id", RP_JSON_REQUIRED, RP_JSON_ANY_LENGTH,
                           &x->id)) ||
      (st = rp_json_string(&r, m, "title", RP_JSON_REQUIRED, RP_JSON_ANY_LENGTH,
                           &x->title)) ||
      (st = rp_json_string(&r, m, "trains", RP_JSON_REQUIRED,
                           RP_JSON_ANY_LENGTH, &x->trains)) ||
      (st = rp_json_string(&r, m, "skill", RP_JSON_OPTIONAL, RP_JSON_ANY_LENGTH,
                           &skill)))
    return st;
  x->skill = skill_named(skill);
  bool unknown = skill != NULL && x->skill < 0;
  free(skill);
  if (unknown)
    return rp_json_fail(&r, "skill",
                        "must be empathy, listening, problem_solving or "
                        "pushing");
  if ((st = rp_json_array(&r, m, "scenarios", RP_JSON_REQUIRED, INT_MAX, &ss)))
    return st;
  x->scenarios =
      calloc((size_t)cJSON_GetArraySize(ss) + 1, sizeof *x->scenarios);
  if (x->scenarios == NULL)
    return rp_fail(top->err, RP_ENOMEM, "out of memory");
  const cJSON *id;
  cJSON_ArrayForEach(id, ss) {
    if (!cJSON_IsString(id))
      return rp_json_fail(&r, "scenarios", "must be a list of scenario ids");
    if ((x->scenarios[x->n_scenarios] = strdup(id->valuestring)) == NULL)
      return rp_fail(top->err, RP_ENOMEM, "out of memory");
    x->n_scenarios++;
  }
  return RP_OK;
}

rp_status curriculum_parse(const char *name, const char *text, size_t len,
                           curriculum_curriculum *c, rp_error *err) {
  memset(c, 0, sizeof *c);
  cJSON *root;
  rp_status st = rp_json_parse(name, text, len, &root, err);
  if (st != RP_OK)
    return st;
  rp_json_reader r = {name, "", NULL, err};
  const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(root, "format");
  const cJSON *mods, *m;
  if (!cJSON_IsString(fmt) ||
      strcmp(fmt->valuestring, "rapport.curriculum") != 0) {
    st = rp_fail(err, RP_EINPUT,
                 "%s: not a curriculum (field 'format' is not "
                 "\"rapport.curriculum\")",
                 name);
    goto fail;
  }
  if ((st = rp_json_array(&r, root, "modules", RP_JSON_NONEMPTY, INT_MAX,
                          &mods)) ||
      (st = rp_json_string(&r, root, "baseline", RP_JSON_OPTIONAL,
                           RP_JSON_ANY_LENGTH, &c->baseline)))
    goto fail;
  c->modules = calloc((size_t)cJSON_GetArraySize(mods), sizeof *c->modules);
  if (c->modules == NULL) {
    st = rp_fail(err, RP_ENOMEM, "out of memory");
    goto fail;
  }
  cJSON_ArrayForEach(m, mods) {
    curriculum_module *x = &c->modules[c->n_modules++];
    if ((st = read_module(&r, m, c->n_modules - 1, x)))
      goto fail;
  }
  cJSON_Delete(root);
  return RP_OK;
fail:
  cJSON_Delete(root);
  curriculum_free(c);
  return st;
}

void curriculum_free(curriculum_curriculum *c) {
  for (int i = 0; i < c->n_modules; i++) {
    curriculum_module *m = &c->modules[i];
    free(m->id);
    free(m->title);
    free(m->trains);
    for (int j = 0; j < m->n_scenarios; j++)
      free(m->scenarios[j]);
    free(m->scenarios);
  }
  free(c->modules);
  free(c->baseline);
  memset(c, 0, sizeof *c);
}

const curriculum_module *curriculum_module_find(const curriculum_curriculum *c,
                                                const char *id) {
  for (int i = 0; i < c->n_modules; i++)
    if (strcmp(c->modules[i].id, id) == 0)
      return &c->modules[i];
  return NULL;
}

const curriculum_module *
curriculum_module_for_skill(const curriculum_curriculum *c, scn_skill k) {
  for (int i = 0; i < c->n_modules; i++)
    if (c->modules[i].skill == (int)k)
      return &c->modules[i];
  return NULL;
}
