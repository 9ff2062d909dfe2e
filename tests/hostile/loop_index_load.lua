-- hostile: an endless loop in an __index metamethod, while the file loads
-- expect: loop_index_load.lua:4: instruction budget exceeded
local t = setmetatable({}, { __index = function(t, k)
  while true do end
end })
return scenario { id = t.id }
