-- hostile: copying a long string in a loop (each copy is one instruction)
-- expect: amp_copy.lua:4: instruction budget exceeded
local big = ("x"):rep(1000000)
while true do local s = big .. "y" end
