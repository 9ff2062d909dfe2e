-- hostile: an error whose value is a table
-- expect: err_table.lua:3: error object is a table value
error({ code = 42, [1] = "x" })
