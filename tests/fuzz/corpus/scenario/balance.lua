-- Balance warnings: the best outcome won by pushing and with low relationship
-- quality; a relationship-rich path that loses; value falling as
-- relationship quality rises.
return scenario {
  id = "check-balance", title = "Teaches the wrong lesson", module = "testing",
  difficulty = "beginner", version = "1", brief = "b", shuffle = false,
  prospect = { name = "A", role = "B", company = "C" },
  start = "opening",
  nodes = {
    opening = {
      say = "Hello.",
      choices = {
        { id = "listen", text = "Tell me about your week?",
          skills = { listening = 3, empathy = 2, problem_solving = 3 },
          next = "lost", coach = "Great listening, and yet it loses." },
        { id = "push", text = "Sign today.", skills = { pushing = 3 },
          next = "big", coach = "Pushing that wins big." },
        { id = "meh", text = "So, anyway.", skills = { listening = 1 },
          next = "small", coach = "Middling." },
      },
    },
  },
  endings = {
    big = { say = "Deal.", outcome = { result = "won", deal_value = 100000, days_to_close = 5 } },
    small = { say = "A small one.", outcome = { result = "won", deal_value = 1000, days_to_close = 90 } },
    lost = { say = "No.", outcome = { result = "lost" } },
  },
}
