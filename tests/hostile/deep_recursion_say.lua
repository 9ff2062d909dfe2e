-- hostile: unbounded recursion in a say function, during play
-- expect: deep_recursion_say.lua:3: recursion too deep
local function f(n) return "" .. f(n + 1) end
return scenario {
  id = "deep-say", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "a",
  nodes = { a = { say = function(s) return f(1) end,
    choices = { { id = "x", text = "x", next = "e" } } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
