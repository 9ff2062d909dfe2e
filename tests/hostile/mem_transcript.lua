-- hostile: functions that return a megabyte of text on every turn (the
-- transcript is kept in C memory, outside the sandbox's cap; check, which
-- keeps no texts, explored two million states copying a megabyte each, for
-- nine minutes: the copies are charged to the total budget)
-- expect: mem_transcript.lua: the texts of the scenario's functions passed 64 MiB in one session (say of node 'a' returns long texts?)
-- expect: mem_transcript.lua: the scenario's functions have run 2000000000 instructions in all
-- turns: 100
local big = ("x"):rep(1048576)
return scenario {
  id = "mem-transcript", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b", shuffle = false,
  prospect = { name = "A", role = "B", company = "C" },
  start = "a",
  nodes = { a = { say = function(s) return big end,
    choices = { { id = "again", text = function(s) return big end, next = "a" },
                { id = "stop", text = "s", next = "e", when = function(s) return s.turn > 5000 end } } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
