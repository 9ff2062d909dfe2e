-- hostile: recursion through an __index metamethod (the C stack)
-- expect: deep_recursion_meta.lua:4: C stack overflow
local t
t = setmetatable({}, { __index = function(_, k) return t[k .. "x"] end })
return t.a
