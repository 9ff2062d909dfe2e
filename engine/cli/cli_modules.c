/*
 * cli_modules.c -- `rapport modules`: what each module of the curriculum
 * trains, and its scenarios in the order to play them.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cli_term.h"
#include "io/catalog.h"
#include "util/rp_buf.h"

static const catalog_entry *entry(const catalog_list *l, const char *id) {
  for (int i = 0; i < l->n; i++)
    if (strcmp(l->v[i].id, id) == 0)
      return &l->v[i];
  return NULL;
}

static void human(const curriculum_curriculum *c, const catalog_list *l) {
  term_style st = cli_term_style(stdout);
  rp_buf b = RP_BUF_INIT;
  if (c->baseline != NULL) {
    const catalog_entry *e = entry(l, c->baseline);
    rp_buf_printf(&b, "%sStart here:%s rapport baseline", term_bold(&st),
                  term_reset(&st));
    if (e != NULL)
      rp_buf_printf(&b, " (%s, %d min)", e->title, e->minutes);
    rp_buf_puts(&b, "\n  ");
    term_wrap(&b,
              "A short call that samples empathy, listening, "
              "problem-solving and pushing, with no coaching until the "
              "end; its debrief says which module to take first.",
              st.width, 2, 2);
    rp_buf_puts(&b, "\n\n");
  }
  for (int m = 0; m < c->n_modules; m++) {
    const curriculum_module *x = &c->modules[m];
    rp_buf_printf(&b, "%sModule %d: %s%s", term_bold(&st), m + 1, x->title,
                  term_reset(&st));
    if (x->skill >= 0)
      rp_buf_printf(&b, "  %s(builds %s)%s", term_dim(&st),
                    x->skill == SCN_PUSHING ? "relationship over pushing"
                    : x->skill == SCN_PROBLEM_SOLVING
                        ? "problem-solving"
                        : scn_skill_name((scn_skill)x->skill),
                    term_reset(&st));
    rp_buf_puts(&b, "\n  ");
    term_wrap(&b, x->trains, st.width, 2, 2);
    rp_buf_puts(&b, "\n");
    for (int i = 0; i < x->n_scenarios; i++) {
      const catalog_entry *e = entry(l, x->scenarios[i]);
      if (e == NULL)
        rp_buf_printf(&b, "  %d. %-22s %s(not found on the search path)%s\n",
                      i + 1, x->scenarios[i], term_red(&st), term_reset(&st));
      else
        rp_buf_printf(&b, "  %d. %-22s %-46s %-12s %3d min\n", i + 1, e->id,
                      e->title, e->difficulty, e->minutes);
    }
    rp_buf_puts(&b, "\n");
  }
  cli_puts(stdout, rp_buf_str(&b));
  rp_buf_free(&b);
}

static cJSON *json(const curriculum_curriculum *c, const catalog_list *l) {
  cJSON *o = cJSON_CreateObject();
  if (c->baseline != NULL)
    cJSON_AddStringToObject(o, "baseline", c->baseline);
  cJSON *mods = cJSON_AddArrayToObject(o, "modules");
  for (int m = 0; m < c->n_modules; m++) {
    const curriculum_module *x = &c->modules[m];
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "id", x->id);
    cJSON_AddStringToObject(j, "title", x->title);
    cJSON_AddStringToObject(j, "trains", x->trains);
    if (x->skill >= 0)
      cJSON_AddStringToObject(j, "skill", scn_skill_name((scn_skill)x->skill));
    cJSON *ss = cJSON_AddArrayToObject(j, "scenarios");
    for (int i = 0; i < x->n_scenarios; i++) {
      const catalog_entry *e = entry(l, x->scenarios[i]);
      cJSON *s = cJSON_CreateObject();
      cJSON_AddStringToObject(s, "id", x->scenarios[i]);
      cJSON_AddBoolToObject(s, "found", e != NULL);
      if (e != NULL) {
        cJSON_AddStringToObject(s, "title", e->title);
        cJSON_AddStringToObject(s, "difficulty", e->difficulty);
        cJSON_AddNumberToObject(s, "minutes", e->minutes);
      }
      cJSON_AddItemToArray(ss, s);
    }
    cJSON_AddItemToArray(mods, j);
  }
  return o;
}

typedef struct modules_args {
  bool json;
} modules_args;

const cli_option cli_modules_options[] = {
    CLI_FLAG(0, "json", modules_args, json, 0,
             "print the curriculum and its scenarios as JSON"),
    CLI_END};

int cli_modules(int argc, char **argv) {
  modules_args opt = {false};
  int n;
  if (cli_parse("modules", argc, argv, &opt, &n) != CLI_OK)
    return CLI_USAGE;
  if (n > 0)
    return cli_usage("modules", "unexpected argument '%s'", argv[0]);
  bool as_json = opt.json;
  curriculum_curriculum c;
  catalog_list l;
  rp_error err;
  if (catalog_curriculum(&c, &err) != RP_OK) {
    cli_error("%s", err.msg);
    return CLI_FAIL;
  }
  if (c.n_modules == 0) {
    cli_error("no curriculum found (%s in ./scenarios, $RAPPORT_PATH or the "
              "installed share directory)",
              CURRICULUM_FILE);
    return CLI_FAIL;
  }
  if (catalog_scan(&l, &err) != RP_OK) {
    curriculum_free(&c);
    cli_error("%s", err.msg);
    return CLI_FAIL;
  }
  int missing = 0;
  for (int m = 0; m < c.n_modules; m++)
    for (int i = 0; i < c.modules[m].n_scenarios; i++)
      missing += entry(&l, c.modules[m].scenarios[i]) == NULL;
  if (as_json) {
    cJSON *o = json(&c, &l);
    char *text = o ? cJSON_Print(o) : NULL;
    cJSON_Delete(o);
    if (text != NULL)
      cli_put_json(stdout, text);
    cli_puts(stdout, "\n");
    cJSON_free(text);
  } else {
    human(&c, &l);
  }
  catalog_list_free(&l);
  curriculum_free(&c);
  return missing > 0 ? CLI_FAIL : CLI_OK;
}
