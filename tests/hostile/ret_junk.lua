-- hostile: a scenario table full of junk (list entries, functions, cycles)
-- expect: ret_junk.lua:1: the scenario has an entry without a field name (write name = value)
local t = {}
t.self = t
return scenario { 1, 2, {}, t, x = function() end, [true] = false }
