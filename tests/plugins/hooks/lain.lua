-- Kantor Lain (test fixture): an agency without hooks whose tickets must
-- keep flowing while its neighbour's hooks misbehave. Counters 3 and 4.
local agency = mpp.agency {
  id = "lain", name = "Kantor Lain", kind = "OPD", prefix = "O", counters = { 3, 4 },
}

agency:service {
  id = "umum", name = "Layanan Umum",
  requirements = { "KTP-el" }, procedure = { "Ambil antrean", "Dilayani" },
  minutes = 5, fee = 0, product = "Layanan", complaint_channel = "SP4N-LAPOR!",
  legal_basis = "contoh", source = "contoh untuk pengujian",
}
