-- hostile: reach io to read a file
-- expect: esc_io.lua:3: undefined global 'io'
local f = io.open("/etc/passwd")
