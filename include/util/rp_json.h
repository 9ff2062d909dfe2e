/*
 * rp_json.h -- reading one JSON document from untrusted bytes, and its
 * fields by type.
 *
 * cJSON stops at the end of the first value and ignores what follows;
 * rapport's files hold exactly one document, so text after it (a second
 * object, a stray brace, junk appended to a submission) is an error here.
 * The fields of records, assignments and the curriculum are then read
 * through one reader (rp_json_reader) that checks each one's type and range
 * and names it in every message: "x.json: field 'homework.attempt' is
 * missing".  No I/O.
 */
#ifndef RP_JSON_H
#define RP_JSON_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/rp_buf.h"
#include "util/rp_error.h"

/* Parses len bytes at text (which need not be NUL-terminated) as one JSON
 * document followed by nothing but white space.  On RP_OK *out is the tree
 * (the caller deletes it with cJSON_Delete).  Otherwise *out is NULL and
 * err says why, prefixed with name: RP_EINPUT for text that is not one
 * document ("x.json:3: not valid JSON (near byte 41)"), RP_ENOMEM when
 * cJSON ran out of memory on a valid one ("x.json: out of memory"). */
rp_status rp_json_parse(const char *name, const char *text, size_t len,
                        cJSON **out, rp_error *err);

/* Appends item as cJSON_Print (formatted) writes it, starting at depth:
 * the number of containers around it (0 for a whole document), so that a
 * part printed on its own can be spliced into its document (as a cJSON_Raw
 * item).  Unlike cJSON_Print it may run on several threads at once.  False
 * when item cannot be printed (NULL, a raw item without text, no type);
 * running out of memory is rp_buf_failed(b). */
bool rp_json_print(rp_buf *b, const cJSON *item, int depth);

/* ---- reading fields ----------------------------------------------------- */

/* Where fields are read from, for messages.  Every message names the file
 * and the field's whole path: "NAME: field 'WHEREKEY' WHAT". */
typedef struct rp_json_reader {
  const char *name;  /* the file */
  const char *where; /* the path of the object read, with its dot: "" at the
                        top level, "scenario.", "decisions[3]." */
  const char *docs;  /* where the fields are described (an unknown field's
                        message says so), or NULL */
  rp_error *err;
} rp_json_reader;

/* Whether a field must be there.  JSON null reads as absent for strings and
 * integers; for the other types it is a value of the wrong type (a caller
 * that gives null a meaning, like a record's "ending", tests for it first). */
typedef enum rp_json_need {
  RP_JSON_OPTIONAL, /* may be absent: the output is left as it was (NULL
                       for a string, object or list) */
  RP_JSON_REQUIRED, /* absent: "is missing" (an object or list: the message
                       of the wrong type) */
  RP_JSON_NONEMPTY  /* required, and a string or list may not be empty */
} rp_json_need;

/* No limit on a string's length beyond the document's own. */
#define RP_JSON_ANY_LENGTH SIZE_MAX

/* Fails with RP_EINPUT and "NAME: field 'WHEREKEY' " followed by the
 * printf-style message: for checks of a field's meaning, after its type. */
rp_status rp_json_fail(const rp_json_reader *r, const char *key,
                       const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* o[key] as a copy (the caller frees *out with free()), or NULL when
 * absent.  Errors: "must be a string", "is longer than MAX characters",
 * "is empty" (RP_JSON_NONEMPTY); RP_ENOMEM when the copy fails. */
rp_status rp_json_string(const rp_json_reader *r, const cJSON *o,
                         const char *key, rp_json_need need, size_t max,
                         char **out);

/* o[key] as a whole number from lo to hi; any other value: "must be a whole
 * number from LO to HI". */
rp_status rp_json_int(const rp_json_reader *r, const cJSON *o, const char *key,
                      rp_json_need need, int lo, int hi, int *out);

/* o[key] as a finite number: "must be a number", then "must be from LO to
 * HI". */
rp_status rp_json_number(const rp_json_reader *r, const cJSON *o,
                         const char *key, rp_json_need need, double lo,
                         double hi, double *out);

/* o[key] as true or false: "must be true or false". */
rp_status rp_json_bool(const rp_json_reader *r, const cJSON *o, const char *key,
                       rp_json_need need, bool *out);

/* o[key] as an object (*out points into o): "must be an object". */
rp_status rp_json_object(const rp_json_reader *r, const cJSON *o,
                         const char *key, rp_json_need need, const cJSON **out);

/* o[key] as a list of at most max entries (*out points into o): "must be a
 * list" ("must be a non-empty list" with RP_JSON_NONEMPTY), "has too many
 * entries". */
rp_status rp_json_array(const rp_json_reader *r, const cJSON *o,
                        const char *key, rp_json_need need, int max,
                        const cJSON **out);

/* Refuses any field of o not named in known (NULL-terminated): a typo in a
 * hand-edited file ("pass_mrk") must not silently fall back to a default.
 * "NAME: unknown field 'WHEREKEY' (the fields are described in DOCS)". */
rp_status rp_json_only_known(const rp_json_reader *r, const cJSON *o,
                             const char *const *known);

#endif
