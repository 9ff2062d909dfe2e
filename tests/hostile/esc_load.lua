-- hostile: load a text chunk at run time (it would run outside _ENV)
-- expect: esc_load.lua:3: undefined global 'load'
return load("return io")()
