-- expect: tests/scenarios/bad/error_table.lua:3: error object is a table value
local reason = { code = 42 }
error(reason)
