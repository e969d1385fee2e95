-- Kantor Uji (hostile fixture): its finish hook runs string.gmatch with a
-- pattern starting with '^', which gmatch (Lua 5.4) takes as a plain
-- character, trying every start: about n^2/2 = 2e8 steps in C (seconds),
-- which an estimate counting the '^' as an anchor let through.
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

local big = string.rep("^", 20000)

agency:on("ticket.finished", function(ticket)
  for w in big:gmatch("^.-b") do end
end)
