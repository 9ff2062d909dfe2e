-- hostile: a file that returns nil
-- expect: ret_nil.lua: the file must end with 'return scenario { ... }' (it returned nothing)
return nil
