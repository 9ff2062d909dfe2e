-- hostile: write through the session view, during play
-- expect: esc_proxy.lua:10: the session view is read-only (functions describe the conversation; choices change it) (in say of node 'a')
return scenario {
  id = "esc-proxy", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "a",
  nodes = { a = { say = function(s)
      assert(getmetatable(s) == "read-only" and not pcall(rawset, s, "turn", 1))
      s.turn = 99
    end,
    choices = { { id = "x", text = "x", next = "e" } } } },
  endings = { e = { say = "bye", outcome = { result = "won" } } },
}
