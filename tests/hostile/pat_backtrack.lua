-- hostile: a pattern that backtracks (Lua's matcher would run for hours)
-- expect: pat_backtrack.lua:4: instruction budget exceeded in string.find (the pattern '.-.-.-.-b' takes too many steps on 20000 bytes of text
local s = ("a"):rep(20000)
return s:find(".-.-.-.-b")
