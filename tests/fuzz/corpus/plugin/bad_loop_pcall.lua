-- A plugin that loops forever and tries to survive being stopped by
-- catching every error with pcall, inside and outside the inner loop.
local agency = mpp.agency { id = "putar-pcall", name = "Putar", kind = "OPD", prefix = "Q" }
local caught = 0
while true do
  local ok = pcall(function()
    while true do end
  end)
  if not ok then caught = caught + 1 end
end
