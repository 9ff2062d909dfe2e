-- hostile: a string doubled by concatenation in a loop
-- expect: mem_concat.lua:5: string longer than the limit of 1048576 bytes (a runaway concatenation?)
local s = "x"
while true do
  s = s .. s
end
