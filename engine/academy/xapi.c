/*
 * xapi.c -- xAPI 1.0.3 statements for graded homework (xapi.h).
 */
#include "academy/xapi.h"

#include <stdio.h>
#include <string.h>

#include "util/rp_sha256.h"
#include "util/rp_time.h"

#define VERBS "http://adlnet.gov/expapi/verbs/"
#define ACTIVITIES "http://adlnet.gov/expapi/activities/"

bool xapi_valid_base(const char *s) {
  size_t i = 0;
  if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
    return false;
  while (s[i] != '\0' && s[i] != ':') {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))
      return false;
    i++;
  }
  if (s[i] != ':' || s[i + 1] == '\0' || strlen(s) > 1024)
    return false;
  for (; s[i] != '\0'; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c <= ' ' || c == 0x7f || c == '"' || c == '<' || c == '>' ||
        c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}')
      return false;
  }
  return s[i - 1] != '/';
}

void xapi_uuid(const char *name, char out[37]) {
  rp_sha256 c;
  unsigned char h[32];
  rp_sha256_init(&c);
  rp_sha256_update(&c, name, strlen(name));
  rp_sha256_final(&c, h);
  h[6] = (unsigned char)((h[6] & 0x0f) | 0x80); /* version 8 */
  h[8] = (unsigned char)((h[8] & 0x3f) | 0x80); /* variant 10 */
  static const char hex[] = "0123456789abcdef";
  int o = 0;
  for (int i = 0; i < 16; i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10)
      out[o++] = '-';
    out[o++] = hex[h[i] >> 4];
    out[o++] = hex[h[i] & 15];
  }
  out[o] = '\0';
}

/* {"en-US": text} */
static cJSON *lang_map(const char *text) {
  cJSON *m = cJSON_CreateObject();
  if (m != NULL && cJSON_AddStringToObject(m, "en-US", text) == NULL) {
    cJSON_Delete(m);
    return NULL;
  }
  return m;
}

static bool add(cJSON *o, const char *key, cJSON *v) {
  if (v == NULL)
    return false;
  if (!cJSON_AddItemToObject(o, key, v)) {
    cJSON_Delete(v);
    return false;
  }
  return true;
}

static cJSON *verb(const char *name) {
  char id[96];
  snprintf(id, sizeof id, VERBS "%s", name);
  cJSON *v = cJSON_CreateObject();
  if (v == NULL || !cJSON_AddStringToObject(v, "id", id) ||
      !add(v, "display", lang_map(name))) {
    cJSON_Delete(v);
    return NULL;
  }
  return v;
}

static cJSON *actor(const char *base, const char *trainee) {
  cJSON *a = cJSON_CreateObject(), *acc = cJSON_CreateObject();
  bool ok = a != NULL && acc != NULL &&
            cJSON_AddStringToObject(a, "objectType", "Agent") &&
            cJSON_AddStringToObject(acc, "homePage", base) &&
            cJSON_AddStringToObject(acc, "name", trainee);
  if (ok && add(a, "account", acc))
    return a;
  if (!ok)
    cJSON_Delete(acc);
  cJSON_Delete(a);
  return NULL;
}

/* An Activity with a definition (name, optional description, type). */
static cJSON *activity(const char *id, const char *name, const char *desc,
                       const char *type) {
  cJSON *o = cJSON_CreateObject(), *def = cJSON_CreateObject();
  bool ok = o != NULL && def != NULL &&
            cJSON_AddStringToObject(o, "objectType", "Activity") &&
            cJSON_AddStringToObject(o, "id", id) &&
            add(def, "name", lang_map(name)) &&
            (desc == NULL || add(def, "description", lang_map(desc))) &&
            cJSON_AddStringToObject(def, "type", type);
  if (ok && add(o, "definition", def))
    return o;
  if (!ok)
    cJSON_Delete(def);
  cJSON_Delete(o);
  return NULL;
}

static cJSON *one_list(cJSON *item) {
  cJSON *l = cJSON_CreateArray();
  if (l == NULL || item == NULL || !cJSON_AddItemToArray(l, item)) {
    cJSON_Delete(l);
    cJSON_Delete(item);
    return NULL;
  }
  return l;
}

typedef struct ctx {
  const homework_assignment *a;
  const scn_scenario *scn;
  const char *base, *platform;
  char assignment_iri[1200], scenario_iri[1200];
} ctx;

static cJSON *context(const ctx *c, const char *registration, bool parent,
                      const grade_result *r) {
  cJSON *o = cJSON_CreateObject(), *ca = cJSON_CreateObject();
  bool ok = o != NULL && ca != NULL &&
            cJSON_AddStringToObject(o, "registration", registration);
  if (ok && parent)
    ok = add(ca, "parent",
             one_list(activity(c->assignment_iri, c->a->title,
                               c->a->instructions, ACTIVITIES "simulation")));
  ok = ok && add(ca, "grouping",
                 one_list(activity(c->scenario_iri, c->scn->title,
                                   c->scn->brief, ACTIVITIES "simulation")));
  if (ok && add(o, "contextActivities", ca))
    ca = NULL;
  else
    ok = false;
  ok = ok && cJSON_AddStringToObject(o, "platform", c->platform) &&
       cJSON_AddStringToObject(o, "language", "en") &&
       cJSON_AddStringToObject(o, "revision", c->scn->version);
  if (ok && !parent) {
    /* how the grader classified the attempt, and which attempt it was */
    char iri[1300];
    cJSON *ext = cJSON_CreateObject();
    snprintf(iri, sizeof iri, "%s/extensions/attempt", c->base);
    ok = ext != NULL && cJSON_AddNumberToObject(ext, iri, r->attempt);
    snprintf(iri, sizeof iri, "%s/extensions/classification", c->base);
    ok = ok && cJSON_AddStringToObject(ext, iri, grade_class_name(r->cls));
    snprintf(iri, sizeof iri, "%s/extensions/counted", c->base);
    ok = ok && cJSON_AddBoolToObject(ext, iri, r->counted);
    if (!ok || !add(o, "extensions", ext)) {
      if (!ok)
        cJSON_Delete(ext);
      ok = false;
    }
  }
  cJSON_Delete(ca);
  if (!ok) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

static cJSON *statement(const char *id, cJSON *actor_, cJSON *verb_,
                        cJSON *object, cJSON *result, cJSON *context_,
                        const char *timestamp) {
  cJSON *s = cJSON_CreateObject();
  bool ok = s != NULL && cJSON_AddStringToObject(s, "id", id);
  ok = add(s, "actor", actor_) && ok;
  ok = add(s, "verb", verb_) && ok;
  ok = add(s, "object", object) && ok;
  ok = add(s, "result", result) && ok;
  ok = add(s, "context", context_) && ok;
  ok = ok && cJSON_AddStringToObject(s, "timestamp", timestamp);
  if (!ok) {
    cJSON_Delete(s);
    return NULL;
  }
  return s;
}

static cJSON *attempt_result(const ctx *c, const grade_result *r,
                             bool success) {
  cJSON *res = cJSON_CreateObject(), *sc = cJSON_CreateObject(),
        *ext = cJSON_CreateObject();
  char dur[48], iri[1300];
  rp_time_duration(r->duration, dur);
  bool ok = res != NULL && sc != NULL && ext != NULL &&
            cJSON_AddNumberToObject(sc, "scaled", r->grade / 100.0) &&
            cJSON_AddNumberToObject(sc, "raw", r->grade) &&
            cJSON_AddNumberToObject(sc, "min", 0) &&
            cJSON_AddNumberToObject(sc, "max", 100);
  static const char *const names[SCN_SKILL_COUNT] = {
      "empathy", "listening", "problem-solving", "pushing"};
  /* overall differs from the scored grade when the call was unfinished */
  struct {
    const char *name;
    double v;
  } xs[3] = {{"overall", r->overall},
             {"relationship-quality", r->relationship_quality},
             {"transactional-pushing", r->transactional_pushing}};
  for (int i = 0; ok && i < 3; i++) {
    snprintf(iri, sizeof iri, "%s/extensions/%s", c->base, xs[i].name);
    ok = cJSON_AddNumberToObject(ext, iri, xs[i].v) != NULL;
  }
  for (int k = 0; ok && k < SCN_SKILL_COUNT; k++) {
    if (k == SCN_PUSHING || r->skills[k] < 0)
      continue; /* pushing is reported above; unmeasured skills are absent */
    snprintf(iri, sizeof iri, "%s/extensions/%s", c->base, names[k]);
    ok = cJSON_AddNumberToObject(ext, iri, r->skills[k]) != NULL;
  }
  if (ok && r->ending != NULL) {
    snprintf(iri, sizeof iri, "%s/extensions/ending", c->base);
    ok = cJSON_AddStringToObject(ext, iri, r->ending) != NULL;
  }
  if (ok) {
    ok = add(res, "score", sc);
    sc = NULL;
  }
  ok = ok && cJSON_AddBoolToObject(res, "success", success) &&
       cJSON_AddBoolToObject(res, "completion", r->completed) &&
       cJSON_AddStringToObject(res, "duration", dur);
  if (ok) {
    ok = add(res, "extensions", ext);
    ext = NULL;
  }
  cJSON_Delete(sc);
  cJSON_Delete(ext);
  if (!ok) {
    cJSON_Delete(res);
    return NULL;
  }
  return res;
}

/* The node as a cmi.interaction of type choice, listing its choices. */
static cJSON *node_activity(const ctx *c, const scn_node *node) {
  char iri[1300], name[512];
  snprintf(iri, sizeof iri, "%s/nodes/%s", c->scenario_iri, node->id);
  snprintf(name, sizeof name, "%s: %s", c->scn->title, node->id);
  cJSON *o = activity(iri, name, NULL, ACTIVITIES "cmi.interaction");
  cJSON *def = cJSON_GetObjectItemCaseSensitive(o, "definition");
  cJSON *list = cJSON_CreateArray();
  bool ok = o != NULL && list != NULL &&
            cJSON_AddStringToObject(def, "interactionType", "choice");
  for (int i = 0; ok && i < node->n_choices; i++) {
    const scn_choice *ch = &node->choices[i];
    cJSON *one = cJSON_CreateObject();
    ok =
        one != NULL && cJSON_AddStringToObject(one, "id", ch->id) &&
        add(one, "description", lang_map(ch->text != NULL ? ch->text : ch->id));
    if (ok)
      ok = cJSON_AddItemToArray(list, one);
    else
      cJSON_Delete(one);
  }
  if (ok) {
    ok = add(def, "choices", list);
    list = NULL;
  }
  cJSON_Delete(list);
  if (!ok) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

static bool attempt_statements(cJSON *out, const ctx *c,
                               const grade_result *r) {
  char reg[37], id[37], seed[200], ts[32];
  snprintf(seed, sizeof seed, "rapport registration %s", r->sha256);
  xapi_uuid(seed, reg);
  snprintf(seed, sizeof seed, "rapport statement %s attempt", r->sha256);
  xapi_uuid(seed, id);
  bool success = r->completed && r->grade + 1e-9 >= c->a->pass_mark;
  cJSON *st = statement(
      id, actor(c->base, r->trainee), verb(success ? "passed" : "failed"),
      activity(c->assignment_iri, c->a->title, c->a->instructions,
               ACTIVITIES "simulation"),
      attempt_result(c, r, success), context(c, reg, false, r), r->ended_at);
  if (st == NULL || !cJSON_AddItemToArray(out, st)) {
    cJSON_Delete(st);
    return false;
  }
  double at = (double)r->started;
  for (int i = 0; i < r->n_decisions; i++) {
    const grade_decision *d = &r->decisions[i];
    int node = scn_node_find(c->scn, d->node);
    if (node < 0)
      return false; /* cannot happen: the replay walked this node */
    at += d->seconds;
    rp_time_format((time_t)at, 0, ts);
    snprintf(seed, sizeof seed, "rapport statement %s decision %d", r->sha256,
             i + 1);
    xapi_uuid(seed, id);
    char dur[48];
    rp_time_duration(d->seconds, dur);
    cJSON *res = cJSON_CreateObject();
    if (res != NULL && (!cJSON_AddStringToObject(res, "response", d->choice) ||
                        !cJSON_AddStringToObject(res, "duration", dur))) {
      cJSON_Delete(res);
      res = NULL;
    }
    st = statement(id, actor(c->base, r->trainee), verb("answered"),
                   node_activity(c, &c->scn->nodes[node]), res,
                   context(c, reg, true, r), ts);
    if (st == NULL || !cJSON_AddItemToArray(out, st)) {
      cJSON_Delete(st);
      return false;
    }
  }
  return true;
}

cJSON *xapi_statements(const homework_assignment *a, const scn_scenario *scn,
                       const grade_result *v, int n, const char *base,
                       const char *platform) {
  ctx c = {a, scn, base, platform, "", ""};
  snprintf(c.assignment_iri, sizeof c.assignment_iri, "%s/assignments/%s", base,
           a->id);
  snprintf(c.scenario_iri, sizeof c.scenario_iri, "%s/scenarios/%s", base,
           scn->id);
  cJSON *out = cJSON_CreateArray();
  for (int i = 0; out != NULL && i < n; i++) {
    /* A duplicate is an attempt already stated; unverified files say
     * nothing that can be trusted. */
    if (!grade_class_verified(v[i].cls) || v[i].cls == GRADE_DUPLICATE)
      continue;
    if (!attempt_statements(out, &c, &v[i])) {
      cJSON_Delete(out);
      return NULL;
    }
  }
  return out;
}
