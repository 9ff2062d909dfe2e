-- expect: tests/scenarios/bad/unknown_field.lua:11: choice 'ask' in node 'opening': unknown field 'nxet' (did you mean 'next'?)
return scenario {
  id = "unknown-field", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "opening",
  nodes = {
    opening = {
      say = "Hello.",
      choices = {
        { id = "ask", text = "Why?", nxet = "done" },
      },
    },
  },
  endings = { done = { say = "Bye.", outcome = { result = "lost" } } },
}
