-- hostile: an endless loop in table.sort's comparison function (called from C)
-- expect: loop_sort.lua:3: instruction budget exceeded
table.sort({ 3, 2, 1 }, function(a, b) while true do end end)
