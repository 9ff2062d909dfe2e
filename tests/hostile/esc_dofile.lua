-- hostile: dofile and loadfile
-- expect: esc_dofile.lua:3: undefined global 'dofile'
dofile("/etc/passwd")
