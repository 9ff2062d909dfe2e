/*
 * test_basics.c -- the small building blocks: SHA-256, the string map, the
 * arena, the generator, the growable string, wrapping and UTF-8 checks.
 */
#include "unit.h"

#include <stdalign.h>
#include <stdint.h>

#include "author/explore.h"
#include "util/rp_arena.h"
#include "util/rp_buf.h"
#include "util/rp_pages.h"
#include "util/rp_rng.h"
#include "util/rp_sha256.h"
#include "util/rp_strmap.h"
#include "util/term.h"

/* ---- rp_sha256 ----------------------------------------------------------- */

static void hex_of(const char *s, size_t len, char out[65]) {
  rp_sha256_hex(s, len, out);
}

static void sha256_should_match_the_fips_180_4_vectors(void **state) {
  (void)state;
  char hex[65];
  hex_of("", 0, hex);
  assert_string_equal(
      hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  hex_of("abc", 3, hex);
  assert_string_equal(
      hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const char *m448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  hex_of(m448, strlen(m448), hex);
  assert_string_equal(
      hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  const char *m896 =
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
      "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
  hex_of(m896, strlen(m896), hex);
  assert_string_equal(
      hex, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

static void
sha256_of_one_million_a_fed_in_uneven_pieces_should_match(void **state) {
  (void)state;
  char chunk[997];
  memset(chunk, 'a', sizeof chunk);
  rp_sha256 c;
  rp_sha256_init(&c);
  size_t left = 1000000, step = 1;
  while (left > 0) {
    size_t n = step < left ? step : left;
    if (n > sizeof chunk)
      n = sizeof chunk;
    rp_sha256_update(&c, chunk, n);
    left -= n;
    step = step * 3 + 1; /* 1, 4, 13, 40, ... then capped at 997 */
  }
  unsigned char d[32];
  rp_sha256_final(&c, d);
  static const unsigned char want[32] = {
      0xcd, 0xc7, 0x6e, 0x5c, 0x99, 0x14, 0xfb, 0x92, 0x81, 0xa1, 0xc7,
      0xe2, 0x84, 0xd7, 0x3e, 0x67, 0xf1, 0x80, 0x9a, 0x48, 0xa4, 0x97,
      0x20, 0x0e, 0x04, 0x6d, 0x39, 0xcc, 0xc7, 0x11, 0x2c, 0xd0};
  assert_memory_equal(d, want, 32);

  char *big = malloc(1000000);
  assert_non_null(big);
  memset(big, 'a', 1000000);
  char hex[65];
  rp_sha256_hex(big, 1000000, hex);
  free(big);
  assert_string_equal(
      hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Lengths around the 56- and 64-byte padding boundaries (values from
 * coreutils sha256sum). */
static void sha256_should_pad_correctly_at_block_boundaries(void **state) {
  (void)state;
  static const struct {
    size_t n;
    const char *hex;
  } cases[] = {
      {55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"},
      {56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"},
      {63, "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"},
      {64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"},
      {65, "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9"},
      {119, "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c"},
      {120, "13f05a0b594787f5ecd315edc96141bd3243203d1b7d4f0836f37308b276ba98"},
  };
  char buf[128];
  memset(buf, 'x', sizeof buf);
  for (size_t i = 0; i < UNIT_COUNT(cases); i++) {
    char hex[65];
    rp_sha256_hex(buf, cases[i].n, hex);
    assert_string_equal(hex, cases[i].hex);
  }
}

/* The digest must not depend on which compression function the CPU gets:
 * the SHA-NI one and the portable one over the same tests, and a larger
 * pseudo-random input fed in uneven pieces against the one-shot digest. */
static void sha256_portable_code_should_give_the_same_digests(void **state) {
  for (int pass = 0; pass < 2; pass++) {
    rp_sha256_portable_only(pass == 1);
    sha256_should_match_the_fips_180_4_vectors(state);
    sha256_of_one_million_a_fed_in_uneven_pieces_should_match(state);
    sha256_should_pad_correctly_at_block_boundaries(state);
  }
  size_t n = 100003;
  unsigned char *data = malloc(n);
  assert_non_null(data);
  uint32_t x = 1;
  for (size_t i = 0; i < n; i++) {
    x = x * 1103515245u + 12345u;
    data[i] = (unsigned char)(x >> 16);
  }
  char whole[2][65], pieces[2][65];
  for (int pass = 0; pass < 2; pass++) {
    rp_sha256_portable_only(pass == 1);
    rp_sha256_hex(data, n, whole[pass]);
    rp_sha256 c;
    rp_sha256_init(&c);
    for (size_t at = 0, step = 1; at < n; step = step % 300 + 7) {
      size_t k = step < n - at ? step : n - at;
      rp_sha256_update(&c, data + at, k);
      at += k;
    }
    unsigned char d[32];
    rp_sha256_final(&c, d);
    for (int i = 0; i < 32; i++)
      snprintf(pieces[pass] + 2 * i, 3, "%02x", d[i]);
  }
  rp_sha256_portable_only(false);
  free(data);
  assert_string_equal(whole[0], whole[1]);
  assert_string_equal(pieces[0], whole[0]);
  assert_string_equal(pieces[1], whole[0]);
}

/* ---- rp_strmap ----------------------------------------------------------- */

static void
strmap_should_return_minus_one_for_any_key_when_empty(void **state) {
  (void)state;
  rp_strmap m;
  rp_strmap_init(&m);
  assert_int_equal(rp_strmap_get(&m, "anything"), -1);
  assert_int_equal(rp_strmap_get(&m, ""), -1);
  rp_strmap_free(&m);
}

static void strmap_should_get_what_was_put_and_refuse_duplicates(void **state) {
  (void)state;
  rp_strmap m;
  rp_strmap_init(&m);
  assert_int_equal(rp_strmap_put(&m, "opening", 0, NULL), 0);
  assert_int_equal(rp_strmap_put(&m, "hub", 7, NULL), 0);
  assert_int_equal(rp_strmap_put(&m, "", 3, NULL), 0);
  assert_int_equal(rp_strmap_get(&m, "opening"), 0);
  assert_int_equal(rp_strmap_get(&m, "hub"), 7);
  assert_int_equal(rp_strmap_get(&m, ""), 3);
  assert_int_equal(rp_strmap_get(&m, "hu"), -1);
  assert_int_equal(rp_strmap_get(&m, "hubs"), -1);

  /* The key is compared by content, not by pointer. */
  char copy[] = "hub";
  int old = -99;
  assert_int_equal(rp_strmap_put(&m, copy, 42, &old), 1);
  assert_int_equal(old, 7);
  assert_int_equal(rp_strmap_get(&m, "hub"), 7); /* unchanged */
  assert_int_equal(rp_strmap_put(&m, "hub", 42, NULL), 1);
  assert_int_equal(m.len, 3);
  rp_strmap_free(&m);
  assert_int_equal(m.len, 0);
  assert_int_equal(m.cap, 0);
}

static void strmap_should_grow_to_ten_thousand_keys(void **state) {
  (void)state;
  enum { N = 10000 };
  static char keys[N][24];
  rp_strmap m;
  rp_strmap_init(&m);
  for (int i = 0; i < N; i++) {
    snprintf(keys[i], sizeof keys[i], "node_%d", i);
    assert_int_equal(rp_strmap_put(&m, keys[i], i, NULL), 0);
  }
  assert_int_equal(m.len, N);
  /* a power of two, and at most half full */
  assert_true(m.cap >= 2 * (size_t)N);
  assert_int_equal(m.cap & (m.cap - 1), 0);
  for (int i = 0; i < N; i++) {
    char probe[24];
    snprintf(probe, sizeof probe, "node_%d", i);
    assert_int_equal(rp_strmap_get(&m, probe), i);
  }
  assert_int_equal(rp_strmap_get(&m, "node_10000"), -1);
  assert_int_equal(rp_strmap_get(&m, "node_-1"), -1);
  int old = -1;
  assert_int_equal(rp_strmap_put(&m, "node_1234", 0, &old), 1);
  assert_int_equal(old, 1234);
  rp_strmap_free(&m);
}

/* ---- rp_arena ------------------------------------------------------------ */

static void
arena_should_return_zeroed_memory_aligned_for_any_type(void **state) {
  (void)state;
  rp_arena *a = rp_arena_new();
  assert_non_null(a);
  static const size_t sizes[] = {1, 3, 7, 8, 15, 16, 17, 31, 33, 100, 0, 1};
  for (size_t i = 0; i < UNIT_COUNT(sizes); i++) {
    unsigned char *p = rp_arena_alloc(a, sizes[i]);
    assert_non_null(p);
    assert_int_equal((uintptr_t)p % alignof(max_align_t), 0);
    for (size_t j = 0; j < sizes[i]; j++)
      assert_int_equal(p[j], 0);
    memset(p, 0xAB, sizes[i]); /* dirty it: the next must still be zero */
  }
  rp_arena_free(a);
}

static void arena_should_keep_many_allocations_distinct(void **state) {
  (void)state;
  enum { N = 20000 };
  rp_arena *a = rp_arena_new();
  assert_non_null(a);
  unsigned char **ptrs = malloc(N * sizeof *ptrs);
  assert_non_null(ptrs);
  size_t before = rp_arena_used(a);
  for (int i = 0; i < N; i++) {
    size_t n = (size_t)(i % 97) + 1;
    /* every few, one bigger than a block, which gets a block of its own */
    if (i % 5000 == 4999)
      n = 200000;
    ptrs[i] = rp_arena_alloc(a, n);
    assert_non_null(ptrs[i]);
    memset(ptrs[i], i & 0xFF, n);
  }
  for (int i = 0; i < N; i++) {
    size_t n = i % 5000 == 4999 ? 200000 : (size_t)(i % 97) + 1;
    for (size_t j = 0; j < n; j += 13)
      assert_int_equal(ptrs[i][j], i & 0xFF);
    assert_int_equal(ptrs[i][n - 1], i & 0xFF);
  }
  /* At least what was asked for came from malloc. */
  assert_true(rp_arena_used(a) - before >= 4 * 200000 + 16 * (N - 4));
  free(ptrs);
  rp_arena_free(a);
}

static void arena_strdup_should_copy_and_terminate(void **state) {
  (void)state;
  rp_arena *a = rp_arena_new();
  assert_non_null(a);
  char src[] = "Renee Castillo";
  char *p = rp_arena_strdup(a, src);
  assert_non_null(p);
  assert_ptr_not_equal(p, src);
  assert_string_equal(p, "Renee Castillo");
  src[0] = 'X';
  assert_string_equal(p, "Renee Castillo");

  char *q = rp_arena_strndup(a, "abcdef", 3);
  assert_string_equal(q, "abc");
  char *e = rp_arena_strdup(a, "");
  assert_non_null(e);
  assert_string_equal(e, "");
  /* embedded NUL: strndup copies len bytes, whatever they are */
  char *z = rp_arena_strndup(a, "a\0b", 3);
  assert_memory_equal(z, "a\0b", 4);
  rp_arena_free(a);
}

/* Regression test, fixed (rp_arena.c, rp_arena_alloc): the rounding
 * `size = (size + align - 1) & ~(align - 1)` wraps around for sizes near
 * SIZE_MAX, so a request for SIZE_MAX bytes becomes a request for 16 bytes
 * and returns a tiny block instead of NULL ("NULL when out of memory").
 * rp_arena_strndup(a, s, SIZE_MAX) has the same problem through len + 1.
 * This test fails until the size is checked before rounding. */
static void
arena_should_return_null_for_a_size_that_cannot_be_allocated(void **state) {
  (void)state;
  rp_arena *a = rp_arena_new();
  assert_non_null(a);
  void *huge = rp_arena_alloc(a, SIZE_MAX);
  void *almost = rp_arena_alloc(a, SIZE_MAX - 8);
  rp_arena_free(a); /* before asserting, so a failure leaks nothing */
  assert_null(huge);
  assert_null(almost);
}

/* ---- rp_pages ------------------------------------------------------------ */

/* Blocks small (calloc) and huge-page sized (mapped): zeroed, aligned,
 * and resizing keeps what was written across both kinds. */
static void
pages_should_be_zeroed_and_keep_contents_when_resized(void **state) {
  (void)state;
  static const size_t sizes[] = {1, 4096, RP_PAGES_HUGE - 1, RP_PAGES_HUGE,
                                 3 * RP_PAGES_HUGE + 5};
  for (size_t i = 0; i < UNIT_COUNT(sizes); i++) {
    unsigned char *p = rp_pages_alloc(sizes[i]);
    assert_non_null(p);
    assert_int_equal((uintptr_t)p % alignof(max_align_t), 0);
    for (size_t j = 0; j < sizes[i]; j += 511)
      assert_int_equal(p[j], 0);
    assert_int_equal(p[sizes[i] - 1], 0);
    rp_pages_free(p, sizes[i]);
  }
  /* grow from a small block through the huge-page threshold and back */
  size_t n = 1000;
  unsigned char *p = rp_pages_alloc(n);
  assert_non_null(p);
  for (size_t j = 0; j < n; j++)
    p[j] = (unsigned char)(j * 7);
  static const size_t steps[] = {
      5000, RP_PAGES_HUGE + 1, RP_PAGES_HUGE + 100, 5 * RP_PAGES_HUGE, 2000,
      800};
  for (size_t i = 0; i < UNIT_COUNT(steps); i++) {
    unsigned char *q = rp_pages_realloc(p, n, steps[i]);
    assert_non_null(q);
    size_t keep = n < steps[i] ? n : steps[i];
    keep = keep < 1000 ? keep : 1000;
    for (size_t j = 0; j < keep; j++)
      assert_int_equal(q[j], (unsigned char)(j * 7));
    q[steps[i] - 1] = 1; /* the whole new size is usable */
    p = q;
    n = steps[i];
  }
  rp_pages_free(p, n);
  rp_pages_free(NULL, 10);
}

/* ---- rp_rng -------------------------------------------------------------- */

static void rng_should_give_the_splitmix64_reference_sequence(void **state) {
  (void)state;
  /* SplitMix64 from state 0 (Steele, Lea & Flood; Vigna's splitmix64.c). */
  uint64_t st = 0;
  assert_true(rp_rng_next(&st) == 0xe220a8397b1dcdafULL);
  assert_true(rp_rng_next(&st) == 0x6e789e6aa1b965f4ULL);
  assert_true(rp_rng_next(&st) == 0x06c45d188009454fULL);
  assert_true(st == 3 * 0x9e3779b97f4a7c15ULL);
}

static void
rng_should_repeat_for_the_same_seed_and_differ_for_another(void **state) {
  (void)state;
  uint64_t a = 12345, b = 12345, c = 12346;
  int same_as_c = 0;
  for (int i = 0; i < 1000; i++) {
    uint64_t x = rp_rng_next(&a), y = rp_rng_next(&b), z = rp_rng_next(&c);
    assert_true(x == y);
    same_as_c += x == z;
  }
  assert_int_equal(same_as_c, 0);
  assert_true(a == b);
}

static void rng_range_should_stay_in_bounds_and_hit_both_ends(void **state) {
  (void)state;
  uint64_t st = 42;
  int hits[7] = {0};
  for (int i = 0; i < 10000; i++) {
    int64_t v = rp_rng_range(&st, -3, 3);
    assert_in_range(v + 3, 0, 6);
    hits[v + 3]++;
  }
  for (int i = 0; i < 7; i++)
    assert_true(hits[i] > 10000 / 7 / 2); /* roughly uniform */
  for (int i = 0; i < 100; i++)
    assert_true(rp_rng_range(&st, 5, 5) == 5);
  bool lo = false, hi = false;
  for (int i = 0; i < 1000; i++) {
    int64_t v = rp_rng_range(&st, 1, 2);
    assert_true(v == 1 || v == 2);
    lo |= v == 1;
    hi |= v == 2;
  }
  assert_true(lo && hi);
  /* Extreme bounds: no overflow. */
  for (int i = 0; i < 100; i++) {
    int64_t v = rp_rng_range(&st, INT64_MAX - 1, INT64_MAX);
    assert_true(v == INT64_MAX - 1 || v == INT64_MAX);
    v = rp_rng_range(&st, INT64_MIN, INT64_MIN + 1);
    assert_true(v == INT64_MIN || v == INT64_MIN + 1);
  }
  /* The whole range is allowed and advances the state. */
  uint64_t before = st;
  (void)rp_rng_range(&st, INT64_MIN, INT64_MAX);
  assert_true(st != before);
}

static void rng_unit_should_stay_in_zero_to_one(void **state) {
  (void)state;
  uint64_t st = 7;
  double sum = 0, lo = 1, hi = 0;
  for (int i = 0; i < 100000; i++) {
    double u = rp_rng_unit(&st);
    assert_true(u >= 0.0 && u < 1.0);
    sum += u;
    lo = u < lo ? u : lo;
    hi = u > hi ? u : hi;
  }
  assert_true(sum / 100000 > 0.49 && sum / 100000 < 0.51);
  assert_true(lo < 0.001 && hi > 0.999);
}

/* ---- rp_buf -------------------------------------------------------------- */

static void buf_should_be_empty_string_before_anything_is_added(void **state) {
  (void)state;
  rp_buf b = RP_BUF_INIT;
  assert_string_equal(rp_buf_str(&b), "");
  assert_false(rp_buf_failed(&b));
  char *t = rp_buf_take(&b);
  assert_non_null(t);
  assert_string_equal(t, "");
  free(t);
  rp_buf_free(&b);
}

static void buf_printf_should_grow_past_its_first_allocation(void **state) {
  (void)state;
  rp_buf b = RP_BUF_INIT;
  rp_buf_puts(&b, "start:");
  for (int i = 0; i < 2000; i++)
    rp_buf_printf(&b, "%d,", i);
  char big[1000];
  memset(big, 'z', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  rp_buf_printf(&b, "[%s]", big);
  rp_buf_add(&b, "xyz", 2);
  assert_false(rp_buf_failed(&b));

  rp_buf want = RP_BUF_INIT;
  rp_buf_puts(&want, "start:");
  char num[16];
  for (int i = 0; i < 2000; i++) {
    snprintf(num, sizeof num, "%d,", i);
    rp_buf_puts(&want, num);
  }
  rp_buf_puts(&want, "[");
  rp_buf_puts(&want, big);
  rp_buf_puts(&want, "]xy");
  assert_int_equal(b.len, want.len);
  assert_int_equal(strlen(rp_buf_str(&b)), b.len);
  assert_string_equal(rp_buf_str(&b), rp_buf_str(&want));
  assert_true(b.cap > b.len);

  size_t len = b.len;
  char *t = rp_buf_take(&b);
  assert_int_equal(strlen(t), len);
  assert_int_equal(b.len, 0);
  assert_string_equal(rp_buf_str(&b), "");
  free(t);
  rp_buf_free(&b);
  rp_buf_free(&want);
}

/* ---- term_wrap ----------------------------------------------------------- */

static char *wrap(const char *text, int width, int indent, int first) {
  rp_buf b = RP_BUF_INIT;
  term_wrap(&b, text, width, indent, first);
  return rp_buf_take(&b);
}

static void term_wrap_should_break_lines_at_the_width(void **state) {
  (void)state;
  char *w = wrap("aaa bbb ccc ddd", 7, 0, 0);
  assert_string_equal(w, "aaa bbb\nccc ddd");
  free(w);
  w = wrap("aaa bbb ccc ddd", 6, 0, 0);
  assert_string_equal(w, "aaa\nbbb\nccc\nddd");
  free(w);
  /* Continuation lines are indented; the indent counts toward the width. */
  w = wrap("aaa bbb ccc ddd", 9, 2, 0);
  assert_string_equal(w, "aaa bbb\n  ccc ddd");
  free(w);
  /* `first` columns are already used on the first line. */
  w = wrap("aaa bbb", 8, 0, 4);
  assert_string_equal(w, "aaa\nbbb");
  free(w);
  /* Runs of spaces collapse; no trailing newline. */
  w = wrap("  one   two  ", 80, 0, 0);
  assert_string_equal(w, "one two");
  free(w);
  /* A word longer than the width stands alone rather than being cut. */
  w = wrap("a abcdefghij b", 5, 0, 0);
  assert_string_equal(w, "a\nabcdefghij\nb");
  free(w);
}

static void term_wrap_should_keep_existing_newlines(void **state) {
  (void)state;
  char *w = wrap("first line\nsecond", 80, 0, 0);
  assert_string_equal(w, "first line\nsecond");
  free(w);
  w = wrap("a\n\nb", 80, 0, 0);
  assert_string_equal(w, "a\n\nb");
  free(w);
  w = wrap("one\ntwo three", 7, 3, 0);
  assert_string_equal(w, "one\n   two\n   three");
  free(w);
}

static void term_wrap_should_count_utf8_characters_not_bytes(void **state) {
  (void)state;
  /* "café crème" is 10 characters but 12 bytes: it fits in 10 columns. */
  char *w = wrap("caf\xc3\xa9 cr\xc3\xa8me", 10, 0, 0);
  assert_string_equal(w, "caf\xc3\xa9 cr\xc3\xa8me");
  free(w);
  w = wrap("caf\xc3\xa9 cr\xc3\xa8me", 9, 0, 0);
  assert_string_equal(w, "caf\xc3\xa9\ncr\xc3\xa8me");
  free(w);
  /* Curly quotes are three bytes each: 10 characters, 16 bytes. */
  w = wrap("\xe2\x80\x9cHi\xe2\x80\x9d there", 10, 0, 0);
  assert_string_equal(w, "\xe2\x80\x9cHi\xe2\x80\x9d there");
  free(w);
  w = wrap("\xe2\x80\x9cHi\xe2\x80\x9d there", 9, 0, 0);
  assert_string_equal(w, "\xe2\x80\x9cHi\xe2\x80\x9d\nthere");
  free(w);
  assert_int_equal(term_columns("caf\xc3\xa9"), 4);
  assert_int_equal(term_columns("\xf0\x9d\x84\x9e"), 1);
  assert_int_equal(term_columns(""), 0);
}

/* ---- term_utf8_valid ----------------------------------------------------- */

static bool valid(const char *s) { return term_utf8_valid(s, strlen(s)); }

static void utf8_valid_should_accept_well_formed_text(void **state) {
  (void)state;
  assert_true(valid(""));
  assert_true(valid("plain ASCII"));
  assert_true(valid("caf\xc3\xa9"));              /* U+00E9 */
  assert_true(valid("\xe2\x82\xac"));             /* U+20AC */
  assert_true(valid("\xf0\x9d\x84\x9e"));         /* U+1D11E */
  assert_true(valid("\xc2\x80"));                 /* U+0080, smallest 2 */
  assert_true(valid("\xe0\xa0\x80"));             /* U+0800, smallest 3 */
  assert_true(valid("\xf0\x90\x80\x80"));         /* U+10000 */
  assert_true(valid("\xf4\x8f\xbf\xbf"));         /* U+10FFFF */
  assert_true(valid("\xed\x9f\xbf\xee\x80\x80")); /* U+D7FF U+E000 */
  assert_true(term_utf8_valid("a\0b", 3));        /* NUL is a character */
}

static void utf8_valid_should_reject_overlong_forms(void **state) {
  (void)state;
  assert_false(valid("\xc0\xaf")); /* '/' in two bytes */
  assert_false(valid("\xc1\xbf"));
  assert_false(valid("\xe0\x80\xaf"));     /* '/' in three bytes */
  assert_false(valid("\xe0\x9f\xbf"));     /* U+07FF in three bytes */
  assert_false(valid("\xf0\x80\x80\xaf")); /* '/' in four bytes */
  assert_false(valid("\xf0\x8f\xbf\xbf")); /* U+FFFF in four bytes */
}

static void
utf8_valid_should_reject_surrogates_and_beyond_u10ffff(void **state) {
  (void)state;
  assert_false(valid("\xed\xa0\x80"));     /* U+D800 */
  assert_false(valid("\xed\xbf\xbf"));     /* U+DFFF */
  assert_false(valid("\xf4\x90\x80\x80")); /* U+110000 */
  assert_false(valid("\xf5\x80\x80\x80"));
  assert_false(valid("\xf8\x88\x80\x80\x80")); /* five-byte form */
  assert_false(valid("\xff"));
}

static void utf8_valid_should_reject_truncated_and_stray_bytes(void **state) {
  (void)state;
  assert_false(valid("\xe2\x82"));     /* € cut short */
  assert_false(valid("abc\xc3"));      /* cut at the end */
  assert_false(valid("\xf0\x9d\x84")); /* 4-byte form missing one */
  assert_false(valid("\x80"));         /* continuation without a lead */
  assert_false(valid("a\xbf"
                     "b"));
  assert_false(valid("\xc3(")); /* lead followed by a non-continuation */
  /* Only len bytes count: a valid string cut inside a character is not. */
  assert_false(term_utf8_valid("\xe2\x82\xac", 2));
  assert_true(term_utf8_valid("\xe2\x82\xac"
                              "x",
                              3));
}

/* The explorer's memory bound follows the machine: an eighth of its
 * memory in keys (MemTotal, read here independently), never under 1 GiB. */
static void explore_key_budget_should_be_an_eighth_of_memory(void **state) {
  (void)state;
  FILE *f = fopen("/proc/meminfo", "r");
  if (f == NULL)
    skip();
  unsigned long long kb = 0;
  char line[256];
  while (fgets(line, sizeof line, f) != NULL)
    if (sscanf(line, "MemTotal: %llu kB", &kb) == 1)
      break;
  fclose(f);
  assert_true(kb > 0);
  unsigned long long want = kb * 1024 / 8, floor = 1ULL << 30;
  if (want < floor)
    want = floor;
  unsigned long long got = explore_key_budget();
  assert_true(got <= want);
  assert_true(got + 65536 > want); /* whole pages */
  assert_true(got >= floor);
}

int main(void) {
  unit_filters_from_env();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(sha256_should_match_the_fips_180_4_vectors),
      cmocka_unit_test(
          sha256_of_one_million_a_fed_in_uneven_pieces_should_match),
      cmocka_unit_test(sha256_should_pad_correctly_at_block_boundaries),
      cmocka_unit_test(sha256_portable_code_should_give_the_same_digests),
      cmocka_unit_test(pages_should_be_zeroed_and_keep_contents_when_resized),
      cmocka_unit_test(strmap_should_return_minus_one_for_any_key_when_empty),
      cmocka_unit_test(strmap_should_get_what_was_put_and_refuse_duplicates),
      cmocka_unit_test(strmap_should_grow_to_ten_thousand_keys),
      cmocka_unit_test(arena_should_return_zeroed_memory_aligned_for_any_type),
      cmocka_unit_test(arena_should_keep_many_allocations_distinct),
      cmocka_unit_test(arena_strdup_should_copy_and_terminate),
      cmocka_unit_test(
          arena_should_return_null_for_a_size_that_cannot_be_allocated),
      cmocka_unit_test(rng_should_give_the_splitmix64_reference_sequence),
      cmocka_unit_test(
          rng_should_repeat_for_the_same_seed_and_differ_for_another),
      cmocka_unit_test(rng_range_should_stay_in_bounds_and_hit_both_ends),
      cmocka_unit_test(rng_unit_should_stay_in_zero_to_one),
      cmocka_unit_test(buf_should_be_empty_string_before_anything_is_added),
      cmocka_unit_test(buf_printf_should_grow_past_its_first_allocation),
      cmocka_unit_test(term_wrap_should_break_lines_at_the_width),
      cmocka_unit_test(term_wrap_should_keep_existing_newlines),
      cmocka_unit_test(term_wrap_should_count_utf8_characters_not_bytes),
      cmocka_unit_test(utf8_valid_should_accept_well_formed_text),
      cmocka_unit_test(utf8_valid_should_reject_overlong_forms),
      cmocka_unit_test(utf8_valid_should_reject_surrogates_and_beyond_u10ffff),
      cmocka_unit_test(utf8_valid_should_reject_truncated_and_stray_bytes),
      cmocka_unit_test(explore_key_budget_should_be_an_eighth_of_memory),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
