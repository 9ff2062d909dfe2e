-- hostile: reach os to run a command
-- expect: esc_os.lua:3: undefined global 'os'
os.execute("touch pwned")
