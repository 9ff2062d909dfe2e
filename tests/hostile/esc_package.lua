-- hostile: reach package.loadlib
-- expect: esc_package.lua:3: undefined global 'package'
local f = package.loadlib("libc.so.6", "system")
