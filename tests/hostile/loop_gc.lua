-- hostile: an endless loop in a finalizer (__gc runs with the hook off in Lua 5.4)
-- expect: loop_gc.lua:3: setmetatable: __gc metamethods are not allowed in scenarios (finalizers run outside the instruction budget)
local t = setmetatable({}, { __gc = function() while true do end end })
