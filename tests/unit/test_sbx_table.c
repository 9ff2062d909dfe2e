/*
 * test_sbx_table.c -- the typed reader of Lua tables (sbx_table.h): what
 * each read gives, the exact message for each kind of mistake, and that
 * every read leaves the stack as it says.
 *
 * Each test builds one table from a Lua expression in a plain Lua state
 * (the reader needs no sandbox) and reads it as "t.lua", written at line 3,
 * with "thing 'x'" as what it is.
 */
#include "unit.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "lua/sbx_table.h"

typedef struct fixture {
  lua_State *L;
  rp_error err;
  sbx_table r;
  int top; /* the stack's height with the table on it */
  int described;
} fixture;

/* Fields are found at line 10 + the length of their name: "id" at 12. */
static int fake_field_line(void *ud, const char *field, int line) {
  (void)ud;
  assert_int_equal(line, 3);
  return strcmp(field, "nowhere") == 0 ? 0 : 10 + (int)strlen(field);
}

static void count_describe(void *ud) { ((fixture *)ud)->described++; }

/* A fixture reading the table the Lua expression `expr` makes. */
static fixture *open_table(const char *expr) {
  fixture *f = calloc(1, sizeof *f);
  assert_non_null(f);
  f->L = luaL_newstate();
  assert_non_null(f->L);
  luaL_openlibs(f->L);
  char src[1024];
  snprintf(src, sizeof src, "return %s", expr);
  if (luaL_dostring(f->L, src) != LUA_OK)
    fail_msg("%s", lua_tostring(f->L, -1));
  f->top = lua_gettop(f->L);
  f->r = (sbx_table){.L = f->L,
                     .t = f->top,
                     .err = &f->err,
                     .chunk = "t.lua",
                     .line = 3,
                     .where = "thing 'x'",
                     .field_line = fake_field_line,
                     .describe = count_describe,
                     .ud = f};
  return f;
}

static int close_table(void **state) {
  fixture *f = *state;
  lua_close(f->L);
  free(f);
  return 0;
}

/* The read failed with RP_ESCENARIO and exactly msg, stack unchanged. */
static void expect_fail(fixture *f, rp_status st, const char *msg) {
  assert_int_equal(st, RP_ESCENARIO);
  assert_int_equal(f->err.code, RP_ESCENARIO);
  assert_string_equal(f->err.msg, msg);
  assert_int_equal(lua_gettop(f->L), f->top);
}

static void expect_ok(fixture *f, rp_status st) {
  assert_int_equal(st, RP_OK);
  assert_int_equal(lua_gettop(f->L), f->top);
}

/* ---- failing ------------------------------------------------------------- */

static void messages_should_name_file_line_and_where(void **state) {
  fixture *f = *state = open_table("{}");
  expect_fail(f, sbx_table_fail(&f->r, "id", "bad %d", 7),
              "t.lua:12: thing 'x': bad 7");
  expect_fail(f, sbx_table_fail(&f->r, NULL, "bad"), "t.lua:3: thing 'x': bad");
  expect_fail(f, sbx_table_fail(&f->r, "nowhere", "bad"),
              "t.lua:3: thing 'x': bad"); /* not found: the table's line */
  assert_int_equal(f->described, 3);      /* where, brought up to date */
  f->r.where = NULL;
  expect_fail(f, sbx_table_fail(&f->r, "id", "bad"), "t.lua:12: bad");
  f->r.line = 0; /* no line known: no field lines either */
  expect_fail(f, sbx_table_fail(&f->r, "id", "bad"), "t.lua: bad");
  f->r.where = "thing 'x'";
  expect_fail(f, sbx_table_fail(&f->r, "id", "bad"), "t.lua: thing 'x': bad");
  f->r.line = 3;
  f->r.field_line = NULL; /* no lookup: the table's line */
  expect_fail(f, sbx_table_fail(&f->r, "id", "bad"), "t.lua:3: thing 'x': bad");
  assert_int_equal(sbx_table_line(&f->r, "id"), 3);
}

/* ---- reading fields --------------------------------------------------------
 */

static void string_should_be_read_or_refused(void **state) {
  fixture *f = *state = open_table("{ id = 'ab\\0c', n = 4 }");
  const char *v;
  size_t len;
  expect_ok(f, sbx_table_string(&f->r, "id", true, &v, &len));
  assert_int_equal(len, 4);
  assert_memory_equal(v, "ab\0c", 4);
  expect_ok(f, sbx_table_string(&f->r, "title", false, &v, NULL));
  assert_null(v);
  expect_fail(f, sbx_table_string(&f->r, "title", true, &v, NULL),
              "t.lua:3: thing 'x': missing field 'title'");
  expect_fail(f, sbx_table_string(&f->r, "n", true, &v, NULL),
              "t.lua:11: thing 'x': field 'n' must be a string, not a number");
}

static void int_should_be_whole_and_within_bounds(void **state) {
  fixture *f = *state = open_table("{ a = 5, b = 1.5, c = 'x', d = 9 }");
  long long v = -1;
  expect_ok(f, sbx_table_int(&f->r, "a", true, 0, 5, &v));
  assert_int_equal(v, 5);
  expect_ok(f, sbx_table_int(&f->r, "zz", false, 0, 5, &v));
  assert_int_equal(v, 5); /* absent: left as it was */
  expect_fail(f, sbx_table_int(&f->r, "zz", true, 0, 5, &v),
              "t.lua:3: thing 'x': missing field 'zz'");
  expect_fail(f, sbx_table_int(&f->r, "b", true, 0, 5, &v),
              "t.lua:11: thing 'x': field 'b' must be a whole number, not a "
              "fraction");
  expect_fail(f, sbx_table_int(&f->r, "c", true, 0, 5, &v),
              "t.lua:11: thing 'x': field 'c' must be a whole number, not "
              "string");
  expect_fail(f, sbx_table_int(&f->r, "d", true, -2, 5, &v),
              "t.lua:11: thing 'x': field 'd' is 9; it must be from -2 to 5");
  assert_int_equal(v, 5);
}

static void bool_should_be_true_or_false(void **state) {
  fixture *f = *state = open_table("{ yes = true, no = false, s = 'no' }");
  bool v = false;
  expect_ok(f, sbx_table_bool(&f->r, "yes", &v));
  assert_true(v);
  expect_ok(f, sbx_table_bool(&f->r, "no", &v));
  assert_false(v);
  v = true;
  expect_ok(f, sbx_table_bool(&f->r, "absent", &v));
  assert_true(v);
  expect_fail(f, sbx_table_bool(&f->r, "s", &v),
              "t.lua:11: thing 'x': field 's' must be true or false, not a "
              "string");
}

static void table_should_be_pushed_only_when_present(void **state) {
  fixture *f = *state = open_table("{ sub = { k = 1 }, n = 2 }");
  sbx_table sub;
  assert_int_equal(sbx_table_table(&f->r, "sub", true, &sub), RP_OK);
  assert_int_equal(lua_gettop(f->L), f->top + 1);
  assert_int_equal(sub.t, f->top + 1);
  assert_string_equal(sub.where, "thing 'x'");
  long long k = 0;
  assert_int_equal(sbx_table_int(&sub, "k", true, 0, 9, &k), RP_OK);
  assert_int_equal(k, 1);
  lua_pop(f->L, 1);
  expect_ok(f, sbx_table_table(&f->r, "none", false, &sub));
  assert_int_equal(sub.t, 0);
  expect_fail(f, sbx_table_table(&f->r, "none", true, &sub),
              "t.lua:3: thing 'x': missing field 'none'");
  expect_fail(f, sbx_table_table(&f->r, "n", false, &sub),
              "t.lua:11: thing 'x': field 'n' must be a table, not a number");
}

/* ---- lists of ids ----------------------------------------------------------
 */

typedef struct collected {
  char seen[64];
  int calls, fail_at;
  rp_error *err;
} collected;

static rp_status collect(void *ud, const char *s, size_t len) {
  collected *c = ud;
  if (++c->calls == c->fail_at)
    return rp_fail(c->err, RP_ENOMEM, "out of memory");
  strncat(c->seen, s, len);
  strcat(c->seen, ",");
  return RP_OK;
}

static void strings_should_come_in_order_or_be_refused(void **state) {
  fixture *f = *state =
      open_table("{ path = { 'a', 'b', 'c', x = 1 }, bad = { 'a', 2 }, "
                 "s = 'a', empty = {} }");
  collected c = {.err = &f->err};
  int n;
  expect_ok(f, sbx_table_strings(&f->r, "path", "choice", &n, collect, &c));
  assert_int_equal(n, 3); /* x = 1 is not an entry of the list */
  assert_string_equal(c.seen, "a,b,c,");
  expect_ok(f, sbx_table_strings(&f->r, "empty", "choice", &n, collect, &c));
  assert_int_equal(n, 0);
  expect_ok(f, sbx_table_strings(&f->r, "none", "choice", &n, collect, &c));
  assert_int_equal(n, -1);
  assert_int_equal(c.calls, 3);
  expect_fail(f, sbx_table_strings(&f->r, "bad", "fact", &n, collect, &c),
              "t.lua:13: thing 'x': field 'bad': entry 2 must be a fact id");
  expect_fail(f, sbx_table_strings(&f->r, "s", "fact", &n, collect, &c),
              "t.lua:11: thing 'x': field 's' must be a list of fact ids");
  /* The callback's failure stops the list, and is returned as it is. */
  c = (collected){.fail_at = 2, .err = &f->err};
  assert_int_equal(sbx_table_strings(&f->r, "path", "choice", &n, collect, &c),
                   RP_ENOMEM);
  assert_int_equal(c.calls, 2);
  assert_int_equal(lua_gettop(f->L), f->top);
}

/* ---- unknown fields --------------------------------------------------------
 */

static const char *const KNOWN[] = {"next", "text", "say"};

static void unknown_field_should_be_refused_with_a_hint(void **state) {
  fixture *f = *state = open_table("{ text = 1, nxet = 2 }");
  expect_fail(f, sbx_table_only_known(&f->r, KNOWN, 3, "a choice"),
              "t.lua:14: thing 'x': unknown field 'nxet' (did you mean "
              "'next'?)");
  f->r.in = "outcome"; /* a nested table names itself */
  expect_fail(f, sbx_table_only_known(&f->r, KNOWN, 3, "a choice"),
              "t.lua:14: thing 'x': unknown field 'nxet' in outcome (did you "
              "mean 'next'?)");
}

static void known_fields_should_pass(void **state) {
  fixture *f = *state = open_table("{ text = 1, next = 2, say = 3 }");
  expect_ok(f, sbx_table_only_known(&f->r, KNOWN, 3, "a choice"));
}

static void long_unknown_name_should_be_cut(void **state) {
  char key[101], expr[200], want[300];
  memset(key, 'k', 100);
  key[100] = '\0';
  snprintf(expr, sizeof expr, "{ %s = 1 }", key);
  fixture *f = *state = open_table(expr);
  snprintf(want, sizeof want, "t.lua:110: thing 'x': unknown field '%.*s'",
           SBX_TABLE_NAME_MAX, key);
  expect_fail(f, sbx_table_only_known(&f->r, KNOWN, 3, "a choice"), want);
}

static void entry_without_a_name_should_be_refused(void **state) {
  fixture *f = *state = open_table("{ 'loose', text = 1 }");
  expect_fail(f, sbx_table_only_known(&f->r, KNOWN, 3, "a choice"),
              "t.lua:3: thing 'x': a choice has an entry without a field "
              "name (write name = value)");
  expect_fail(f, sbx_table_only_known(&f->r, KNOWN, 3, NULL),
              "t.lua:3: thing 'x': unknown field '(not a name)'");
}

/* ---- raw access ------------------------------------------------------------
 */

static void metatables_should_not_run(void **state) {
  fixture *f = *state =
      open_table("setmetatable({}, { __index = function() error('ran') end })");
  const char *v = "x";
  expect_ok(f, sbx_table_string(&f->r, "id", false, &v, NULL));
  assert_null(v);
  expect_ok(f, sbx_table_only_known(&f->r, KNOWN, 3, "a choice"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(messages_should_name_file_line_and_where,
                                close_table),
      cmocka_unit_test_teardown(string_should_be_read_or_refused, close_table),
      cmocka_unit_test_teardown(int_should_be_whole_and_within_bounds,
                                close_table),
      cmocka_unit_test_teardown(bool_should_be_true_or_false, close_table),
      cmocka_unit_test_teardown(table_should_be_pushed_only_when_present,
                                close_table),
      cmocka_unit_test_teardown(strings_should_come_in_order_or_be_refused,
                                close_table),
      cmocka_unit_test_teardown(unknown_field_should_be_refused_with_a_hint,
                                close_table),
      cmocka_unit_test_teardown(known_fields_should_pass, close_table),
      cmocka_unit_test_teardown(long_unknown_name_should_be_cut, close_table),
      cmocka_unit_test_teardown(entry_without_a_name_should_be_refused,
                                close_table),
      cmocka_unit_test_teardown(metatables_should_not_run, close_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
