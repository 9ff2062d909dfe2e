-- hostile: a 60,000-character pattern tried at every position of 64 KB
-- expect: pat_long.lua:5: instruction budget exceeded in string.match
local s = ("a"):rep(65536)
local p = ("a"):rep(60000) .. "b?c"
return s:match(p)
