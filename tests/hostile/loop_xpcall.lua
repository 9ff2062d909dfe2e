-- hostile: pcall and xpcall around an endless loop, retried forever
-- expect: loop_xpcall.lua:5: instruction budget exceeded
while true do
  pcall(function() while true do end end)
  xpcall(function() while true do end end, function(m) while true do end end)
end
