-- hostile: __gc added to a metatable after setmetatable (Lua never finalizes
-- such objects, so closing the sandbox must not hang)
-- expect: loop_gc_late.lua:8: the finalizer was set
local mt = {}
local t = setmetatable({}, mt)
mt.__gc = function() while true do end end
t = nil
error("the finalizer was set")
