-- hostile: look for hidden functions through ("").x
-- expect: esc_string_index.lua:4: attempt to call a nil value (field 'x')
assert(("").x == nil and ("").dump == nil and ("").load == nil)
return ("").x()
