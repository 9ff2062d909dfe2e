-- hostile: endless tail calls (no stack growth: only the budget stops them)
-- expect: deep_tail_call.lua:3: instruction budget exceeded
local function f(n) return f(n + 1) end
return f(1)
