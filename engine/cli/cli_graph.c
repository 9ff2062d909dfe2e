/*
 * cli_graph.c -- `rapport graph`: a scenario as a Graphviz graph.
 *
 * The drawing follows the scenario's data (nodes and choices in scenario
 * order, so the output is deterministic), and the explorer adds what data
 * alone cannot say: which parts a trainee can ever reach, and where a `next`
 * function actually leads.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "author/explore.h"
#include "cli.h"
#include "cli_term.h"
#include "core/debrief.h"
#include "io/catalog.h"
#include "io/rp_fs.h"
#include "io/scn_file.h"
#include "util/rp_buf.h"
#include "util/term.h"

/* DOT-escapes n cleaned bytes onto the buffer ctx.  Backslashes are
 * escaped too: DOT would read "\N" or "\G" in a label as a substitution. */
static void dot_piece(void *ctx, const char *s, size_t n) {
  rp_buf *b = ctx;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"' || s[i] == '\\') {
      rp_buf_add(b, "\\", 1);
      rp_buf_add(b, &s[i], 1);
    } else if (s[i] == '\n') {
      rp_buf_puts(b, "\\n");
    } else if (s[i] == '\t' || s[i] == '\r') {
      rp_buf_puts(b, " ");
    } else {
      rp_buf_add(b, &s[i], 1);
    }
  }
}

/* Appends s as the inside of a DOT quoted string, with its control
 * characters shown as '?' by the one sanitiser (util/term.h): the graph
 * may go to a file, and from there to a terminal. */
static void dot_esc(rp_buf *b, const char *s) {
  if (s != NULL)
    term_clean_to(s, strlen(s), 0, dot_piece, b);
}

/* `key="value"` with value escaped; sep goes before it. */
static void attr(rp_buf *b, const char *sep, const char *key, const char *v) {
  rp_buf_printf(b, "%s%s=\"", sep, key);
  dot_esc(b, v);
  rp_buf_puts(b, "\"");
}

/* A (choice, target node) pair seen by the explorer. */
typedef struct target {
  int gid, node;
} target;

static int by_target(const void *a, const void *b) {
  const target *x = a, *y = b;
  if (x->gid != y->gid)
    return x->gid < y->gid ? -1 : 1;
  return (x->node > y->node) - (x->node < y->node);
}

/* The distinct nodes each `next` function was seen to lead to, sorted by
 * choice then node (scenario order).  An error state's node is where the
 * function failed, not a destination, so those are left out. */
static target *fn_targets(const explore_graph *g, int *n) {
  target *t = malloc(((size_t)g->n_edges + 1) * sizeof *t);
  *n = 0;
  if (t == NULL)
    return NULL;
  for (int i = 0; i < g->n_edges; i++) {
    const explore_edge *e = &g->edges[i];
    const explore_state *to = &g->states[e->to];
    if (g->by_gid[e->choice]->next < 0 && to->kind != EXPLORE_ERROR)
      t[(*n)++] = (target){e->choice, to->node};
  }
  qsort(t, (size_t)*n, sizeof *t, by_target);
  int k = 0;
  for (int i = 0; i < *n; i++)
    if (k == 0 || by_target(&t[k - 1], &t[i]) != 0)
      t[k++] = t[i];
  *n = k;
  return t;
}

static const char *fill_for(scn_result r) {
  return r == SCN_WON ? "palegreen" : r == SCN_STALLED ? "khaki" : "pink";
}

static void emit_node(rp_buf *b, const scn_scenario *s, int n, bool dim) {
  const scn_node *node = &s->nodes[n];
  rp_buf label = RP_BUF_INIT, style = RP_BUF_INIT;
  rp_buf_printf(&label, "%s%s", node->id, dim ? " (unreachable)" : "");
  rp_buf_puts(&style, node->is_ending ? "filled" : "rounded");
  if (node->is_ending) {
    const scn_outcome *o = &node->outcome;
    rp_buf_printf(&label, "\n%s", scn_result_name(o->result));
    if (o->deal_value != 0 || o->result == SCN_WON) {
      rp_buf_puts(&label, ", ");
      debrief_money(&label, o->deal_value, s->currency);
    }
    if (o->days_to_close >= 0)
      rp_buf_printf(&label, ", %d days", o->days_to_close);
  }
  if (n == s->start)
    rp_buf_puts(&style, ",bold");
  if (dim)
    rp_buf_puts(&style, ",dashed");

  rp_buf_puts(b, "  \"");
  dot_esc(b, node->id);
  rp_buf_puts(b, "\" [");
  attr(b, "", "label", rp_buf_str(&label));
  attr(b, ", ", "style", rp_buf_str(&style));
  if (node->is_ending)
    rp_buf_printf(b, ", shape=doubleoctagon, fillcolor=%s",
                  fill_for(node->outcome.result));
  if (n == s->start)
    rp_buf_puts(b, ", penwidth=2");
  if (dim)
    rp_buf_puts(b, ", color=gray, fontcolor=gray");
  /* SVG shows the tooltip on hover: what the prospect says here. */
  attr(b, ", ", "tooltip",
       node->fn_say != SCN_NOFN ? "(say is a function)" : node->say);
  rp_buf_puts(b, "];\n");
  rp_buf_free(&label);
  rp_buf_free(&style);
}

/* One edge for choice ch of node `from` to node `to` (-1: the "?" node). */
static void emit_edge(rp_buf *b, const scn_scenario *s, int from,
                      const scn_choice *ch, int to, bool dim) {
  int push = ch->skills[SCN_PUSHING];
  const char *color = dim                ? "gray"
                      : ch->value > push ? "darkgreen"
                      : push > ch->value ? "red3"
                                         : "gray40";
  rp_buf_puts(b, "  \"");
  dot_esc(b, s->nodes[from].id);
  if (to >= 0) {
    rp_buf_puts(b, "\" -> \"");
    dot_esc(b, s->nodes[to].id);
    rp_buf_puts(b, "\" [");
  } else /* the "?" nodes are named by gid: no scenario id starts with '?' */
    rp_buf_printf(b, "\" -> \"?%d\" [", ch->gid);
  attr(b, "", "label", ch->id);
  rp_buf_printf(b, ", color=%s, fontcolor=%s", color, color);
  if (dim || to < 0)
    rp_buf_puts(b, ", style=dashed");
  rp_buf tip = RP_BUF_INIT;
  rp_buf_printf(&tip, "%s%s",
                ch->fn_text != SCN_NOFN ? "(text is a function)" : ch->text,
                dim ? " (unreachable)" : "");
  attr(b, ", ", "tooltip", rp_buf_str(&tip));
  rp_buf_free(&tip);
  rp_buf_puts(b, "];\n");
}

/* The DOT text of s into b. */
static rp_status to_dot(const scn_scenario *s, rp_buf *b, rp_error *err) {
  explore_graph g;
  if (explore_run(s, 0, &g, err) != RP_OK)
    return err->code;
  int n_targets;
  target *t = fn_targets(&g, &n_targets);
  if (t == NULL) {
    explore_free(&g);
    return rp_fail(err, RP_ENOMEM, "out of memory");
  }
  /* A bounded exploration saw part of the graph: "never seen" is then no
   * proof that a trainee cannot get there. */
  bool proven = !g.bounded;

  rp_buf_puts(b, "digraph \"");
  dot_esc(b, s->id);
  rp_buf_puts(b, "\" {\n  graph [");
  attr(b, "", "label", s->title);
  rp_buf_puts(b, ", labelloc=t, rankdir=LR, fontname=\"Helvetica\"];\n"
                 "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
                 "  edge [fontname=\"Helvetica\", fontsize=10];\n");
  for (int n = 0; n < s->n_nodes; n++)
    emit_node(b, s, n, proven && !g.node_reached[n]);
  int k = 0; /* walks t, which is sorted by gid like the loop below */
  for (int n = 0; n < s->n_nodes; n++) {
    const scn_node *node = &s->nodes[n];
    for (int c = 0; c < node->n_choices; c++) {
      const scn_choice *ch = &node->choices[c];
      bool dim = proven && !g.choice_offered[ch->gid];
      while (k < n_targets && t[k].gid < ch->gid)
        k++;
      if (ch->next >= 0) {
        emit_edge(b, s, n, ch, ch->next, dim);
        continue;
      }
      bool any = false;
      for (; k < n_targets && t[k].gid == ch->gid; k++, any = true)
        emit_edge(b, s, n, ch, t[k].node, dim);
      if (!any) {
        rp_buf_printf(b,
                      "  \"?%d\" [label=\"?\", shape=circle, width=0.3, "
                      "fixedsize=true, style=dashed, color=gray, "
                      "fontcolor=gray, tooltip=\"next is a function; no "
                      "destination was seen\"];\n",
                      ch->gid);
        emit_edge(b, s, n, ch, -1, dim);
      }
    }
  }
  rp_buf_puts(b, "}\n");
  free(t);
  explore_free(&g);
  if (rp_buf_failed(b))
    return rp_fail(err, RP_ENOMEM, "out of memory");
  return RP_OK;
}

/* Runs `dot -Tsvg` on the DOT text in b and replaces it with the SVG.  The
 * input goes through an unlinked temporary file rather than a second pipe,
 * so that a big graph cannot deadlock us writing while dot writes back. */
static rp_status to_svg(rp_buf *b, rp_error *err) {
  const char *dir = getenv("TMPDIR");
  rp_buf tmpl = RP_BUF_INIT;
  rp_buf_printf(&tmpl, "%s/rapport-graph-XXXXXX",
                dir != NULL && dir[0] ? dir : "/tmp");
  if (rp_buf_failed(&tmpl))
    return rp_fail(err, RP_ENOMEM, "out of memory");
  int in = mkstemp(tmpl.data);
  if (in < 0) {
    rp_fail(err, RP_EIO, "%s: %s", tmpl.data, strerror(errno));
    rp_buf_free(&tmpl);
    return RP_EIO;
  }
  unlink(tmpl.data);
  rp_buf_free(&tmpl);
  int out[2] = {-1, -1};
  size_t off = 0;
  while (off < b->len) {
    ssize_t w = write(in, b->data + off, b->len - off);
    if (w < 0 && errno != EINTR)
      goto io_fail;
    off += w > 0 ? (size_t)w : 0;
  }
  if (lseek(in, 0, SEEK_SET) != 0 || pipe(out) != 0)
    goto io_fail;
  fflush(NULL); /* the child must not flush our buffers a second time */
  pid_t pid = fork();
  if (pid < 0)
    goto io_fail;
  if (pid == 0) {
    dup2(in, 0);
    dup2(out[1], 1);
    close(in);
    close(out[0]);
    close(out[1]);
    execlp("dot", "dot", "-Tsvg", (char *)NULL);
    _exit(127);
  }
  close(in);
  close(out[1]);
  rp_buf svg = RP_BUF_INIT;
  char chunk[8192];
  for (;;) {
    ssize_t r = read(out[0], chunk, sizeof chunk);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      break;
    rp_buf_add(&svg, chunk, (size_t)r);
  }
  close(out[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
    ;
  rp_status st = RP_OK;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
    st = rp_fail(err, RP_EINPUT,
                 "--format svg needs Graphviz's 'dot', which "
                 "could not be run: install graphviz (e.g. "
                 "sudo apt-get install graphviz), or use "
                 "--format dot");
  else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    st = rp_fail(err, RP_EIO, "Graphviz's dot failed on the graph");
  else if (rp_buf_failed(&svg))
    st = rp_fail(err, RP_ENOMEM, "out of memory");
  if (st != RP_OK) {
    rp_buf_free(&svg);
    return st;
  }
  rp_buf_free(b);
  *b = svg;
  return RP_OK;
io_fail:;
  int e = errno;
  close(in);
  if (out[0] >= 0) {
    close(out[0]);
    close(out[1]);
  }
  return rp_fail(err, RP_EIO, "cannot run Graphviz's dot: %s", strerror(e));
}

typedef struct graph_args {
  const char *format, *file;
} graph_args;

const cli_option cli_graph_options[] = {
    CLI_CHOICE(0, "format", graph_args, format, "dot|svg", 0,
               "dot (the default), or svg: runs Graphviz's dot, when "
               "installed, and prints SVG"),
    CLI_STRING('o', NULL, graph_args, file, "FILE", 0,
               "write to FILE instead of standard output"),
    CLI_END};

int cli_graph(int argc, char **argv) {
  graph_args opt = {"dot", NULL};
  int n;
  if (cli_parse("graph", argc, argv, &opt, &n) != CLI_OK)
    return CLI_USAGE;
  if (n == 0)
    return cli_usage("graph", "which scenario? (an id or a .lua file)");
  if (n > 1)
    return cli_usage("graph", "one scenario at a time");
  const char *name = argv[0], *format = opt.format, *file = opt.file;

  char *path;
  rp_error err;
  if (catalog_resolve(name, &path, &err) != RP_OK) {
    cli_error("%s", err.msg);
    return CLI_FAIL;
  }
  scn_scenario *s = scn_load_file(path, &err);
  free(path);
  if (s == NULL) {
    cli_error("%s", err.msg);
    return CLI_FAIL;
  }
  rp_buf b = RP_BUF_INIT;
  rp_status st = to_dot(s, &b, &err);
  scn_free(s);
  if (st == RP_OK && strcmp(format, "svg") == 0)
    st = to_svg(&b, &err);
  if (st == RP_OK && file != NULL)
    st = rp_fs_write_atomic(file, rp_buf_str(&b), b.len, &err);
  else if (st == RP_OK && (cli_write(stdout, rp_buf_str(&b), b.len) != 0 ||
                           fflush(stdout) != 0))
    st = rp_fail(&err, RP_EIO, "cannot write the graph: %s", strerror(errno));
  rp_buf_free(&b);
  if (st != RP_OK)
    cli_error("%s", err.msg);
  return cli_exit(st);
}
