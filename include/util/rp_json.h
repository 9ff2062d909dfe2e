/*
 * rp_json.h -- reading one JSON document from untrusted bytes.
 *
 * cJSON stops at the end of the first value and ignores what follows;
 * rapport's files hold exactly one document, so text after it (a second
 * object, a stray brace, junk appended to a submission) is an error here.
 * Errors name the file and line: "x.json:3: not valid JSON (near byte 41)".
 * No I/O.
 */
#ifndef RP_JSON_H
#define RP_JSON_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "util/rp_error.h"

/* Parses len bytes at text (which need not be NUL-terminated) as one JSON
 * document followed by nothing but white space.  Returns the tree (the
 * caller deletes it with cJSON_Delete) or NULL with err filled (RP_EINPUT),
 * its message prefixed with name. */
cJSON *rp_json_parse(const char *name, const char *text, size_t len,
                     rp_error *err);

#endif
