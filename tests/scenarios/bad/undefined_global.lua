-- expect: tests/scenarios/bad/undefined_global.lua:2: undefined global 'senario'
return senario {
  id = "x",
}
