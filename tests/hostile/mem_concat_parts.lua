-- hostile: table.concat asked to build a string of many megabytes
-- expect: mem_concat_parts.lua:6: string longer than the limit of 1048576 bytes (a runaway concatenation?)
local part = ("x"):rep(1000000)
local parts = {}
for i = 1, 20 do parts[i] = part end
local big = table.concat(parts)
return #big
