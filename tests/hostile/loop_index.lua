-- hostile: an endless loop in an __index metamethod, reached from say
-- expect: loop_index.lua:4: instruction budget exceeded (the scenario ran too long: an endless loop?) (in say of node 'a')
local t = setmetatable({}, {
  __index = function(t, k) while true do end end })
return scenario {
  id = "loop-index", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "a",
  nodes = { a = { say = function(s) return t.greeting end,
    choices = { { id = "x", text = "x", next = "e" } } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
