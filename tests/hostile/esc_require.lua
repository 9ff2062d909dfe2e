-- hostile: load a C module with require
-- expect: esc_require.lua:3: undefined global 'require'
local socket = require("socket")
