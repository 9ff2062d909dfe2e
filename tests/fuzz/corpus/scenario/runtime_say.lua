-- A scenario that loads but fails during play: the second node's say
-- function indexes nil.  The session must end aborted with a debrief.
return scenario {
  id = "runtime-say", title = "Fails at turn 2", module = "testing",
  difficulty = "beginner", version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "opening",
  nodes = {
    opening = {
      say = "Hello.",
      choices = { { id = "ask", text = "How are you?", skills = { empathy = 1 },
                    next = "broken", coach = "c" },
                  { id = "push", text = "Buy.", skills = { pushing = 1 }, next = "broken", coach = "c" } },
    },
    broken = {
      say = function(s) local t = nil; return t.oops end,
      choices = { { id = "a", text = "Hi?", next = "done" } },
    },
  },
  endings = { done = { say = "Bye.", outcome = { result = "lost" } } },
}
