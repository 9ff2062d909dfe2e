-- hostile: an endless loop in __tostring, called by tostring()
-- expect: loop_tostring.lua:4: instruction budget exceeded
local t = setmetatable({}, { __tostring = function()
  while true do end
end })
local s = tostring(t)
