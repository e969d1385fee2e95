-- Shared helpers are not agencies: the loader skips files starting with
-- '_'. This one would fail if it were loaded as an agency.
local M = {}
function M.steps(...) return { ... } end
return M
