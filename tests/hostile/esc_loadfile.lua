-- hostile: loadfile
-- expect: esc_loadfile.lua:3: undefined global 'loadfile'
loadfile("/etc/passwd")
