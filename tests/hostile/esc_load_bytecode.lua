-- hostile: load bytecode made with string.dump (crafted bytecode crashes Lua)
-- expect: esc_load_bytecode.lua:4: attempt to call a nil value (field 'dump')
local f = function() return 1 end
local code = string.dump(f)
return load(code, "x", "b")()
