-- hostile: a file that returns a string
-- expect: ret_string.lua: the file must end with 'return scenario { ... }' (it returned a string)
return "scenario"
