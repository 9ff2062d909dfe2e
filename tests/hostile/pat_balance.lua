-- hostile: %b on unbalanced text, quadratic in its length, with gsub
-- expect: pat_balance.lua:4: instruction budget exceeded in string.gsub (the pattern '%b()' takes too many steps on 65536 bytes of text
local s = ("("):rep(65536)
for i = 1, math.maxinteger do s:gsub("%b()", "") end
