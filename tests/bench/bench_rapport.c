/*
 * bench_rapport.c -- rapport's side of the peer benchmarks (make bench).
 *
 *   bench_rapport walk SCENARIO [PLAYS] [SEED]  the peers' walk, JSON
 *   bench_rapport first-line SCENARIO           print the first line, exit
 *   bench_rapport explore SCENARIO [MAX_STATES] explore_run alone, JSON
 *   bench_rapport random SCENARIO [RUNS]        check_random_play, JSON
 *   bench_rapport touch MIB                     memory written first and
 *                                               second time, GB/s, JSON
 *
 * The walk is the one of walk.lua and run_ink.js, through rapport's own
 * session API: a session per scenario, sess_restart() per playthrough
 * (meters back to their start, 0); at each node the available options in
 * the order shown (the converted scenario does not shuffle), pick
 * available[x % n] with xorshift32 seeded with SEED (0 -> 1), sess_choose()
 * it, until the session reaches an ending.  It prints the checksum
 * turns:empathy:listening:pushing (sums over all playthroughs), which must
 * equal the peers', and chars_out, the characters of the prospect's lines
 * (node texts, endings included), which must equal walk.lua's.
 *
 * Load time is wall time around scn_load_file, and also the process's CPU
 * time (load_cpu_ms: what walk.lua's os.clock() measures, so that the two
 * compare on a shared machine); play time is wall time of the
 * playthroughs, and their CPU time likewise (turns_per_cpu_s); peak RSS is
 * VmHWM from /proc/self/status.
 */
#define _POSIX_C_SOURCE 200809L

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "author/check.h"
#include "author/explore.h"
#include "util/rp_pages.h"
#include "core/scn.h"
#include "io/scn_file.h"
#include "core/sess.h"

static double clock_s(clockid_t c) {
  struct timespec t;
  clock_gettime(c, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double now(void) { return clock_s(CLOCK_MONOTONIC); }

/* CPU seconds of this process (user and system), like Lua's os.clock(). */
static double cpu_now(void) { return clock_s(CLOCK_PROCESS_CPUTIME_ID); }

static double peak_rss_mb(void) {
  FILE *f = fopen("/proc/self/status", "r");
  if (f == NULL)
    return 0;
  char line[256];
  long kb = 0;
  while (fgets(line, sizeof line, f) != NULL)
    if (sscanf(line, "VmHWM: %ld kB", &kb) == 1)
      break;
  fclose(f);
  return (double)kb / 1024.0;
}

static void die(const char *what, const char *msg) {
  fprintf(stderr, "bench_rapport: %s: %s\n", what, msg);
  exit(1);
}

static double last_load_cpu_ms;

static scn_scenario *load(const char *path, double *ms) {
  rp_error err;
  double t = now(), c = cpu_now();
  scn_scenario *s = scn_load_file(path, &err);
  *ms = (now() - t) * 1000.0;
  last_load_cpu_ms = (cpu_now() - c) * 1000.0;
  if (s == NULL)
    die(path, err.msg);
  return s;
}

static int meter(const scn_scenario *s, const char *id) {
  int m = scn_meter_find(s, id);
  if (m < 0)
    die(s->chunkname, "the scenario has no meter of the peers' graph");
  return m;
}

static uint32_t x32;
static uint32_t xorshift32(void) {
  x32 ^= x32 << 13;
  x32 ^= x32 >> 17;
  x32 ^= x32 << 5;
  return x32;
}

static int walk(const char *path, long plays, long long seed) {
  double load_ms;
  scn_scenario *scn = load(path, &load_ms);
  double rss_load = peak_rss_mb();
  int me = meter(scn, "empathy"), ml = meter(scn, "listening"),
      mp = meter(scn, "pushing");
  rp_error err;
  sess_session *s = sess_new(scn, 1, &err);
  if (s == NULL)
    die(path, err.msg);
  x32 = (uint32_t)(seed & 0xffffffff);
  if (x32 == 0)
    x32 = 1;
  long long turns = 0, chars = 0, sum_e = 0, sum_l = 0, sum_p = 0;
  int avail[256];
  double t = now(), tc = cpu_now();
  for (long p = 0; p < plays; p++) {
    if (p > 0 && sess_restart(s, &err) != RP_OK)
      die(path, err.msg);
    while (sess_state(s) == SESS_ACTIVE) {
      const sess_option *o;
      int n = sess_options(s, &o), k = 0;
      for (int i = 0; i < n && k < 256; i++)
        if (o[i].available)
          avail[k++] = o[i].number;
      if (k == 0)
        die(path, "no option available");
      if (sess_choose(s, avail[xorshift32() % (uint32_t)k], 0.0, &err) != RP_OK)
        die(path, err.msg);
    }
    if (sess_state(s) != SESS_ENDED)
      die(path, sess_abort_reason(s) ? sess_abort_reason(s)
                                     : "the session stopped before an ending");
    const sess_line *lines;
    int nl = sess_transcript(s, &lines);
    for (int i = 0; i < nl; i++)
      if (lines[i].who == SESS_PROSPECT || lines[i].who == SESS_NARRATION)
        chars += (long long)strlen(lines[i].text);
    turns += sess_turn(s);
    const int *m = sess_meters(s);
    sum_e += m[me];
    sum_l += m[ml];
    sum_p += m[mp];
  }
  double play_s = now() - t, play_cpu_s = cpu_now() - tc;
  sess_free(s);
  double rss = peak_rss_mb();
  printf("{\"engine\":\"rapport\",\"file\":\"%s\",\"plays\":%ld,\"seed\":%lld,"
         "\"load_ms\":%.3f,\"load_cpu_ms\":%.3f,\"play_s\":%.4f,"
         "\"plays_per_s\":%.0f,"
         "\"turns_per_s\":%.0f,\"turns_per_cpu_s\":%.0f,"
         "\"mean_turns\":%.3f,"
         "\"checksum\":\"%lld:%lld:%lld:%lld\",\"chars_out\":%lld,"
         "\"peak_rss_after_load_mb\":%.3f,\"peak_rss_mb\":%.3f}\n",
         path, plays, seed, load_ms, last_load_cpu_ms, play_s,
         play_s > 0 ? (double)plays / play_s : 0,
         play_s > 0 ? (double)turns / play_s : 0,
         play_cpu_s > 0 ? (double)turns / play_cpu_s : 0,
         plays > 0 ? (double)turns / (double)plays : 0, turns, sum_e, sum_l,
         sum_p, chars, rss_load, rss);
  scn_free(scn);
  return 0;
}

/* What a player sees first: the prospect's opening line. */
static int first_line(const char *path) {
  double ms;
  scn_scenario *scn = load(path, &ms);
  rp_error err;
  sess_session *s = sess_new(scn, 1, &err);
  if (s == NULL)
    die(path, err.msg);
  const sess_line *lines;
  int n = sess_transcript(s, &lines);
  if (n < 1)
    die(path, "no first line");
  printf("%s\n", lines[0].text);
  fflush(stdout);
  sess_free(s);
  scn_free(scn);
  return 0;
}

static int explore(const char *path, long max_states) {
  double load_ms;
  scn_scenario *scn = load(path, &load_ms);
  explore_graph g;
  rp_error err;
  double t = now(), c = cpu_now();
  if (explore_run(scn, max_states, &g, &err) != RP_OK)
    die(path, err.msg);
  double secs = now() - t, cpu = cpu_now() - c;
  /* The kernel's share (mostly faulting in fresh memory) apart. */
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double sys = (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
  printf("{\"engine\":\"rapport\",\"file\":\"%s\",\"states\":%d,\"edges\":%d,"
         "\"bounded\":%s,\"memory_bounded\":%s,\"max_states\":%ld,"
         "\"seconds\":%.4f,\"cpu_seconds\":%.4f,\"sys_seconds\":%.4f,"
         "\"states_per_s\":%.0f,\"states_per_cpu_s\":%.0f,"
         "\"peak_rss_mb\":%.3f}\n",
         path, g.n_states, g.n_edges, g.bounded ? "true" : "false",
         g.memory_bounded ? "true" : "false", g.max_states, secs, cpu, sys,
         secs > 0 ? g.n_states / secs : 0, cpu > 0 ? g.n_states / cpu : 0,
         peak_rss_mb());
  explore_free(&g);
  scn_free(scn);
  return 0;
}

static int random_play(const char *path, int runs) {
  double load_ms;
  scn_scenario *scn = load(path, &load_ms);
  check_random r;
  rp_error err;
  double t = now();
  if (check_random_play(scn, runs, 1, &r, &err) != RP_OK)
    die(path, err.msg);
  double secs = now() - t;
  printf("{\"engine\":\"rapport\",\"file\":\"%s\",\"runs\":%d,\"aborted\":%d,"
         "\"endless\":%d,\"seconds\":%.4f,\"runs_per_s\":%.0f}\n",
         path, runs, r.aborted, r.endless, secs, secs > 0 ? runs / secs : 0);
  check_random_free(&r);
  scn_free(scn);
  return 0;
}

/* How fast this machine gives the explorer fresh memory: MIB from
 * rp_pages_alloc (huge pages, as the explorer's arrays), written once
 * (page faults: the kernel zeroes each page first; in a virtual machine the
 * host may have to back it too) and written again. */
static int touch(long mib) {
  size_t n = (size_t)mib << 20;
  unsigned char *p = rp_pages_alloc(n);
  if (p == NULL)
    die("touch", "out of memory");
  double t = now();
  memset(p, 1, n);
  double first = now() - t;
  t = now();
  memset(p, 2, n);
  double second = now() - t;
  printf("{\"mib\":%ld,\"first_s\":%.4f,\"second_s\":%.4f,"
         "\"first_gb_per_s\":%.3f,\"second_gb_per_s\":%.3f}\n",
         mib, first, second, (double)n / 1e9 / first, (double)n / 1e9 / second);
  rp_pages_free(p, n);
  return 0;
}

static void usage(void) {
  fprintf(stderr, "usage: bench_rapport walk SCENARIO [PLAYS] [SEED]\n"
                  "       bench_rapport first-line SCENARIO\n"
                  "       bench_rapport explore SCENARIO [MAX_STATES]\n"
                  "       bench_rapport random SCENARIO [RUNS]\n"
                  "       bench_rapport touch MIB\n");
  exit(2);
}

int main(int argc, char **argv) {
  if (argc < 3)
    usage();
  const char *cmd = argv[1], *path = argv[2];
  if (strcmp(cmd, "walk") == 0)
    return walk(path, argc > 3 ? atol(argv[3]) : 1000,
                argc > 4 ? atoll(argv[4]) : 42);
  if (strcmp(cmd, "first-line") == 0)
    return first_line(path);
  if (strcmp(cmd, "explore") == 0)
    return explore(path, argc > 3 ? atol(argv[3]) : 0);
  if (strcmp(cmd, "random") == 0)
    return random_play(path, argc > 3 ? atoi(argv[3]) : 10000);
  if (strcmp(cmd, "touch") == 0)
    return touch(atol(path));
  usage();
  return 2;
}
