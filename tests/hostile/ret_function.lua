-- hostile: a file that returns a function
-- expect: ret_function.lua: the file must end with 'return scenario { ... }' (it returned a function)
return function() while true do end end
