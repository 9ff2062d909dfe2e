-- hostile: replace _ENV, then reach a global
-- expect: esc_env.lua:5: attempt to index a nil value (upvalue '_ENV')
local function f()
  _ENV = nil
  return io
end
return f()
