-- hostile: a pattern function on a megabyte of text
-- expect: pat_huge_subject.lua:4: pattern functions take at most 65536 bytes of text
local s = ("x"):rep(1048576)
return s:match("(x*)y")
