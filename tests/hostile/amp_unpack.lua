-- hostile: unpacking a huge range (charged before Lua's stack limit refuses it)
-- expect: amp_unpack.lua:3: instruction budget exceeded in table.unpack
return table.unpack({}, 1, 1e8)
