-- hostile: a file that returns a number
-- expect: ret_number.lua: the file must end with 'return scenario { ... }' (it returned a number)
return 42
