-- hostile: change the string metatable to reach other functions
-- expect: esc_string_mt.lua:4: attempt to index a string value (local 'mt')
local mt = getmetatable("")
mt.__index = function() return 42 end
