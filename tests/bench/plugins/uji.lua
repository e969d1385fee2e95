-- Instansi Uji (benchmark): an agency whose counters take tickets through a
-- Lua route function, to time call-next with Lua routing over long queues.
local agency = mpp.agency { id = "uji", name = "Instansi Uji", kind = "OPD", prefix = "Z" }

for _, id in ipairs({ "satu", "dua", "tiga" }) do
  agency:service {
    id = id, name = "Layanan " .. id, requirements = { "-" }, procedure = { "-" },
    minutes = 5, fee = 0, product = "-", complaint_channel = "-", legal_basis = "-",
    source = "benchmark fixture", priority = true,
  }
end

agency:route { priority_first = true, regular_after_priority = 2 }

-- elderly first, then service "dua", then the oldest head: Lua decides
agency:on("route", function(counter, heads)
  local pick
  for _, t in ipairs(heads) do
    if t.priority == "lansia" then return t end
    if t.service == "dua" then pick = pick or t end
  end
  return pick or heads[1]
end)
