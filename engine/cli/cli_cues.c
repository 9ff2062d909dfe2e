/* cli_cues.c -- the curriculum for the cue model, and the `cues` section. */
#include "cli_cues.h"

#include <stdlib.h>
#include <string.h>

#include "io/catalog.h"
#include "io/scn_file.h"

/* Whether id is one of the curriculum's scenarios (everything is, when
 * there is no curriculum). */
static bool in_curriculum(const curriculum_curriculum *c, const char *id) {
  if (c->n_modules == 0 && c->baseline == NULL)
    return true;
  if (c->baseline != NULL && strcmp(c->baseline, id) == 0)
    return true;
  for (int m = 0; m < c->n_modules; m++)
    for (int i = 0; i < c->modules[m].n_scenarios; i++)
      if (strcmp(c->modules[m].scenarios[i], id) == 0)
        return true;
  return false;
}

rp_status cli_cues_train(check_cue_set ***sets, int *n, rp_error *err) {
  catalog_list l;
  curriculum_curriculum cur;
  *sets = NULL;
  *n = 0;
  if (catalog_scan(&l, err) != RP_OK)
    return err->code;
  rp_error e;
  if (catalog_curriculum(&cur, &e) != RP_OK)
    memset(&cur, 0, sizeof cur);
  rp_status st = RP_OK;
  *sets = calloc((size_t)l.n + 1, sizeof **sets);
  if (*sets == NULL) {
    st = rp_fail(err, RP_ENOMEM, "out of memory");
    goto done;
  }
  for (int i = 0; i < l.n; i++) {
    if (!in_curriculum(&cur, l.v[i].id))
      continue;
    scn_scenario *s = scn_load_file(l.v[i].path, &e);
    if (s == NULL)
      continue; /* its own check reports it */
    st = check_cues_collect(s, &(*sets)[*n], err);
    scn_free(s);
    if (st != RP_OK)
      break;
    (*n)++;
  }
done:
  catalog_list_free(&l);
  curriculum_free(&cur);
  if (st != RP_OK) {
    cli_cues_train_free(*sets, *n);
    *sets = NULL;
    *n = 0;
  }
  return st;
}

void cli_cues_train_free(check_cue_set **sets, int n) {
  for (int i = 0; sets != NULL && i < n; i++)
    check_cues_set_free(sets[i]);
  free(sets);
}

static const char *ending_id(const scn_scenario *s, int node) {
  return node >= 0 ? s->nodes[node].id : "(did not end)";
}

void cli_cues_print(rp_buf *b, const term_style *st, const scn_scenario *s,
                    const check_cues *c, double pass_mark) {
  rp_buf_printf(b,
                "  cues: players that read only the options' wording, %d "
                "seeds each (pass mark %.0f):\n",
                CHECK_CUES_SEEDS, pass_mark);
  for (int p = 0; p < c->n_players; p++) {
    const check_cue_player *pl = &c->players[p];
    bool bad = pl->median >= pass_mark || pl->best_ending_runs > 0;
    rp_buf_printf(b,
                  "    %s%-11s%s median %5.1f  ending %-18s best option "
                  "%3d/%-3d",
                  bad ? term_yellow(st) : "", pl->name,
                  bad ? term_reset(st) : "", pl->median,
                  ending_id(s, pl->median_ending), pl->best_picks,
                  pl->decisions);
    if (pl->best_ending_runs > 0)
      rp_buf_printf(b, "  best ending on %d/%d seeds", pl->best_ending_runs,
                    CHECK_CUES_SEEDS);
    rp_buf_puts(b, "\n");
  }
  if (c->model_trained)
    rp_buf_printf(b,
                  "    cue model: picks the best option in %d of %d decisions "
                  "(%.0f%%; chance %.0f%%), trained on %d decisions of %d "
                  "other scenarios\n",
                  c->model_correct, c->model_decisions,
                  100.0 * c->model_accuracy, 100.0 * c->model_chance,
                  c->model_train_decisions, c->model_train_scenarios);
  else
    rp_buf_puts(b, "    cue model: no other scenario to learn from\n");
}

cJSON *cli_cues_json(const scn_scenario *s, const check_cues *c,
                     double pass_mark) {
  cJSON *o = cJSON_CreateObject(), *ps = NULL;
  if (o == NULL ||
      cJSON_AddNumberToObject(o, "seeds", CHECK_CUES_SEEDS) == NULL ||
      cJSON_AddNumberToObject(o, "pass_mark", pass_mark) == NULL ||
      (ps = cJSON_AddArrayToObject(o, "players")) == NULL)
    goto oom;
  for (int p = 0; p < c->n_players; p++) {
    const check_cue_player *pl = &c->players[p];
    cJSON *x = cJSON_CreateObject();
    if (x == NULL || !cJSON_AddItemToArray(ps, x))
      goto oom_x;
    cJSON *sc = cJSON_CreateDoubleArray(pl->scores, CHECK_CUES_SEEDS);
    if (sc == NULL || !cJSON_AddItemToObject(x, "scores", sc)) {
      cJSON_Delete(sc);
      goto oom;
    }
    if (cJSON_AddStringToObject(x, "name", pl->name) == NULL ||
        cJSON_AddStringToObject(x, "rule", pl->rule) == NULL ||
        cJSON_AddNumberToObject(x, "median", pl->median) == NULL ||
        (pl->median_ending >= 0
             ? cJSON_AddStringToObject(x, "median_ending",
                                       s->nodes[pl->median_ending].id)
             : cJSON_AddNullToObject(x, "median_ending")) == NULL ||
        cJSON_AddNumberToObject(x, "best_ending_runs", pl->best_ending_runs) ==
            NULL ||
        cJSON_AddNumberToObject(x, "decisions", pl->decisions) == NULL ||
        cJSON_AddNumberToObject(x, "best_picks", pl->best_picks) == NULL ||
        cJSON_AddStringToObject(x, "witness", pl->witness ? pl->witness : "") ==
            NULL ||
        cJSON_AddNumberToObject(x, "witness_seed", (double)pl->witness_seed) ==
            NULL)
      goto oom;
    continue;
  oom_x:
    cJSON_Delete(x);
    goto oom;
  }
  cJSON *m = cJSON_AddObjectToObject(o, "model");
  if (m == NULL ||
      cJSON_AddBoolToObject(m, "trained", c->model_trained) == NULL)
    goto oom;
  if (c->model_trained &&
      (cJSON_AddNumberToObject(m, "decisions", c->model_decisions) == NULL ||
       cJSON_AddNumberToObject(m, "correct", c->model_correct) == NULL ||
       cJSON_AddNumberToObject(m, "accuracy", c->model_accuracy) == NULL ||
       cJSON_AddNumberToObject(m, "chance", c->model_chance) == NULL ||
       cJSON_AddNumberToObject(m, "train_decisions",
                               c->model_train_decisions) == NULL ||
       cJSON_AddNumberToObject(m, "train_scenarios",
                               c->model_train_scenarios) == NULL))
    goto oom;
  cJSON *ls = cJSON_AddArrayToObject(o, "leaks");
  if (ls == NULL)
    goto oom;
  for (int i = 0; i < c->n_leaks; i++) {
    const check_cue_leak *l = &c->leaks[i];
    cJSON *x = cJSON_CreateObject();
    if (x == NULL || !cJSON_AddItemToArray(ls, x)) {
      cJSON_Delete(x);
      goto oom;
    }
    const scn_node *n = &s->nodes[l->node];
    if (cJSON_AddStringToObject(x, "node", n->id) == NULL ||
        cJSON_AddStringToObject(
            x, "best", l->best >= 0 ? n->choices[l->best].id : "") == NULL ||
        cJSON_AddNumberToObject(x, "players", l->players) == NULL ||
        cJSON_AddNumberToObject(x, "picked", l->picked) == NULL ||
        cJSON_AddStringToObject(x, "cues", l->cues) == NULL)
      goto oom;
  }
  return o;
oom:
  cJSON_Delete(o);
  return NULL;
}
