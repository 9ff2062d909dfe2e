-- hostile: reach the originals through rawget on _G and _ENV
-- expect: esc_rawget.lua:4: attempt to call a nil value (local 'f')
local f = rawget(_G, "load") or rawget(_ENV, "dofile") or rawget(_G, "io")
return f("return 1")
