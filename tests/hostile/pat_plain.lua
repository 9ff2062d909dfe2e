-- hostile: a plain find of a long needle, in a loop
-- expect: pat_plain.lua:5: instruction budget exceeded in string.find
local s = ("ab"):rep(32768)
local needle = ("ab"):rep(16000) .. "c"
for i = 1, math.maxinteger do s:find(needle, 1, true) end
