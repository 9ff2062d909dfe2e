/*
 * rp_time.h -- instants written as ISO 8601 / RFC 3339 text.
 *
 * Assignments carry a due date-time with its time zone ("2026-12-04T17:00
 * +01:00"); records carry UTC times ("2026-11-27T20:24:50Z").  This module
 * reads both without the C library's time zone state (no TZ, no timegm, no
 * strptime: the answer must not depend on the grader's machine) and writes
 * them back.  Pure functions; no I/O, no allocation.
 */
#ifndef RP_TIME_H
#define RP_TIME_H

#include <stdbool.h>
#include <time.h>

/* Parses "YYYY-MM-DDTHH:MM[:SS[.frac]]" followed by "Z", "+HH:MM", "-HH:MM",
 * "+HHMM" or "+HH" ('t'/' ' also separate date and time; 'z' is accepted).
 * On success stores the instant in *out and the offset in minutes east of
 * UTC in *offset_min (when not NULL).  A fraction is truncated.  Rejects
 * impossible dates (2026-02-30), hours past 23 and a missing zone. */
bool rp_time_parse(const char *s, time_t *out, int *offset_min);

/* Like rp_time_parse, but a missing zone is allowed: *has_zone says which,
 * and a zoneless time is read as UTC (the caller decides what it means). */
bool rp_time_parse_opt_zone(const char *s, time_t *out, int *offset_min,
                            bool *has_zone);

/* Parses "YYYY-MM-DD" alone; *out is that day's midnight UTC. */
bool rp_time_parse_date(const char *s, time_t *out);

/* Seconds since the epoch of a proleptic Gregorian civil date-time in UTC. */
time_t rp_time_from_civil(int year, int month, int day, int hour, int min,
                          int sec);

/* Writes t as "YYYY-MM-DDTHH:MM:SS+HH:MM" at offset_min east of UTC ("Z"
 * when the offset is 0).  out must hold 32 bytes. */
void rp_time_format(time_t t, int offset_min, char out[32]);

/* The local time zone's offset from UTC at instant t, in minutes east. */
int rp_time_local_offset(time_t t);

/* Writes seconds as an ISO 8601 duration: "PT14M32S", "PT1H0M5S", "PT0S". */
void rp_time_duration(double seconds, char out[48]);

#endif
