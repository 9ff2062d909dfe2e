-- hostile: string.dump through the string metatable
-- expect: esc_dump_method.lua:3: attempt to call a nil value (method 'dump')
local code = (""):dump(function() end)
