-- hostile: memory errors caught by pcall and retried at the cap
-- expect: mem_pcall.lua:5: memory limit of 256 MiB exceeded (a runaway table or string?)
local t = {}
while true do
  pcall(function() t[#t + 1] = ("x"):rep(1048000) .. #t end)
end
