-- expect: tests/scenarios/bad/syntax.lua:5: '}' expected (to close '{' at line 4) near 'title'
return scenario {
  id = "syntax",
  prospect = { name = "A", role = "B", company = "C"
  title = "t",
}
