/*
 * sbx_table.h -- reading the fields of a Lua table as typed C values, with
 * an error that says where.
 *
 * A scenario file is data in Lua tables, and every mistake in it must be
 * reported as "file:line: choice 'ask' in node 'x': field 'next' must be a
 * node id or a function, not a number".  A reader (sbx_table) is one table
 * on the stack with what such a message needs: the file, the table's line,
 * what the table is, and how to find the line of a field written inside it.
 * The scenario compiler and the scenario tests read through it, so a field
 * is read, and refused, in one way.
 *
 * Tables are read with raw access only: an author's metatable never runs.
 * Nothing here allocates but Lua, and Lua raises its memory errors (pushing
 * a field's name can allocate): call these from a protected call.  No I/O.
 */
#ifndef SBX_TABLE_H
#define SBX_TABLE_H

#include <lua.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/rp_error.h"

/* Longest name an "unknown field" message quotes: a field's name is short,
 * and a long one is junk that would crowd out the rest of the message. */
#define SBX_TABLE_NAME_MAX 71

typedef struct sbx_table {
  lua_State *L;
  int t;             /* the table's absolute stack index */
  rp_error *err;     /* every failure is written here */
  const char *chunk; /* the file, first in every message */
  int line;          /* the table's line in the file; 0: not known */
  /* What the table is, as messages name it ("prospect", "test 'x'"); NULL
   * or "": messages name only the file and line. */
  const char *where;
  /* A table nested in the thing `where` names, as "unknown field" messages
   * name it ("outcome": "unknown field 'x' in outcome"), or NULL. */
  const char *in;
  /* Optional: the line of `field =` written inside the table that starts
   * at `line`, or 0 when not known (messages then give `line`). */
  int (*field_line)(void *ud, const char *field, int line);
  /* Optional: called before a message is written, to bring `where` up to
   * date (the compiler names a choice only when a message needs it). */
  void (*describe)(void *ud);
  void *ud; /* passed to field_line and describe */
} sbx_table;

/* ---- failing --------------------------------------------------------- */

/* The line to report for field f of the table: where `f =` is written, else
 * the table's own line (also when f is NULL). */
int sbx_table_line(const sbx_table *r, const char *f);

/* Fills r->err with RP_ESCENARIO and "chunk:line: where: message" (no
 * "line:" when line <= 0, no "where: " when there is none); returns
 * RP_ESCENARIO.  Stack: unchanged. */
rp_status sbx_table_vfail(const sbx_table *r, int line, const char *fmt,
                          va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 0)))
#endif
    ;

/* sbx_table_vfail at the line of field f (sbx_table_line). */
rp_status sbx_table_fail(const sbx_table *r, const char *f, const char *fmt,
                         ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ---- reading fields ---------------------------------------------------- */

/* Pushes field f of the table (nil when absent) and returns its Lua type,
 * for a field with checks of its own.  Stack: +1. */
int sbx_table_get(const sbx_table *r, const char *f);

/* Reads string field f.  *out points into the table (valid while it stays
 * on the stack unchanged; the caller copies what it keeps) and *len is its
 * length (len may be NULL).  Absent: *out = NULL, and an error when `need`
 * ("missing field 'f'").  Not a string: "field 'f' must be a string, not a
 * number".  Stack: unchanged. */
rp_status sbx_table_string(const sbx_table *r, const char *f, bool need,
                           const char **out, size_t *len);

/* Reads integer field f, which must lie within [lo, hi]; *out is left as it
 * is when f is absent (an error when `need`).  Errors: "field 'f' must be a
 * whole number, not a fraction", "field 'f' is 7; it must be from 0 to 5".
 * Stack: unchanged. */
rp_status sbx_table_int(const sbx_table *r, const char *f, bool need,
                        long long lo, long long hi, long long *out);

/* Reads optional boolean field f; *out is left as it is when f is absent.
 * Error: "field 'f' must be true or false, not a string".  Stack:
 * unchanged. */
rp_status sbx_table_bool(const sbx_table *r, const char *f, bool *out);

/* Reads table field f.  Present: pushes it and makes *out a reader of it
 * (a copy of r with out->t its index: same file, line and `where`); stack
 * +1, the caller pops it.  Absent and not `need`: pushes nothing and sets
 * out->t = 0.  Errors ("missing field 'f'", "field 'f' must be a table, not
 * a string") push nothing. */
rp_status sbx_table_table(const sbx_table *r, const char *f, bool need,
                          sbx_table *out);

/* Reads optional list field f, a list of `kind` ids ("choice"): sets *n to
 * its length (rawlen; entries past it are not read), or to -1 when f is
 * absent, and calls each(ud, s, len) for its entries in order, stopping at
 * the first failure each returns (each fills r->err itself).  s lives while
 * the list does: each copies what it keeps.  Errors: "field 'f' must be a
 * list of choice ids", "field 'f': entry 2 must be a choice id".  Stack:
 * unchanged. */
rp_status
sbx_table_strings(const sbx_table *r, const char *f, const char *kind, int *n,
                  rp_status (*each)(void *ud, const char *s, size_t len),
                  void *ud);

/* Refuses a table with a key that is not one of the n known field names,
 * so that a typo is not taken for an absent field: "unknown field 'nxet'
 * (did you mean 'next'?)", at the line of the unknown field, its name cut
 * at SBX_TABLE_NAME_MAX bytes.  `what` names the table in the message for
 * an entry without a name ("a choice has an entry without a field name
 * (write name = value)"); NULL: such an entry is an unknown field '(not a
 * name)'.  Stack: unchanged. */
rp_status sbx_table_only_known(const sbx_table *r, const char *const *fields,
                               int n, const char *what);

#endif
