-- hostile: an endless loop in a choice's condition (when)
-- expect: loop_when.lua:10: instruction budget exceeded (the scenario ran too long: an endless loop?) (in when of choice 'x' in node 'a')
return scenario {
  id = "loop-when", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "a",
  nodes = { a = { say = "hi",
    choices = { { id = "x", text = "x", next = "e",
                  when = function(s) while true do end end } } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
