/*
 * rp_json_build.h -- building a JSON tree that is either whole or refused.
 *
 * cJSON's Add and Create functions return NULL (or false) when an
 * allocation fails, and the field is simply left out: a report printed
 * from such a tree is silently missing fields, and a machine reading it
 * takes the gap for data.  Every node is added through a builder instead,
 * which remembers the first failure; rp_json_build_print() then gives the
 * text only when nothing failed, so the caller reports out of memory once.
 *
 * The adders take the parent (`to`) as the previous call returned it: a
 * NULL parent (its own creation failed) fails the builder too and
 * allocates nothing, so calls need no checks between them.  key NULL
 * appends to the array `to`.  No I/O.
 */
#ifndef RP_JSON_BUILD_H
#define RP_JSON_BUILD_H

#include <cjson/cJSON.h>
#include <stdbool.h>

typedef struct rp_json_build {
  bool failed; /* some node could not be made or added */
} rp_json_build;

#define RP_JSON_BUILD_INIT                                                     \
  { false }

/* A new root object or array (the caller deletes it with cJSON_Delete), or
 * NULL with b failed. */
cJSON *rp_json_build_root_object(rp_json_build *b);
cJSON *rp_json_build_root_array(rp_json_build *b);

/* A new object or array added to `to`: the new node, or NULL with b
 * failed. */
cJSON *rp_json_build_object(rp_json_build *b, cJSON *to, const char *key);
cJSON *rp_json_build_array(rp_json_build *b, cJSON *to, const char *key);

/* Values added to `to`.  A NULL string is added as JSON null. */
void rp_json_build_number(rp_json_build *b, cJSON *to, const char *key,
                          double v);
void rp_json_build_string(rp_json_build *b, cJSON *to, const char *key,
                          const char *v);
void rp_json_build_bool(rp_json_build *b, cJSON *to, const char *key, bool v);
void rp_json_build_null(rp_json_build *b, cJSON *to, const char *key);

/* Adds item, made elsewhere (cJSON_CreateDoubleArray, another builder
 * function's root), to `to`, taking it: it is deleted when it cannot be
 * added.  item NULL fails b. */
void rp_json_build_item(rp_json_build *b, cJSON *to, const char *key,
                        cJSON *item);

/* The tree as indented text (the caller frees it with cJSON_free), or NULL
 * when any part of it failed or printing ran out of memory. */
char *rp_json_build_print(rp_json_build *b, const cJSON *root);

#endif
