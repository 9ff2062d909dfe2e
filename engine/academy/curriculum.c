/* cur.c -- parsing and querying the curriculum manifest.  See cur.h. */
#include "academy/curriculum.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "util/rp_json.h"

static char *dup_str(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? strdup(v->valuestring) : NULL;
}

rp_status curriculum_parse(const char *name, const char *text, size_t len,
                           curriculum_curriculum *c, rp_error *err) {
  memset(c, 0, sizeof *c);
  cJSON *root = rp_json_parse(name, text, len, err);
  rp_status st = RP_EINPUT;
  if (root == NULL)
    return RP_EINPUT;
  const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(root, "format");
  const cJSON *mods = cJSON_GetObjectItemCaseSensitive(root, "modules");
  if (!cJSON_IsString(fmt) ||
      strcmp(fmt->valuestring, "rapport.curriculum") != 0) {
    rp_fail(err, st,
            "%s: not a curriculum (field 'format' is not "
            "\"rapport.curriculum\")",
            name);
    goto fail;
  }
  if (!cJSON_IsArray(mods) || cJSON_GetArraySize(mods) == 0) {
    rp_fail(err, st, "%s: field 'modules' must be a non-empty list", name);
    goto fail;
  }
  c->baseline = dup_str(root, "baseline");
  int n = cJSON_GetArraySize(mods);
  c->modules = calloc((size_t)n, sizeof *c->modules);
  if (c->modules == NULL) {
    st = rp_fail(err, RP_ENOMEM, "out of memory");
    goto fail;
  }
  const cJSON *m;
  cJSON_ArrayForEach(m, mods) {
    curriculum_module *x = &c->modules[c->n_modules++];
    x->skill = -1;
    x->id = dup_str(m, "id");
    x->title = dup_str(m, "title");
    x->trains = dup_str(m, "trains");
    if (x->id == NULL || x->title == NULL || x->trains == NULL) {
      rp_fail(err, st,
              "%s: module %d needs string fields id, title and "
              "trains",
              name, c->n_modules);
      goto fail;
    }
    const cJSON *sk = cJSON_GetObjectItemCaseSensitive(m, "skill");
    for (int k = 0; cJSON_IsString(sk) && k < SCN_SKILL_COUNT; k++)
      if (strcmp(sk->valuestring, scn_skill_name((scn_skill)k)) == 0)
        x->skill = k;
    if (sk != NULL && !cJSON_IsNull(sk) && x->skill < 0) {
      rp_fail(err, st,
              "%s: module '%s': skill must be empathy, listening, "
              "problem_solving or pushing",
              name, x->id);
      goto fail;
    }
    const cJSON *ss = cJSON_GetObjectItemCaseSensitive(m, "scenarios");
    if (!cJSON_IsArray(ss)) {
      rp_fail(err, st,
              "%s: module '%s': field 'scenarios' must be a list "
              "of scenario ids",
              name, x->id);
      goto fail;
    }
    x->scenarios =
        calloc((size_t)cJSON_GetArraySize(ss) + 1, sizeof *x->scenarios);
    if (x->scenarios == NULL) {
      st = rp_fail(err, RP_ENOMEM, "out of memory");
      goto fail;
    }
    const cJSON *id;
    cJSON_ArrayForEach(id, ss) {
      if (!cJSON_IsString(id)) {
        rp_fail(err, st, "%s: module '%s': scenarios must be ids (strings)",
                name, x->id);
        goto fail;
      }
      x->scenarios[x->n_scenarios++] = strdup(id->valuestring);
    }
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

int curriculum_module_rank(const curriculum_curriculum *c, const char *id) {
  for (int i = 0; i < c->n_modules; i++)
    if (strcmp(c->modules[i].id, id) == 0)
      return i;
  return c->n_modules;
}
