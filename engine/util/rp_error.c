/* rp_error.c -- filling rp_error values. */
#include "util/rp_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

rp_status rp_fail(rp_error *err, rp_status code, const char *fmt, ...) {
  if (err != NULL) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof err->msg)
      memcpy(err->msg + sizeof err->msg - 4, "...", 4);
    err->code = code;
  }
  return code;
}

void rp_error_clear(rp_error *err) {
  if (err != NULL) {
    err->code = RP_OK;
    err->msg[0] = '\0';
  }
}
