-- hostile: collectgarbage (stop the collector to help a memory bomb)
-- expect: esc_collectgarbage.lua:3: undefined global 'collectgarbage'
collectgarbage("stop")
