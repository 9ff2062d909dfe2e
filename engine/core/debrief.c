/* debrief.c -- renders a scored session for a person to read. */
#include "core/debrief.h"

#include <stdio.h>
#include <string.h>

void debrief_money(rp_buf *b, long long value, const char *currency) {
  const char *sym = strcmp(currency, "USD") == 0   ? "$"
                    : strcmp(currency, "EUR") == 0 ? "\xe2\x82\xac"
                    : strcmp(currency, "GBP") == 0 ? "\xc2\xa3"
                                                   : NULL;
  if (sym != NULL)
    rp_buf_puts(b, sym);
  else
    rp_buf_printf(b, "%s ", currency);
  char digits[32];
  int n = snprintf(digits, sizeof digits, "%lld", value < 0 ? 0 : value);
  for (int i = 0; i < n; i++) {
    if (i > 0 && (n - i) % 3 == 0)
      rp_buf_puts(b, ",");
    rp_buf_add(b, &digits[i], 1);
  }
}

static const char *const SKILL_LABEL[SCN_SKILL_COUNT] = {
    "Empathy", "Listening", "Problem-solving", "Pushing"};

static void rule(rp_buf *b, const term_style *st, const char *title) {
  rp_buf_printf(b, "\n%s%s%s\n", term_bold(st), title, term_reset(st));
}

static void outcome(rp_buf *b, const sess_session *s, const term_style *st,
                    bool show_ids) {
  const scn_scenario *scn = sess_scenario(s);
  rp_buf_printf(b, "  %-22s", "Outcome");
  switch (sess_state(s)) {
  case SESS_ENDED: {
    const scn_node *e = &scn->nodes[sess_node(s)];
    const scn_outcome *o = &e->outcome;
    const char *color = o->result == SCN_WON    ? term_green(st)
                        : o->result == SCN_LOST ? term_red(st)
                                                : term_yellow(st);
    rp_buf_printf(b, "%s%s%s", color,
                  o->result == SCN_WON    ? "WON"
                  : o->result == SCN_LOST ? "LOST"
                                          : "STALLED",
                  term_reset(st));
    if (o->deal_value > 0) {
      rp_buf_puts(b, ", ");
      debrief_money(b, o->deal_value, scn->currency);
    }
    if (o->days_to_close >= 0)
      rp_buf_printf(b, ", closes in %d day%s", o->days_to_close,
                    o->days_to_close == 1 ? "" : "s");
    if (show_ids)
      rp_buf_printf(b, "  %s(ending '%s')%s", term_dim(st), e->id,
                    term_reset(st));
    rp_buf_puts(b, "\n");
    break;
  }
  case SESS_QUIT:
    rp_buf_printf(b,
                  "%snot reached%s: you ended the call after %d "
                  "decision%s\n",
                  term_yellow(st), term_reset(st), sess_turn(s),
                  sess_turn(s) == 1 ? "" : "s");
    break;
  case SESS_ABORTED:
    rp_buf_printf(b,
                  "%snot reached%s: the scenario failed after %d "
                  "decision%s\n",
                  term_red(st), term_reset(st), sess_turn(s),
                  sess_turn(s) == 1 ? "" : "s");
    rp_buf_printf(b, "  %-22s", "Reason");
    term_wrap(b, sess_abort_reason(s) ? sess_abort_reason(s) : "unknown",
              st->width, 24, 24);
    rp_buf_puts(b, "\n");
    break;
  case SESS_ACTIVE: rp_buf_puts(b, "in progress\n"); break;
  }
}

static void axis(rp_buf *b, const term_style *st, const char *label,
                 double value, const char *note) {
  rp_buf_printf(b, "  %-22s", label);
  term_bar(b, st, value, 20);
  rp_buf_printf(b, " %5.1f", value);
  if (note != NULL && note[0])
    rp_buf_printf(b, "  %s%s%s", term_dim(st), note, term_reset(st));
  rp_buf_puts(b, "\n");
}

static void quote(rp_buf *b, const term_style *st, const char *prefix,
                  const char *text, int indent) {
  (void)st;
  rp_buf_printf(b, "%*s%s", indent, "", prefix);
  term_wrap(b, text, st->width, indent, indent + term_columns(prefix));
  rp_buf_puts(b, "\n");
}

static void moments(rp_buf *b, const sess_session *s, const score_report *r,
                    const term_style *st) {
  const scn_scenario *scn = sess_scenario(s);
  const sess_decision *d;
  sess_decisions(s, &d);
  if (r->n_helped > 0) {
    rule(b, st, "What helped most");
    for (int i = 0; i < r->n_helped; i++) {
      const sess_decision *x = &d[r->helped[i].decision];
      const scn_choice *ch = &scn->nodes[x->node].choices[x->choice];
      rp_buf_printf(b, "  %sTurn %d%s  %s+%d%s  ", term_bold(st), x->turn,
                    term_reset(st), term_green(st), r->helped[i].gained,
                    term_reset(st));
      term_wrap(b, x->text ? x->text : ch->id, st->width, 4, 16);
      rp_buf_puts(b, "\n");
      if (ch->coach)
        quote(b, st, "", ch->coach, 4);
    }
  }
  if (r->n_hurt > 0) {
    rule(b, st, "What hurt most");
    for (int i = 0; i < r->n_hurt; i++) {
      const sess_decision *x = &d[r->hurt[i].decision];
      const scn_node *node = &scn->nodes[x->node];
      const scn_choice *ch = &node->choices[x->choice];
      rp_buf_printf(b, "  %sTurn %d%s  %s-%d%s  ", term_bold(st), x->turn,
                    term_reset(st), term_red(st), r->hurt[i].lost,
                    term_reset(st));
      term_wrap(b, x->text ? x->text : ch->id, st->width, 4, 16);
      rp_buf_puts(b, "\n");
      if (ch->coach)
        quote(b, st, "", ch->coach, 4);
      if (x->best != x->choice) {
        const scn_choice *bc = &node->choices[x->best];
        rp_buf_printf(b, "    %sBetter:%s ", term_cyan(st), term_reset(st));
        term_wrap(b, x->best_text ? x->best_text : bc->id, st->width, 6, 12);
        rp_buf_puts(b, "\n");
        if (bc->coach)
          quote(b, st, "", bc->coach, 6);
      }
    }
  }
}

/* Appends at most cols columns of text, cut at a character and marked with
 * an ellipsis when it is longer. */
static void cut(rp_buf *b, const char *text, int cols) {
  if (term_columns(text) <= cols) {
    rp_buf_puts(b, text);
    return;
  }
  int n = 0;
  const char *p = text;
  for (; *p; p++)
    if ((*p & 0xc0) != 0x80 && n++ == cols - 1)
      break; /* p starts the cols-th character: keep cols - 1 of them */
  rp_buf_add(b, text, (size_t)(p - text));
  rp_buf_puts(b, "\xe2\x80\xa6"); /* an ellipsis */
}

static void decisions(rp_buf *b, const sess_session *s, const term_style *st,
                      bool show_ids) {
  const scn_scenario *scn = sess_scenario(s);
  const sess_decision *d;
  int n = sess_decisions(s, &d);
  if (n == 0)
    return;
  rule(b, st, "Every decision (points earned of the best available)");
  if (show_ids)
    rp_buf_printf(b, "  %s%-4s %-20s %-20s %12s %8s%s\n", term_dim(st), "turn",
                  "node", "choice", "relationship", "pushing", term_reset(st));
  else
    rp_buf_printf(b, "  %s%-4s %-41s %12s %8s%s\n", term_dim(st), "turn",
                  "what you said", "relationship", "pushing", term_reset(st));
  for (int i = 0; i < n; i++) {
    const scn_node *node = &scn->nodes[d[i].node];
    char rel[32], push[32];
    snprintf(rel, sizeof rel, "%d/%d", d[i].value - d[i].value_min,
             d[i].value_max - d[i].value_min);
    snprintf(push, sizeof push, "+%d",
             d[i].skill[SCN_PUSHING] - d[i].skill_min[SCN_PUSHING]);
    if (show_ids) {
      rp_buf_printf(b, "  %-4d %-20.20s %-20.20s %12s %8s\n", d[i].turn,
                    node->id, node->choices[d[i].choice].id, rel, push);
      continue;
    }
    /* Trainees see what they said, not the scenario's internal ids: ids
     * shared across a cohort would be an answer key. */
    rp_buf_printf(b, "  %-4d ", d[i].turn);
    size_t at = b->len;
    cut(b, d[i].text != NULL ? d[i].text : "", 41);
    int used = term_columns(b->data != NULL ? b->data + at : "");
    rp_buf_printf(b, "%*s %12s %8s\n", 41 - used, "", rel, push);
  }
}

void debrief_render(rp_buf *b, const sess_session *s, const score_report *r,
                    const term_style *st, bool show_ids) {
  const scn_scenario *scn = sess_scenario(s);
  rp_buf_printf(b, "\n%s== Debrief: %s ==%s\n", term_bold(st), scn->title,
                term_reset(st));
  outcome(b, s, st, show_ids);
  rp_buf_printf(b, "  %-22s%s%s%s (%s)\n", "Style", term_bold(st), r->style,
                term_reset(st), r->tier);
  rp_buf_printf(b,
                "  %-22s%5.1f / 100  %s(3 x relationship + (100 - "
                "pushing), / 4)%s\n",
                "Overall", r->overall, term_dim(st), term_reset(st));
  rp_buf_puts(b, "\n");
  char note[160] = "";
  if (r->capped)
    snprintf(note, sizeof note, "capped from %.1f: problem-solving was %.1f",
             r->relationship_raw, r->skills[SCN_PROBLEM_SOLVING].score);
  axis(b, st, "Relationship quality", r->relationship_quality, note);
  axis(b, st, "Transactional pushing", r->transactional_pushing,
       "lower is better");
  rp_buf_puts(b, "\n");
  for (int k = 0; k < SCN_SKILL_COUNT; k++) {
    const score_skill *sk = &r->skills[k];
    char pts[96];
    if (sk->measured)
      snprintf(pts, sizeof pts, "%ld of %ld points%s", sk->earned,
               sk->available, k == SCN_PUSHING ? " (lower is better)" : "");
    else
      snprintf(pts, sizeof pts, "not tested by the choices you met");
    axis(b, st, SKILL_LABEL[k], sk->score, pts);
  }
  rp_buf_puts(b, "\n");
  rp_buf_printf(b, "  %-22s%d of %d", "Facts uncovered", r->facts_uncovered,
                r->facts_total);
  uint64_t known = sess_facts(s);
  if (r->facts_total > r->facts_uncovered) {
    rp_buf_puts(b, "  (missed:");
    for (int f = 0; f < scn->n_facts; f++)
      if (!((known >> f) & 1))
        rp_buf_printf(b, " %s", scn->facts[f].id);
    rp_buf_puts(b, ")");
  }
  rp_buf_puts(b, "\n");
  rp_buf_printf(b, "  %-22s%d of %d decisions (%.0f%%)\n", "Questions asked",
                r->questions, r->decisions, r->question_rate);
  moments(b, s, r, st);
  decisions(b, s, st, show_ids);
  rp_buf_printf(b, "\n%sHow the scores are computed: docs/scoring.md%s\n",
                term_dim(st), term_reset(st));
}
