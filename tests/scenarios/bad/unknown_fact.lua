-- expect: tests/scenarios/bad/unknown_fact.lua:12: choice 'ask' in node 'opening': field 'reveal': unknown fact 'budgett' (did you mean 'budget'?)
return scenario {
  id = "unknown-fact", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  facts = { budget = "There is money." },
  start = "opening",
  nodes = {
    opening = {
      say = "Hello.",
      choices = {
        { id = "ask", text = "Budget?", reveal = { "budgett" }, next = "done" },
      },
    },
  },
  endings = { done = { say = "Bye.", outcome = { result = "lost" } } },
}
