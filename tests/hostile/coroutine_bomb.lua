-- hostile: a coroutine bomb (the coroutine library is not in the sandbox)
-- expect: coroutine_bomb.lua:4: undefined global 'coroutine'
local function bomb()
  local co = coroutine.wrap(function() while true do bomb() end end)
  co()
end
bomb()
