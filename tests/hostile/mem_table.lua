-- hostile: a table that grows without end
-- expect: mem_table.lua: memory limit of 256 MiB exceeded (a runaway table or string?)
local t = {}
for i = 1, math.maxinteger do t[i] = { i } end
