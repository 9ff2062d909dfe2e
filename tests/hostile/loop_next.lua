-- hostile: an endless loop in a choice's next function, after one turn
-- expect: loop_next.lua:10: instruction budget exceeded (the scenario ran too long: an endless loop?) (in next of choice 'x' in node 'a')
return scenario {
  id = "loop-next", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "a",
  nodes = { a = { say = "hi",
    choices = { { id = "x", text = "x",
                  next = function(s) local n = 0 repeat n = n + 1 until false end } } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
