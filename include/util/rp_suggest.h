/*
 * rp_suggest.h -- "did you mean" for every unknown-name message.
 *
 * An edit distance that counts a swap of neighbours as one edit, and the
 * nearest of a list of known words within it.  Pure: no allocation.
 */
#ifndef RP_SUGGEST_H
#define RP_SUGGEST_H

/* The closest of n candidate words to w within edit distance 2 (1 for words
 * of four letters or fewer), or NULL.  The result is one of cands. */
const char *rp_suggest(const char *w, const char *const *cands, int n);

#endif
