-- hostile: string.rep of an empty string 2^62 times (Lua's rep loops anyway)
-- expect: amp_rep_empty.lua:4: instruction budget exceeded
local s = (""):rep(2^62)
while true do s = s .. ("").rep("", 2^62, "") end
