-- hostile: an endless loop in a to-be-closed variable's __close
-- expect: loop_close.lua:4: instruction budget exceeded
local guard <close> = setmetatable({}, { __close = function()
  while true do end
end })
return 1
