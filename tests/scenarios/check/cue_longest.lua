-- The wording gives the answer away: at every decision the best option is
-- the longest, a question, says "you" and names no product, and the wrong
-- ones are short pitches.  `rapport check` must say so (cue-wins, cue-leak).
return scenario {
  id = "cue-longest", title = "Cues everywhere", module = "testing",
  difficulty = "beginner", version = "1", shuffle = true,
  brief = "Ola buys warehouse software.",
  prospect = { name = "Ola Berg", role = "Buyer", company = "Berg AB" },
  state = { trust = { start = 50, min = 0, max = 100 } },
  start = "one",
  nodes = {
    one = {
      say = "We keep losing orders in the warehouse.",
      choices = {
        { id = "ask1", text = "What happens to you and your team when an order goes missing?",
          skills = { listening = 2, problem_solving = 2 }, state = { trust = 20 },
          next = "two", coach = "Open." },
        { id = "demo1", text = "Our demo shows the fix.", skills = { pushing = 2 },
          state = { trust = -20 }, next = "two", coach = "A pitch." },
        { id = "price1", text = "Our price is low.", skills = { pushing = 2 },
          state = { trust = -20 }, next = "two", coach = "A pitch." },
      },
    },
    two = {
      say = "It costs us a day each time.",
      choices = {
        { id = "ask2", text = "How does a lost day change what you can promise your customers?",
          skills = { empathy = 1, problem_solving = 3 }, state = { trust = 20 },
          next = "three", coach = "Implication." },
        { id = "sign2", text = "Sign today, save more.", skills = { pushing = 3 },
          state = { trust = -20 }, next = "three", coach = "A close." },
        { id = "deck2", text = "I'll send our deck.", skills = { pushing = 1 },
          next = "three", coach = "A deck." },
      },
    },
    three = {
      say = "Customers have started to notice.",
      choices = {
        { id = "ask3", text = "What would it mean for you if every order shipped the same day?",
          skills = { problem_solving = 3, listening = 1 }, state = { trust = 20 },
          next = function(s) if s.trust >= 90 then return "won" end return "stalled" end,
          coach = "Need-payoff." },
        { id = "disc3", text = "We can discount it.", skills = { pushing = 3 },
          next = "lost", coach = "A discount." },
        { id = "demo3", text = "Book our demo now.", skills = { pushing = 3 },
          next = "lost", coach = "Too early." },
      },
    },
  },
  endings = {
    won = { say = "Ola buys.", outcome = { result = "won", deal_value = 50000, days_to_close = 30 } },
    stalled = { say = "Ola will think.", outcome = { result = "stalled" } },
    lost = { say = "Ola leaves.", outcome = { result = "lost" } },
  },
}
