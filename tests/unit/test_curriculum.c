/*
 * test_curriculum.c -- the curriculum manifest: the one that ships parses
 * into modules in order, and a broken one is refused naming the field.
 */
#include "unit.h"

#include "academy/curriculum.h"

static char *read_text(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  static char buf[1 << 16];
  *len = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[*len] = '\0';
  return buf;
}

static void shipped_curriculum_should_parse_in_order(void **state) {
  (void)state;
  size_t len;
  const char *text = read_text("scenarios/" CURRICULUM_FILE, &len);
  curriculum_curriculum c;
  rp_error err;
  assert_int_equal(curriculum_parse("c.json", text, len, &c, &err), RP_OK);
  assert_string_equal(c.baseline, "baseline");
  assert_true(c.n_modules >= 5);
  assert_string_equal(c.modules[0].id, "listening");
  assert_int_equal(c.modules[0].skill, SCN_LISTENING);
  assert_true(c.modules[0].n_scenarios >= 1);
  const curriculum_module *m = curriculum_module_for_skill(&c, SCN_PUSHING);
  assert_non_null(m);
  assert_ptr_equal(curriculum_module_find(&c, m->id), m);
  assert_null(curriculum_module_find(&c, "no-such-module"));
  curriculum_free(&c);
}

#define HEAD "{\"format\": \"rapport.curriculum\", \"modules\": "
#define MOD(rest)                                                              \
  "[{\"id\": \"m\", \"title\": \"M\", \"trains\": \"t\"" rest "}]}"

static void broken_curriculum_should_name_the_field(void **state) {
  (void)state;
  static const struct {
    const char *json, *msg;
  } cases[] = {
      {"{\"format\": \"x\"}", "c.json: not a curriculum (field 'format' is not "
                              "\"rapport.curriculum\")"},
      {HEAD "[]}", "c.json: field 'modules' must be a non-empty list"},
      {HEAD "{}}", "c.json: field 'modules' must be a non-empty list"},
      {HEAD "[7]}", "c.json: field 'modules[0]' must be an object"},
      {HEAD "[{\"id\": \"m\", \"trains\": \"t\", \"scenarios\": []}]}",
       "c.json: field 'modules[0].title' is missing"},
      {HEAD MOD(", \"scenarios\": [], \"skill\": \"charm\""),
       "c.json: field 'modules[0].skill' must be empathy, listening, "
       "problem_solving or pushing"},
      {HEAD MOD(""), "c.json: field 'modules[0].scenarios' must be a list"},
      {HEAD MOD(", \"scenarios\": [\"a\", 2]"),
       "c.json: field 'modules[0].scenarios' must be a list of scenario ids"},
      {"{\"format\": \"rapport.curriculum\", \"baseline\": 3, "
       "\"modules\": " MOD(", \"scenarios\": []"),
       "c.json: field 'baseline' must be a string"},
  };
  for (size_t i = 0; i < UNIT_COUNT(cases); i++) {
    curriculum_curriculum c;
    rp_error err;
    const char *t = cases[i].json;
    assert_int_equal(curriculum_parse("c.json", t, strlen(t), &c, &err),
                     RP_EINPUT);
    assert_string_equal(err.msg, cases[i].msg);
    assert_null(c.modules); /* released on failure */
  }
  /* no skill, and null for none, are both fine */
  const char *ok = HEAD MOD(", \"skill\": null, \"scenarios\": [\"a\"]");
  curriculum_curriculum c;
  rp_error err;
  assert_int_equal(curriculum_parse("c.json", ok, strlen(ok), &c, &err), RP_OK);
  assert_int_equal(c.modules[0].skill, -1);
  assert_null(c.baseline);
  assert_string_equal(c.modules[0].scenarios[0], "a");
  curriculum_free(&c);
}

int main(void) {
  unit_filters_from_env();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(shipped_curriculum_should_parse_in_order),
      cmocka_unit_test(broken_curriculum_should_name_the_field),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
