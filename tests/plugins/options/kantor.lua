-- Kantor Uji (options fixture): its quota, service name and priority rule
-- come from the hall config's plugin_options when it sets them.
local agency = mpp.agency { id = "kantor", name = "Kantor Uji", kind = "OPD", prefix = "K" }

local kuota = agency:option_number("kuota", 50, { min = 0, max = 500 })
local nama = agency:option_string("nama_layanan", "Layanan Umum")
local prioritas = agency:option_boolean("prioritas", false)

agency:service {
  id = "umum", name = nama, requirements = { "KTP-el" }, procedure = { "Ambil antrean" },
  minutes = 5, fee = 0, product = "Layanan", complaint_channel = "SP4N-LAPOR!",
  legal_basis = "contoh", source = "contoh untuk pengujian",
  quota = kuota, priority = prioritas,
}
