/* rp_suggest.c -- "did you mean": the nearest known word by edit distance. */
#include "util/rp_suggest.h"

#include <string.h>

/* Edit distance counting a swap of neighbours as one edit ("nxet" ->
 * "next"), the commonest typo; stops early above 2 (all "did you mean"
 * needs). */
static int distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 64 || lb > 64 || (la > lb ? la - lb : lb - la) > 2)
    return 3;
  int d[65][65];
  for (size_t i = 0; i <= la; i++)
    d[i][0] = (int)i;
  for (size_t j = 0; j <= lb; j++)
    d[0][j] = (int)j;
  for (size_t i = 1; i <= la; i++)
    for (size_t j = 1; j <= lb; j++) {
      int sub = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
      int del = d[i - 1][j] + 1, ins = d[i][j - 1] + 1;
      int best = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
          d[i - 2][j - 2] + 1 < best)
        best = d[i - 2][j - 2] + 1;
      d[i][j] = best;
    }
  return d[la][lb];
}

const char *rp_suggest(const char *w, const char *const *cands, int n) {
  const char *best = NULL;
  /* Two edits turn most short words into each other ("age" -> "name"):
   * allow one edit for words of four letters or fewer. */
  int bestd = strlen(w) <= 4 ? 2 : 3;
  for (int i = 0; i < n; i++) {
    int d = distance(w, cands[i]);
    if (d < bestd) {
      bestd = d;
      best = cands[i];
    }
  }
  return best;
}
