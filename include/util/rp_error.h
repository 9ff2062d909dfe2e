/*
 * rp_error.h -- the error value every rapport module returns.
 *
 * Library code never prints: a function that can fail fills an rp_error and
 * returns its code; the front end (cli.c, repl.c) prints it once.  The message
 * is complete on its own ("scenarios/x.lua:42: choice 'pitch' in node
 * 'opening': next node 'guardd' does not exist"), so printers add nothing.
 */
#ifndef RP_ERROR_H
#define RP_ERROR_H

#include <stddef.h>

/* Longest message kept; longer ones are truncated with "...". */
#define RP_ERROR_MAX 1024

typedef enum rp_status {
  RP_OK = 0,
  RP_EINPUT,    /* bad input: a file, a record, a choice the user typed */
  RP_ESCENARIO, /* a scenario that does not load or compile */
  RP_ERUNTIME,  /* a scenario function that failed during play */
  RP_ENOMEM,    /* an allocation failed (or the sandbox's memory cap) */
  RP_EIO,       /* the operating system refused a read or write */
  RP_ELIMIT     /* the sandbox's instruction budget ran out */
} rp_status;

typedef struct rp_error {
  rp_status code;
  char msg[RP_ERROR_MAX];
} rp_error;

/* Sets err (when not NULL) to code and a printf-style message; returns code
 * so that callers can write `return rp_fail(err, RP_EINPUT, "...")`. */
rp_status rp_fail(rp_error *err, rp_status code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Clears err to RP_OK with an empty message. */
void rp_error_clear(rp_error *err);

#endif
