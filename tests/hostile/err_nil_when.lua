-- hostile: a condition that raises nil, during play
-- expect: err_nil_when.lua:10: error object is a nil value (in when of choice 'x' in node 'a')
return scenario {
  id = "err-when", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "a",
  nodes = { a = { say = "hi",
    choices = { { id = "x", text = "x", next = "e",
                  when = function(s) error() end } } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
