-- hostile: reach debug to remove the hook
-- expect: esc_debug.lua:3: undefined global 'debug'
debug.sethook()
