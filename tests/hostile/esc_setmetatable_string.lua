-- hostile: setmetatable on a string, and on the environment
-- expect: esc_setmetatable_string.lua:4: cannot change a protected metatable
assert(not pcall(setmetatable, "", {}))
setmetatable(_G, { __index = function() return 1 end })
