/*
 * rp_json_build.c -- a JSON tree that is whole or refused (rp_json_build.h).
 */
#include "util/rp_json_build.h"

#include <stddef.h>

/* Adds item to `to`; on any failure deletes it and fails b.  Returns
 * whether it was added. */
static bool put(rp_json_build *b, cJSON *to, const char *key, cJSON *item) {
  bool ok = to != NULL && item != NULL &&
            (key != NULL ? cJSON_AddItemToObject(to, key, item)
                         : cJSON_AddItemToArray(to, item));
  if (!ok) {
    cJSON_Delete(item); /* (NULL is fine) */
    b->failed = true;
  }
  return ok;
}

static cJSON *made(rp_json_build *b, cJSON *root) {
  if (root == NULL)
    b->failed = true;
  return root;
}

cJSON *rp_json_build_root_object(rp_json_build *b) {
  return made(b, cJSON_CreateObject());
}

cJSON *rp_json_build_root_array(rp_json_build *b) {
  return made(b, cJSON_CreateArray());
}

/* A parent that failed makes nothing: its children would leak. */
cJSON *rp_json_build_object(rp_json_build *b, cJSON *to, const char *key) {
  cJSON *o = to != NULL ? cJSON_CreateObject() : NULL;
  return put(b, to, key, o) ? o : NULL;
}

cJSON *rp_json_build_array(rp_json_build *b, cJSON *to, const char *key) {
  cJSON *a = to != NULL ? cJSON_CreateArray() : NULL;
  return put(b, to, key, a) ? a : NULL;
}

void rp_json_build_number(rp_json_build *b, cJSON *to, const char *key,
                          double v) {
  put(b, to, key, to != NULL ? cJSON_CreateNumber(v) : NULL);
}

void rp_json_build_string(rp_json_build *b, cJSON *to, const char *key,
                          const char *v) {
  if (v == NULL)
    rp_json_build_null(b, to, key);
  else
    put(b, to, key, to != NULL ? cJSON_CreateString(v) : NULL);
}

void rp_json_build_bool(rp_json_build *b, cJSON *to, const char *key, bool v) {
  put(b, to, key, to != NULL ? cJSON_CreateBool(v) : NULL);
}

void rp_json_build_null(rp_json_build *b, cJSON *to, const char *key) {
  put(b, to, key, to != NULL ? cJSON_CreateNull() : NULL);
}

void rp_json_build_item(rp_json_build *b, cJSON *to, const char *key,
                        cJSON *item) {
  put(b, to, key, item);
}

char *rp_json_build_print(rp_json_build *b, const cJSON *root) {
  if (b->failed || root == NULL)
    return NULL;
  char *text = cJSON_Print(root);
  if (text == NULL)
    b->failed = true;
  return text;
}
