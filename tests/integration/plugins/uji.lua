-- Layanan Uji: an agency that exists only in the integration tests. Its
-- services have what the bundled agencies rarely need at once: a small
-- daily quota, a kiosk input with validation, and a counter of its own.
local agency = mpp.agency {
  id = "uji", name = "Instansi Uji", kind = "OPD", prefix = "Z",
}

agency:service {
  id = "kuota", name = "Layanan berkuota",
  requirements = { "Tidak ada" }, procedure = { "Ambil antrean" },
  minutes = 5, fee = 0, product = "Uji", complaint_channel = "Uji",
  legal_basis = "Uji", source = "fixture of the integration tests",
  quota = 3,
}

agency:service {
  id = "nik", name = "Layanan dengan NIK",
  requirements = { "NIK" }, procedure = { "Ambil antrean" },
  minutes = 5, fee = 0, product = "Uji", complaint_channel = "Uji",
  legal_basis = "Uji", source = "fixture of the integration tests",
  priority = true,
  inputs = {
    { name = "nik", label = "NIK (16 digit)", pattern = "^[0-9]{16}$",
      message = "NIK harus 16 digit angka" },
  },
}
