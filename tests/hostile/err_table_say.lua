-- hostile: a say function that raises a table, during play
-- expect: err_table_say.lua:8: error object is a table value (in say of node 'a')
return scenario {
  id = "err-say", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "a",
  nodes = { a = { say = function(s) error(setmetatable({}, { __tostring = function() while true do end end })) end,
    choices = { { id = "x", text = "x", next = "e" } } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
