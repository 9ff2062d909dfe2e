-- hostile: a memory bomb spread over calls during play (one call's budget
-- pays for about 80 MB of allocation; the memory cap stops the sum)
-- expect: mem_play.lua: memory limit of 256 MiB exceeded (a runaway table or string?) (in when of choice
local keep = {}
local function hog()
  for i = 1, 35 do keep[#keep + 1] = ("x"):rep(1048000) end
  return true
end
return scenario {
  id = "mem-play", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "a",
  nodes = { a = { say = "hi",
    choices = {
      { id = "x1", text = "x", next = "e", when = hog },
      { id = "x2", text = "x", next = "e", when = hog },
      { id = "x3", text = "x", next = "e", when = hog },
      { id = "x4", text = "x", next = "e", when = hog },
      { id = "x5", text = "x", next = "e", when = hog },
      { id = "x6", text = "x", next = "e", when = hog },
      { id = "x7", text = "x", next = "e", when = hog },
      { id = "x8", text = "x", next = "e", when = hog },
      { id = "x9", text = "x", next = "e", when = hog },
    } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
