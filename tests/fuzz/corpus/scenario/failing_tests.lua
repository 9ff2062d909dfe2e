-- Tests that fail, each for a different reason, to check what `rapport test`
-- reports.
return scenario {
  id = "failing-tests", title = "Tests that fail", module = "testing",
  difficulty = "beginner", version = "1", brief = "b", shuffle = false,
  prospect = { name = "A", role = "B", company = "C" },
  start = "opening",
  nodes = {
    opening = {
      say = "Hello.",
      choices = {
        { id = "ask", text = "Why?", skills = { listening = 2 }, next = "won",
          coach = "A question." },
        { id = "push", text = "Buy.", skills = { pushing = 2 }, next = "lost",
          coach = "A push." },
      },
    },
  },
  endings = {
    won = { say = "Yes.", outcome = { result = "won", deal_value = 10, days_to_close = 1 } },
    lost = { say = "No.", outcome = { result = "lost" } },
  },
  tests = {
    { name = "passes", path = { "ask" }, ending = "won" },
    { name = "wrong ending", path = { "push" }, ending = "won" },
    { name = "score too low", path = { "push" }, min = { overall = 50 } },
    { name = "impossible step", path = { "ask", "push" } },
    { name = "offered but should not be", path = {}, not_offered = { "ask" } },
  },
}
