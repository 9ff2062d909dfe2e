-- A tiny scenario for end-to-end tests: two decisions, three endings, a
-- function, a hub with once-only questions and a locked option.
return scenario {
  id = "tiny", title = "A tiny test call", module = "testing", shuffle = false,
  difficulty = "beginner", version = "1", minutes = 1,
  brief = "Sam wants to talk about printers.",
  prospect = { name = "Sam Lee", role = "Office manager", company = "Lee & Co" },
  state = { trust = { start = 40, min = 0, max = 100 } },
  facts = {
    jams = "The printer jams every morning.",
    budget = "There is 2,000 left this year.",
  },
  start = "hello",
  nodes = {
    hello = {
      say = "Hi. What's this about?",
      choices = {
        { id = "ask", text = "What's getting in your way this week?",
          skills = { listening = 2, empathy = 1 }, state = { trust = 20 },
          reveal = { "jams" }, reply = "Sam laughs. 'The printer, honestly.'",
          next = "hub", coach = "An open question." },
        { id = "pitch", text = "Our printers never jam.",
          skills = { pushing = 2 }, state = { trust = -30 }, next = "hub",
          coach = "A pitch before a problem." },
      },
    },
    hub = {
      say = function(s)
        if s.facts.jams then return "So, the jams. What else?" end
        return "Anything else?"
      end,
      choices = {
        { id = "budget", text = "Is there budget set aside for this?", once = true,
          skills = { problem_solving = 1 }, reveal = { "budget" }, next = "hub",
          coach = "A situation question." },
        { id = "cost", text = "What do the morning jams cost you?",
          requires = { "jams" }, unavailable = "You haven't heard about a problem yet.",
          skills = { problem_solving = 3, listening = 1 },
          state = { trust = 10 },
          next = function(s) if s.trust >= 60 then return "won" end return "slow" end,
          coach = "An implication question." },
        { id = "close", text = "Shall I send an order form?",
          skills = { pushing = 3 }, next = "lost", coach = "Closing too early." },
      },
    },
  },
  endings = {
    won = { say = "Sam orders two printers.",
            outcome = { result = "won", deal_value = 2000, days_to_close = 5 } },
    slow = { say = "Sam will think about it.",
             outcome = { result = "stalled", deal_value = 0 } },
    lost = { say = "Sam hangs up.", outcome = { result = "lost" } },
  },
  tests = {
    { name = "listening first wins the deal", path = { "ask", "cost" },
      ending = "won", min = { overall = 95, trust = 70 },
      max = { transactional_pushing = 0 }, facts = { "jams" } },
    { name = "closing early loses", path = { "pitch", "close" },
      result = "lost", max = { relationship_quality = 10 } },
    { name = "the cost question is locked until the jams come up",
      path = { "pitch" }, not_offered = { "cost" }, offered = { "budget" } },
  },
}
