-- hostile: an endless loop at the top level of the file
-- expect: loop_top.lua:3: instruction budget exceeded (the scenario ran too long: an endless loop?)
while true do end
