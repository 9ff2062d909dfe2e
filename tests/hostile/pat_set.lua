-- hostile: a character set of 100,000 bytes tested against every character
-- expect: pat_set.lua:5: instruction budget exceeded in string.gmatch
local set = "[" .. ("a-y"):rep(33333) .. "]"
local s = ("z"):rep(60000)
for w in s:gmatch(set .. "+") do end
