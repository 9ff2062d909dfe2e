-- expect: tests/scenarios/bad/outcome_field.lua:12: ending 'done': unknown field 'dealvalue' in outcome (did you mean 'deal_value'?)
return scenario {
  id = "outcome-field", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "opening",
  nodes = {
    opening = { say = "Hello.", choices = { { id = "a", text = "Hi?", next = "done" } } },
  },
  endings = {
    done = { say = "Bye.",
      outcome = { result = "won", dealvalue = 100 } },
  },
}
