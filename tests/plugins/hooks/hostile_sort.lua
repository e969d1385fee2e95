-- Kantor Uji (hostile fixture): its finish hook sorts 200,000 references
-- to two 4 KB strings that share their first 4,000 bytes: table.sort runs
-- in C with no instruction between comparisons (about 0.35 s unguarded).
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

local a, b = string.rep("x", 4000) .. "a", string.rep("x", 4000) .. "b"
local big = {}
for i = 1, 200000 do big[i] = (i % 2 == 0) and a or b end

agency:on("ticket.finished", function(ticket)
  table.sort(big)
end)
