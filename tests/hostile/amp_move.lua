-- hostile: table.move over 10^15 elements, one C call
-- expect: amp_move.lua:3: instruction budget exceeded in table.move
table.move({}, 1, 1e15, 2)
