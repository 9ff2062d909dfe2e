-- hostile: an error whose value is a function, raised inside pcall and rethrown
-- expect: err_function.lua:4: error object is a function value
local ok, e = pcall(error, function() end)
error(e)
