-- Options whose text is a function: the cue analysis reads the text they
-- return.  The best option's text is the longest only when it is returned.
return scenario {
  id = "cue-function", title = "Texts from functions", module = "testing",
  difficulty = "beginner", version = "1", shuffle = false,
  brief = "Kai asks about a delay.",
  prospect = { name = "Kai Moss", role = "Planner", company = "Moss Ltd" },
  state = { trust = { start = 50, min = 0, max = 100 } },
  start = "one",
  nodes = {
    one = {
      say = "The shipment is late again.",
      choices = {
        { id = "short", text = "Sorry.", skills = { pushing = 2 }, next = "lost",
          coach = "Too little." },
        { id = "long", text = function(s)
            return "What does a late shipment set off for you downstream, this week?"
          end,
          skills = { listening = 2, problem_solving = 3 }, next = "won",
          coach = "Open." },
      },
    },
  },
  endings = {
    won = { say = "Kai buys.", outcome = { result = "won", deal_value = 1000, days_to_close = 10 } },
    lost = { say = "Kai leaves.", outcome = { result = "lost" } },
  },
}
