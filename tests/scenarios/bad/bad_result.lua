-- expect: tests/scenarios/bad/bad_result.lua:15: ending 'done': outcome result 'win' must be won, stalled or lost
return scenario {
  id = "bad-result", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "opening",
  nodes = {
    opening = {
      say = "Hello.",
      choices = { { id = "ask", text = "Hi?", next = "done" } },
    },
  },
  endings = {
    done = { say = "Bye.",
      outcome = { result = "win" } },
  },
}
