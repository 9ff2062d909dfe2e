-- Every structural and reachability diagnostic of `rapport check`, once.
return scenario {
  id = "check-structure", title = "Broken on purpose", module = "testing",
  difficulty = "beginner", version = "1", brief = "b", shuffle = false,
  prospect = { name = "A", role = "B", company = "C" },
  state = { trust = { start = 50, min = 0, max = 100 },
            mood = { start = 0, min = 0, max = 10 } },     -- never moves
  facts = { pain = "It hurts.", secret = "Never told." },  -- secret: never revealed
  start = "opening",
  nodes = {
    opening = {
      say = "Hello.",
      choices = {
        { id = "ask", text = "What hurts?", skills = { listening = 2 },
          reveal = { "pain" }, next = "hub", coach = "An open question." },
        { id = "chat", text = "Nice weather.", next = "trap" },  -- no effect, no coach
        { id = "stuck", text = "Go on.", skills = { empathy = 1 }, next = "dead" },  -- no coach
      },
    },
    hub = {
      say = "Anything else?",
      choices = {
        { id = "again", text = "Tell me more?", skills = { listening = 1 },
          next = "hub", coach = "Repeats forever: not once." },
        { id = "dream", text = "Dream big?", requires = { trust = 200 },
          skills = { empathy = 1 }, next = "won", coach = "Never true." },
        { id = "close", text = "Shall we?", skills = { problem_solving = 1 },
          next = "won", coach = "A close." },
      },
    },
    trap = {
      say = "Round and round.",
      choices = {
        { id = "round", text = "And again.", skills = { pushing = 1 },
          state = { trust = -60 }, next = "trap2", coach = "A loop." },
      },
    },
    trap2 = {
      say = "We go.",
      choices = {
        { id = "back", text = "Back.", skills = { pushing = 1 }, next = "trap",
          coach = "No way out." },
      },
    },
    dead = {
      say = "Hm.",
      choices = {
        { id = "only", text = "Only if trusted.", requires = { trust = 90 },
          skills = { empathy = 1 }, next = "won", coach = "Locked." },
      },
    },
    orphan = {
      say = "Nobody comes here.",
      choices = { { id = "x", text = "X.", skills = { empathy = 1 }, next = "won",
                    coach = "Unreached." } },
    },
  },
  endings = {
    won = { say = "Yes.", outcome = { result = "won", deal_value = 100, days_to_close = 5 } },
    never = { say = "Never.", outcome = { result = "lost" } },
  },
}
