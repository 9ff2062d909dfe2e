-- expect: tests/scenarios/bad/missing_title.lua:3: scenario: missing field 'title'
return scenario {
  id = "missing-title", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "opening",
  nodes = { opening = { say = "Hello.", choices = { { id = "a", text = "Hi?", next = "done" } } } },
  endings = { done = { say = "Bye.", outcome = { result = "lost" } } },
}
