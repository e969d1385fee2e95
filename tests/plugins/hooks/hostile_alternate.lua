-- Kantor Uji (hostile fixture): its finish hook never returns on its odd
-- calls and returns at once on its even ones, and a healthy called hook
-- runs between them: never three failures in a row.
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

local called, finished = 0, 0

agency:on("ticket.called", function(ticket)
  called = called + 1
end)

agency:on("ticket.finished", function(ticket)
  finished = finished + 1
  if finished % 2 == 1 then
    while true do end
  end
end)
