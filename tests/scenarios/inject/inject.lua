-- inject.lua -- a scenario whose every text field carries terminal escapes
-- (tests/e2e/inject.sh): OSC 52 (set the clipboard), BEL, SGR colour and
-- blink, clear screen and cursor home, the alternate screen, a DCS string,
-- the 8-bit CSI (U+009B), DEL, a bare CR and a backspace.  Whatever plays,
-- checks, tests, graphs or lists it must show none of them raw.
local X = "\27]52;c;aGk=\7\27[31m\27[5m\27[2J\27[H\27[?1049h\27P1$qm\27\\" ..
  "\194\155" .. "2J\127\r\8"
local function x(s) return X .. s end
return scenario {
  id = "inject", title = x("Injected call"), module = x("testing"),
  shuffle = false, difficulty = "beginner", version = x("1"), minutes = 1,
  currency = x("EUR"),
  brief = x("Priya wants to talk."),
  prospect = { name = x("Priya"), role = x("Head of ops"),
               company = x("Acme"), persona = x("Busy.") },
  state = { trust = { start = 40, label = x("Trust meter") },
            patience = { start = 50, label = x("Patience meter") } },
  facts = { pain = x("Priya's pain."), budget = x("Priya's budget.") },
  start = "hello",
  nodes = {
    hello = {
      say = x("Priya here."),
      choices = {
        { id = "ask", text = x("What gets in your way?"),
          skills = { listening = 2, empathy = 1 }, state = { trust = 20 },
          reveal = { "pain" }, reply = x("Priya replies."), next = "hub",
          coach = x("Coach says ask.") },
        { id = "pitch", text = x("Buy now."), skills = { pushing = 3 },
          next = "lost", coach = x("Coach says pitch.") },
        { id = "locked", text = x("Locked line."), requires = { "budget" },
          unavailable = x("Locked hint."), next = "hub" },
      },
    },
    hub = {
      say = function(s) return X .. "Function say." end,
      choices = {
        { id = "cost", text = function(s) return X .. "Function text?" end,
          reply = function(s) return X .. "Function reply." end,
          skills = { problem_solving = 3 }, reveal = { "budget" },
          next = "won", coach = x("Coach says cost.") },
        { id = "boom", text = x("Break it."),
          next = function(s) error(X .. "Scenario error.") end },
      },
    },
  },
  endings = {
    won = { say = x("Priya signs."),
            outcome = { result = "won", deal_value = 2000, days_to_close = 5 } },
    lost = { say = x("Priya hangs up."), outcome = { result = "lost" } },
  },
  tests = {
    { name = x("Test passes."), path = { "ask", "cost" }, ending = "won" },
    { name = x("Test fails."), path = { "pitch" }, ending = "won" },
  },
}
