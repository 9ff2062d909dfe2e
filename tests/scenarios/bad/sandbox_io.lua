-- expect: tests/scenarios/bad/sandbox_io.lua:2: undefined global 'io'
local f = io.open("/etc/passwd")
return scenario {}
