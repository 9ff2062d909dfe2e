-- hostile: string.rep asked for a gigabyte, then for many megabyte strings
-- expect: mem_rep.lua: memory limit of 256 MiB exceeded (a runaway table or string?)
local ok = pcall(string.rep, "x", 2^30)
assert(not ok)
local t = {}
for i = 1, math.maxinteger do t[i] = ("x"):rep(1048000) .. i end
