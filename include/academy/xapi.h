/*
 * xapi.h -- xAPI 1.0.3 statements for graded homework.
 *
 * For every verified attempt (grade.h) one statement with verb passed or
 * failed about the assignment (activity type simulation): scaled score,
 * success, completion, duration and the skill scores as extensions; and one
 * "answered" statement per decision about that node (a cmi.interaction of
 * type choice listing the node's choices) with the choice id as the
 * response.  All statements of an attempt share a registration UUID.
 *
 * Deterministic: UUIDs are derived from the submission's SHA-256 (RFC 9562
 * version 8, name-based), timestamps come from the record, so grading the
 * same files twice gives the same statements and an LRS can de-duplicate.
 *
 * No I/O.  xapi_statements() returns a cJSON array the caller deletes.
 */
#ifndef XAPI_H
#define XAPI_H

#include <cjson/cJSON.h>
#include <stdbool.h>

#include "academy/grade.h"
#include "academy/homework.h"
#include "core/scn.h"

#define XAPI_DEFAULT_BASE "https://rapport.invalid/xapi"

/* Whether s is usable as an absolute IRI prefix (scheme ':' then no
 * spaces, control characters, quotes or angle brackets). */
bool xapi_valid_base(const char *s);

/* The statements of the verified results, in result order; NULL when out of
 * memory.  base is the IRI activities and extensions are named under
 * (no trailing '/'); platform names the software ("rapport 1.2"). */
cJSON *xapi_statements(const homework_assignment *a, const scn_scenario *scn,
                       const grade_result *v, int n, const char *base,
                       const char *platform);

/* Writes the RFC 9562 version-8 UUID of the SHA-256 of name. */
void xapi_uuid(const char *name, char out[37]);

#endif
