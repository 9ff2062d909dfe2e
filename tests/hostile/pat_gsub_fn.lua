-- hostile: gsub calling an endless replacement function
-- expect: pat_gsub_fn.lua:4: instruction budget exceeded (the scenario ran too long: an endless loop?)
local s = ("a"):rep(100)
return s:gsub("a", function(c) while true do end end)
