/*
 * repl_render.c -- how the conversation looks.  See repl_render.h.
 */
#include "repl_render.h"

#include <stdarg.h>
#include <string.h>

#include "cli_term.h"
#include "util/rp_buf.h"

/* ---- messages ------------------------------------------------------------ */

void repl_emit(repl *r, rp_buf *b) {
  cli_puts(r->o.out, rp_buf_str(b));
  fflush(r->o.out);
  rp_buf_free(b);
}

/* In yellow, apart from the conversation's own colours. */
void repl_say(repl *r, const char *fmt, ...) {
  const term_style *st = &r->o.style;
  va_list ap;
  va_start(ap, fmt);
  cli_puts(r->o.out, term_yellow(st));
  cli_vprintf(r->o.out, fmt, ap);
  cli_printf(r->o.out, "%s\n", term_reset(st));
  va_end(ap);
  fflush(r->o.out);
}

/* ---- the conversation ---------------------------------------------------- */

/* One line of the transcript, wrapped to the terminal under its speaker. */
static void print_line(const repl *r, rp_buf *b, const sess_line *l) {
  const term_style *st = &r->o.style;
  const scn_scenario *scn = sess_scenario(r->s);
  int w = st->width;
  switch (l->who) {
  case SESS_PROSPECT: {
    const char *name = scn->prospect.name;
    rp_buf_printf(b, "\n%s%s:%s ", term_bold(st), name, term_reset(st));
    term_wrap(b, l->text, w, 2, term_columns(name) + 2);
    rp_buf_puts(b, "\n");
    break;
  }
  case SESS_TRAINEE:
    rp_buf_printf(b, "\n%sYou:%s ", term_cyan(st), term_reset(st));
    term_wrap(b, l->text, w, 2, 5);
    rp_buf_puts(b, "\n");
    break;
  case SESS_REACTION:
    rp_buf_printf(b, "%s  ", term_dim(st));
    term_wrap(b, l->text, w, 2, 2);
    rp_buf_printf(b, "%s\n", term_reset(st));
    break;
  case SESS_NARRATION:
    rp_buf_puts(b, "\n");
    term_wrap(b, l->text, w, 0, 0);
    rp_buf_puts(b, "\n");
    break;
  }
}

/* The coach note of decision `turn`, shown in practice after its lines. */
static void print_coach(const repl *r, rp_buf *b, int turn) {
  const sess_decision *d;
  int n = sess_decisions(r->s, &d);
  if (!r->o.practice || turn < 1 || turn > n)
    return;
  const scn_scenario *scn = sess_scenario(r->s);
  const scn_choice *ch =
      &scn->nodes[d[turn - 1].node].choices[d[turn - 1].choice];
  if (ch->coach == NULL)
    return;
  const term_style *st = &r->o.style;
  rp_buf_printf(b, "%s  Coach: ", term_yellow(st));
  term_wrap(b, ch->coach, st->width, 9, 9);
  rp_buf_printf(b, "%s\n", term_reset(st));
}

/* Author mode: where the conversation is and what the prospect hides. */
static void author_status(const repl *r, rp_buf *b) {
  const scn_scenario *scn = r->scn;
  const scn_node *node = &scn->nodes[sess_node(r->s)];
  const term_style *st = &r->o.style;
  rp_buf_printf(b, "%s  [author] node '%s' (%s:%d) |", term_cyan(st), node->id,
                scn->chunkname, node->line);
  for (int m = 0; m < scn->n_meters; m++)
    rp_buf_printf(b, " %s %d", scn->meters[m].id, sess_meters(r->s)[m]);
  rp_buf_puts(b, " | facts:");
  int k = 0;
  for (int f = 0; f < scn->n_facts; f++)
    if ((sess_facts(r->s) >> f) & 1)
      rp_buf_printf(b, "%s %s", k++ ? "," : "", scn->facts[f].id);
  if (k == 0)
    rp_buf_puts(b, " none");
  rp_buf_printf(b, "%s\n", term_reset(st));
}

/* The lines not shown yet (each trainee line followed by its reactions,
 * then its coach note), then what the trainee can say now, or why the call
 * ended when the scenario failed. */
void repl_show(repl *r) {
  const sess_line *lines;
  int n = sess_transcript(r->s, &lines);
  rp_buf b = RP_BUF_INIT;
  const term_style *st = &r->o.style;
  int coach_turn = 0;
  for (int i = r->shown; i < n; i++) {
    if (coach_turn && lines[i].who != SESS_REACTION) {
      print_coach(r, &b, coach_turn);
      coach_turn = 0;
    }
    print_line(r, &b, &lines[i]);
    if (lines[i].who == SESS_TRAINEE)
      coach_turn = lines[i].turn;
  }
  if (coach_turn)
    print_coach(r, &b, coach_turn);
  r->shown = n;
  if (sess_state(r->s) == SESS_ACTIVE) {
    const sess_option *opts;
    int k = sess_options(r->s, &opts);
    rp_buf_puts(&b, "\n");
    for (int i = 0; i < k; i++) {
      /* Authors see each choice's id: [ask_budget] */
      const char *cid =
          r->scn->nodes[sess_node(r->s)].choices[opts[i].choice].id;
      int idw = r->o.author ? (int)strlen(cid) + 3 : 0;
      if (opts[i].available) {
        rp_buf_printf(&b, "  %s%d)%s ", term_bold(st), opts[i].number,
                      term_reset(st));
        if (r->o.author)
          rp_buf_printf(&b, "%s[%s]%s ", term_cyan(st), cid, term_reset(st));
        term_wrap(&b, opts[i].text, st->width, 5, 5 + idw);
      } else {
        const scn_scenario *scn = sess_scenario(r->s);
        const scn_choice *ch =
            &scn->nodes[sess_node(r->s)].choices[opts[i].choice];
        rp_buf_printf(&b, "%s  -) ", term_dim(st));
        if (r->o.author)
          rp_buf_printf(&b, "[%s] ", cid);
        term_wrap(&b, opts[i].text, st->width, 5, 5 + idw);
        rp_buf_puts(&b, "\n     (not yet: ");
        term_wrap(&b, ch->unavailable, st->width, 6, 15);
        rp_buf_printf(&b, ")%s", term_reset(st));
      }
      rp_buf_puts(&b, "\n");
    }
    if (r->o.author)
      author_status(r, &b);
  } else if (sess_state(r->s) == SESS_ABORTED) {
    rp_buf_printf(&b, "\n%sThe scenario failed, so the call ends here:%s\n  ",
                  term_red(st), term_reset(st));
    term_wrap(&b, sess_abort_reason(r->s), st->width, 2, 2);
    rp_buf_puts(&b, "\n");
  }
  repl_emit(r, &b);
}

/* The node's lines start after the last one the prospect (or the narrator)
 * spoke before the options. */
void repl_show_current(repl *r) {
  const sess_line *lines;
  int n = sess_transcript(r->s, &lines);
  int last = n;
  while (last > 0 && lines[last - 1].who != SESS_PROSPECT &&
         lines[last - 1].who != SESS_NARRATION)
    last--;
  r->shown = last > 0 ? last - 1 : 0;
  repl_show(r);
}

/* ---- on request ---------------------------------------------------------- */

void repl_render_transcript(const repl *r, rp_buf *b) {
  const sess_line *lines;
  int n = sess_transcript(r->s, &lines);
  rp_buf_printf(b, "%s-- transcript --%s\n", term_dim(&r->o.style),
                term_reset(&r->o.style));
  for (int i = 0; i < n; i++)
    print_line(r, b, &lines[i]);
  rp_buf_printf(b, "%s-- end of transcript --%s\n", term_dim(&r->o.style),
                term_reset(&r->o.style));
}

void repl_render_notes(const repl *r, rp_buf *b) {
  const scn_scenario *scn = sess_scenario(r->s);
  uint64_t known = sess_facts(r->s);
  const term_style *st = &r->o.style;
  rp_buf_printf(b, "%sWhat you know about %s%s\n", term_bold(st),
                scn->prospect.name, term_reset(st));
  rp_buf_printf(b, "  ");
  term_wrap(b, scn->prospect.role, r->o.style.width, 4, 2);
  rp_buf_printf(b, ", %s\n", scn->prospect.company);
  int n = 0;
  for (int f = 0; f < scn->n_facts; f++)
    if ((known >> f) & 1) {
      rp_buf_puts(b, "  - ");
      term_wrap(b, scn->facts[f].text, r->o.style.width, 4, 4);
      rp_buf_puts(b, "\n");
      n++;
    }
  if (n == 0)
    rp_buf_puts(b, "  Nothing yet: ask, and listen.\n");
  else
    rp_buf_printf(b, "  (%d of %d key facts)\n", n, scn->n_facts);
}
