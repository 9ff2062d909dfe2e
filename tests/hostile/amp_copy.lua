-- hostile: copying a long string in a loop (each copy is one instruction)
-- expect: amp_copy.lua:5: instruction budget exceeded
-- expect: amp_copy.lua:5: time limit of 10 seconds exceeded
local big = ("x"):rep(1000000)
while true do local s = big .. "y" end
