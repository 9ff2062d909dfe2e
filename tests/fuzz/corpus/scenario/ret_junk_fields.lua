-- hostile: right field names, wrong kinds of value
-- expect: ret_junk_fields.lua:4: scenario: field 'id' must be a string, not a table
local loop = setmetatable({}, { __tostring = function() while true do end end, __index = function() while true do end end })
return scenario { id = loop, title = loop, module = 1, difficulty = {}, version = tostring, brief = nil,
  prospect = loop, start = loop, nodes = loop, endings = loop }
