-- expect: tests/scenarios/bad/short_typo.lua:5: prospect: unknown field 'age'
return scenario {
  id = "short-typo", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C", age = 40 },
  start = "opening",
  nodes = { opening = { say = "Hello.", choices = { { id = "a", text = "Hi?", next = "done" } } } },
  endings = { done = { say = "Bye.", outcome = { result = "lost" } } },
}
