-- hostile: table.concat of four million empty strings, in a loop
-- expect: amp_concat.lua:5: instruction budget exceeded in table.concat
local t = {}
for i = 1, 4000000 do t[i] = "" end
while true do table.concat(t) end
