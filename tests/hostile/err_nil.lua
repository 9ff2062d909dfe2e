-- hostile: an error whose value is nil
-- expect: err_nil.lua:3: error object is a nil value
error(nil)
