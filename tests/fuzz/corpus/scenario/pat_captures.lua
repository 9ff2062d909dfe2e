-- hostile: more captures than Lua allows, and nesting past the C stack guard
-- expect: pat_captures.lua:5: pattern too complex
local ok, e = pcall(string.find, ("a"):rep(100), ("(a)"):rep(40))
assert(not ok and e:find("too many captures"))
return ("a"):rep(300):find(("a?"):rep(250) .. "b")
