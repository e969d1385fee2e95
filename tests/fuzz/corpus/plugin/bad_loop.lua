-- A plugin that never finishes loading: the loop on line 4 runs forever.
local agency = mpp.agency { id = "putar", name = "Putar", kind = "OPD", prefix = "P" }
local n = 0
while true do n = n + 1 end
