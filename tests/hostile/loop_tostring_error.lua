-- hostile: an error whose value has a looping __tostring (rapport must not call it)
-- expect: loop_tostring_error.lua:6: error object is a table value
local t = setmetatable({}, { __tostring = function()
  while true do end
end })
error(t)
