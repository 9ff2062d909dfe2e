/*
 * check_cue_model.c -- the surface of an option's wording, and a linear
 * ranker that learns which surface the best option tends to have.
 *
 * Words are runs of ASCII letters, digits and apostrophes (bytes above 127
 * count as letters, so accented words stay whole), folded to lower case by
 * hand: no locale, so the same text gives the same counts everywhere.
 */
#include <string.h>

#include "check_cues_internal.h"

#define MAX_WORD 32

static const char *const YOU[] = {"you",    "your",     "yours",
                                  "you're", "you've",   "you'd",
                                  "you'll", "yourself", "yourselves"};
static const char *const ME[] = {
    "i",     "i'm",   "i've", "i'd",   "i'll", "me",   "my", "mine", "we",
    "we're", "we've", "we'd", "we'll", "our",  "ours", "us", "let's"};
/* Words that name the product or the transaction. */
static const char *const PITCH[] = {
    "demo",      "demos",    "discount",  "discounts", "price",    "pricing",
    "priced",    "contract", "contracts", "sign",      "signed",   "signing",
    "signature", "proposal", "proposals", "deck",      "slides",   "brochure",
    "trial",     "offer",    "deal",      "package",   "quote",    "product",
    "platform",  "features", "feature",   "license",   "licence",  "purchase",
    "buy",       "order",    "promo",     "upgrade",   "solution", "pilot"};
static const char *const EMPATHY[] = {
    "sounds",     "hear",     "heard",       "understand", "understandable",
    "feel",       "feeling",  "frustrating", "frustrated", "sorry",
    "appreciate", "imagine",  "tough",       "stressful",  "worried",
    "concern",    "concerns", "makes"};
static const char *const OPENERS[] = {"what",  "how",  "why",      "tell",
                                      "walk",  "help", "describe", "where",
                                      "which", "who"};
/* Words too common to count as shared with the prospect's line. */
static const char *const STOP[] = {
    "a",    "an",  "the",    "and",   "or",    "but",  "to",     "of",
    "in",   "on",  "at",     "for",   "with",  "is",   "are",    "was",
    "were", "be",  "been",   "it",    "it's",  "that", "this",   "i",
    "you",  "we",  "me",     "my",    "your",  "our",  "so",     "do",
    "does", "did", "have",   "has",   "had",   "not",  "no",     "yes",
    "just", "can", "will",   "would", "could", "if",   "as",     "about",
    "what", "how", "why",    "there", "they",  "them", "their",  "he",
    "she",  "his", "her",    "its",   "all",   "any",  "up",     "out",
    "from", "by",  "than",   "then",  "too",   "very", "really", "get",
    "got",  "i'm", "that's", "us",    "am",    "when", "who",    "which"};

#define COUNT(a) ((int)(sizeof(a) / sizeof(a)[0]))

static bool in(const char *w, const char *const *list, int n) {
  for (int i = 0; i < n; i++)
    if (strcmp(w, list[i]) == 0)
      return true;
  return false;
}

static bool word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '\'' || c >= 0x80;
}

/* The next word of *p into w (folded, cut at MAX_WORD - 1 bytes); false at
 * the end.  Curly apostrophes (U+2019) count as straight ones. */
static bool next_word(const char **p, char *w) {
  const unsigned char *s = (const unsigned char *)*p;
  while (*s && !word_byte(*s))
    s++;
  if (!*s)
    return false;
  int n = 0;
  while (*s && word_byte(*s)) {
    unsigned char c = *s;
    if (c == 0xe2 && s[1] == 0x80 && s[2] == 0x99) { /* ’ */
      c = '\'';
      s += 2;
    }
    if (c >= 'A' && c <= 'Z')
      c = (unsigned char)(c - 'A' + 'a');
    if (n < MAX_WORD - 1)
      w[n++] = (char)c;
    s++;
  }
  w[n] = '\0';
  *p = (const char *)s;
  return true;
}

static bool shares(const char *w, const char *prospect) {
  char v[MAX_WORD];
  const char *p = prospect;
  while (next_word(&p, v))
    if (strcmp(v, w) == 0)
      return true;
  return false;
}

void cue_stats_of(const char *text, const char *prospect, cue_stats *st) {
  memset(st, 0, sizeof *st);
  for (const unsigned char *s = (const unsigned char *)text; *s; s++) {
    if ((*s & 0xc0) != 0x80)
      st->chars++; /* code points, not bytes */
    if (*s == '?')
      st->question = true;
    else if (*s == '!')
      st->exclaim = true;
    else if (*s >= '0' && *s <= '9')
      st->digit = true;
  }
  char w[MAX_WORD];
  const char *p = text;
  while (next_word(&p, w)) {
    if (st->words == 0)
      st->open = in(w, OPENERS, COUNT(OPENERS));
    st->words++;
    st->you += in(w, YOU, COUNT(YOU));
    st->me += in(w, ME, COUNT(ME));
    st->pitch += in(w, PITCH, COUNT(PITCH));
    st->empathy += in(w, EMPATHY, COUNT(EMPATHY));
    if (prospect != NULL && strlen(w) > 2 && !in(w, STOP, COUNT(STOP)) &&
        shares(w, prospect))
      st->overlap++;
  }
}

static double cap(int v, int most) {
  return (double)(v < most ? v : most) / most;
}

void cue_features(const cue_stats *st, int n, int n_authored, bool shuffled,
                  cue_vec *out) {
  int max_c = 1, min_c = -1, max_w = 1, max_o = 0;
  for (int i = 0; i < n; i++) {
    if (st[i].chars > max_c)
      max_c = st[i].chars;
    if (min_c < 0 || st[i].chars < min_c)
      min_c = st[i].chars;
    if (st[i].words > max_w)
      max_w = st[i].words;
    if (st[i].overlap > max_o)
      max_o = st[i].overlap;
  }
  for (int i = 0; i < n; i++) {
    const cue_stats *s = &st[i];
    double *f = out[i];
    f[0] = (double)s->chars / max_c;
    f[1] = s->chars == max_c;
    f[2] = s->chars == min_c;
    f[3] = s->question;
    f[4] = cap(s->you, 3);
    f[5] = cap(s->me, 3);
    f[6] = cap(s->pitch, 3);
    f[7] = s->digit;
    f[8] = cap(s->overlap, 5);
    f[9] = max_o > 0 && s->overlap == max_o;
    f[10] = cap(s->empathy, 2);
    f[11] = s->open;
    /* The authored order is what a trainee sees only when the node does not
     * shuffle; behind a shuffle it is not wording, and the model must not
     * learn from it. */
    f[12] = !shuffled && s->authored == 0;
    f[13] = !shuffled && s->authored == n_authored - 1;
    f[14] = s->shown == 0;
    f[15] = s->shown == n - 1;
    f[16] = (double)s->words / max_w;
    f[17] = s->exclaim;
  }
}

static double dot(const double *w, const double *f) {
  double x = 0;
  for (int k = 0; k < CHECK_CUES_FEATURES; k++)
    x += w[k] * f[k];
  return x;
}

int cue_model_pick(const cue_model *m, const cue_vec *f, int n) {
  int best = 0;
  double top = 0;
  for (int i = 0; i < n; i++) {
    double x = dot(m->w, f[i]);
    if (i == 0 || x > top) {
      top = x;
      best = i;
    }
  }
  return best;
}

/* Epochs over the training decisions: enough for the perceptron to settle
 * on a few hundred decisions, and a constant so that training is exact. */
#define EPOCHS 12

void cue_model_train(const check_cue_set *const *sets, int n_sets,
                     const char *skip_id, cue_model *m, int *decisions,
                     int *scenarios) {
  cue_model w = {{0}}, sum = {{0}};
  long steps = 0;
  *decisions = 0;
  *scenarios = 0;
  for (int i = 0; i < n_sets; i++)
    if (skip_id == NULL || strcmp(sets[i]->id, skip_id) != 0) {
      *decisions += sets[i]->n;
      *scenarios += sets[i]->n > 0;
    }
  for (int e = 0; e < EPOCHS; e++)
    for (int i = 0; i < n_sets; i++) {
      if (skip_id != NULL && strcmp(sets[i]->id, skip_id) == 0)
        continue;
      for (int d = 0; d < sets[i]->n; d++) {
        const cue_decision *x = &sets[i]->v[d];
        int p = cue_model_pick(&w, x->f, x->n);
        if (p != x->best)
          for (int k = 0; k < CHECK_CUES_FEATURES; k++)
            w.w[k] += x->f[x->best][k] - x->f[p][k];
        for (int k = 0; k < CHECK_CUES_FEATURES; k++)
          sum.w[k] += w.w[k];
        steps++;
      }
    }
  for (int k = 0; k < CHECK_CUES_FEATURES; k++)
    m->w[k] = steps > 0 ? sum.w[k] / (double)steps : 0;
}
