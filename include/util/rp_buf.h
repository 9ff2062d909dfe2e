/*
 * rp_buf.h -- a growable string, for text built in pieces (the debrief, the
 * transcript, wrapped lines) by modules that must not print.
 *
 * Ownership: the buffer owns its bytes; rp_buf_free() releases them and
 * rp_buf_take() hands them to the caller (who frees them with free()).
 * Allocation failure is sticky: the buffer stops growing, rp_buf_failed()
 * says so, and the text so far stays valid.
 */
#ifndef RP_BUF_H
#define RP_BUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct rp_buf {
  char *data; /* always NUL-terminated once anything was added */
  size_t len, cap;
  bool failed;
} rp_buf;

#define RP_BUF_INIT                                                            \
  { NULL, 0, 0, false }

void rp_buf_add(rp_buf *b, const char *s, size_t n);
void rp_buf_puts(rp_buf *b, const char *s);
void rp_buf_printf(rp_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
bool rp_buf_failed(const rp_buf *b);
const char *rp_buf_str(const rp_buf *b); /* "" when empty */
char *rp_buf_take(rp_buf *b);
void rp_buf_free(rp_buf *b);

#endif
