-- hostile: an endless loop in a say function (runs when the node is entered)
-- expect: loop_say.lua:8: instruction budget exceeded (the scenario ran too long: an endless loop?) (in say of node 'a')
return scenario {
  id = "loop-say", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "a",
  nodes = { a = { say = function(s) while true do end end,
    choices = { { id = "x", text = "x", next = "e" } } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
