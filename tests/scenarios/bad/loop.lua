-- expect: tests/scenarios/bad/loop.lua:2: instruction budget exceeded (the scenario ran too long: an endless loop?)
while true do end
