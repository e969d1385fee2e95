-- Kantor Uji (hostile fixture): a route function that answers garbage,
-- a different kind each call: a made-up ticket of another agency, a number,
-- then nil (allowed: the declared policy) eight times, a string, nil, an
-- error, and a ticket view kept from an earlier call. Failures count over
-- the route function's last 10 calls: the first two have left that window
-- when the string comes, and the view is the third within it.
local agency = mpp.agency {
  id = "kantor", name = "Kantor Uji", kind = "OPD", prefix = "K", counters = { 1, 2 },
}

local function service(id, name, extra)
  local s = {
    id = id, name = name,
    requirements = { "KTP-el" }, procedure = { "Ambil antrean", "Dilayani" },
    minutes = 5, fee = 0, product = "Layanan", complaint_channel = "SP4N-LAPOR!",
    legal_basis = "contoh", source = "contoh untuk pengujian", priority = true,
  }
  for k, v in pairs(extra or {}) do s[k] = v end
  agency:service(s)
end

service("daftar", "Pendaftaran", { next = "periksa", counters = { 1 } })
service("periksa", "Pemeriksaan", { next = "bayar", next_place = "front" })
service("bayar", "Pembayaran")
service("info", "Informasi")

agency:route { priority_first = true, regular_after_priority = 2,
               preferred = { [2] = { "periksa" } } }

local calls, stale = 0, nil
agency:on("route", function(counter, heads)
  calls = calls + 1
  if calls == 1 then
    stale = heads[1]
    return { number = "O-001", agency = "lain", service = "umum" }
  elseif calls == 2 then return 42
  elseif calls <= 10 or calls == 12 then return nil
  elseif calls == 11 then return "K-001"
  elseif calls == 13 then error("no rule for counter " .. counter)
  end
  return stale
end)
