-- hostile: a cheap-looking pattern (one repetition, 30 KB) called in a loop
-- expect: pat_loop.lua:4: instruction budget exceeded in string.find (the pattern 'a-b' takes too many steps on 30000 bytes of text
local s = ("a"):rep(30000)
for i = 1, math.maxinteger do s:find("a-b") end
