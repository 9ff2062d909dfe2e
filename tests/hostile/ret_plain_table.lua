-- hostile: a file that returns a plain table with a looping metatable
-- expect: ret_plain_table.lua: the file returned a plain table; write 'return scenario { ... }'
return setmetatable({ id = "x" }, { __index = function() while true do end end })
