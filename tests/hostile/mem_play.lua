-- hostile: a memory bomb spread over calls during play (one call's budget
-- pays for about 20 MB of allocation; the memory cap stops the sum)
-- expect: mem_play.lua: memory limit of 256 MiB exceeded (a runaway table or string?) (in say of node 'a')
-- turns: 60
local keep = {}
return scenario {
  id = "mem-play", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b", shuffle = false,
  prospect = { name = "A", role = "B", company = "C" },
  state = { trust = { start = 0, min = 0, max = 100 } },
  start = "a",
  nodes = { a = { say = function(s)
      for i = 1, 8 do keep[#keep + 1] = ("x"):rep(1048000) end
      return "more"
    end,
    choices = {
      { id = "again", text = "a", state = { trust = 1 }, next = "a" },
      { id = "stop", text = "s", next = "e" } } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
