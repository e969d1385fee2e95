-- bpom.lua - the worked example of docs/plugin-guide.md ("Fungsi route"):
-- an agency whose counter calls the elderly first, then pregnant women,
-- then everyone else in order of arrival, within one service and across
-- its services. The facts below are placeholders of the example, not
-- BPOM's published standard.
local agency = mpp.agency {
  id = "bpom", name = "Loka Pengawas Obat dan Makanan (contoh)", short = "BPOM",
  kind = "vertical", prefix = "O",
}

local function service(t)
  t.requirements = { "Contoh: lihat standar pelayanan instansi" }
  t.procedure = { "Ambil antrean", "Dilayani di loket" }
  t.minutes = 10
  t.fee = 0
  t.product = "Contoh"
  t.complaint_channel = "SP4N-LAPOR! (lapor.go.id)"
  t.legal_basis = "Contoh"
  t.source = "docs/examples/route/bpom.lua: contoh panduan, bukan standar pelayanan BPOM"
  t.unconfirmed = { "requirements", "procedure", "minutes", "fee", "product", "legal_basis" }
  t.priority = true
  agency:service(t)
end

service { id = "konsultasi", name = "Konsultasi obat dan makanan" }
service { id = "pengaduan", name = "Pengaduan produk" }

-- lansia first, then ibu_hamil, then the rest; ties by arrival, because
-- `heads` comes in arrival order and the first best one is kept
local order = { lansia = 1, ibu_hamil = 2 }
agency:on("route", function(counter, heads)
  local best, best_rank = nil, 99
  for _, t in ipairs(heads) do
    local r = order[t.priority] or 3
    if r < best_rank then
      best, best_rank = t, r
    end
  end
  return best
end)
