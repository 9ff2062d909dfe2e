-- expect: tests/scenarios/bad/not_scenario.lua: the file must end with 'return scenario { ... }' (it returned a string)
return "hello"
