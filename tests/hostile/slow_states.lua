-- hostile: a condition that spends nearly its whole call budget, in a
-- scenario of 1,000 states (1,000 x 5 million instructions: check would run
-- for most of a minute, and with a wider meter for hours; play for 450 turns)
-- expect: slow_states.lua:8: the scenario's functions have run 2000000000 instructions in all, the most one sandbox may (functions that do much work on every call?) (in when of choice 'up' in node 'a')
-- turns: 450
local function slow(s)
  local n = 0
  for i = 1, 2400000 do n = n + i end
  return true
end
return scenario {
  id = "slow-states", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b", shuffle = false,
  prospect = { name = "A", role = "B", company = "C" },
  state = { trust = { start = 0, min = 0, max = 1000 } },
  start = "a",
  nodes = { a = { say = "hi",
    choices = {
      { id = "up", text = "u", state = { trust = 1 }, next = "a", when = slow },
      { id = "end", text = "e", next = "e" } } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
