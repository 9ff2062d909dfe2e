-- hostile: comparing two megabyte strings in a loop (each comparison is one
-- instruction; only the time limit stops it)
-- expect: amp_streq.lua:7: time limit of 10 seconds exceeded (the scenario ran too long: an endless loop?)
local a = ("x"):rep(1048576)
local b = ("x"):rep(1048576)
local n = 0
while true do if a == b then n = n + 1 end end
