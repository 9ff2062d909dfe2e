-- hostile: sorting four million numbers again and again (seconds per call)
-- expect: amp_sort.lua:5: instruction budget exceeded in table.sort
local t = {}
for i = 1, 4000000 do t[i] = -i end
while true do table.sort(t) end
