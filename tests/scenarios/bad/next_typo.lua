-- expect: tests/scenarios/bad/next_typo.lua:13: choice 'pitch' in node 'opening': next node 'guardd' does not exist (did you mean 'guarded'?)
return scenario {
  id = "next-typo", title = "t", module = "m", difficulty = "beginner",
  version = "1", brief = "b",
  prospect = { name = "A", role = "B", company = "C" },
  start = "opening",
  nodes = {
    opening = {
      say = "Hello.",
      choices = {
        { id = "pitch", text = "Buy now.",
          skills = { pushing = 3 },
          next = "guardd" },
      },
    },
    guarded = { say = "Hm.", choices = { { id = "x", text = "Bye.", next = "end" } } },
  },
  endings = { ["end"] = { say = "Bye.", outcome = { result = "lost" } } },
}
