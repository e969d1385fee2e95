-- Dinas Kependudukan dan Pencatatan Sipil (test fixture): a complete
-- plugin that uses every field of the API, so the host's tests can check
-- that each one lands in the catalog. The facts are examples only.
local RP = "Rp"
local function steps(...)
  return { ... }
end

print("memuat", "dukcapil", 1)

local agency = mpp.agency {
  id = "dukcapil",
  name = "Dinas Kependudukan dan Pencatatan Sipil",
  kind = "OPD",
  prefix = "A",
  counters = { 2, 1 },
}

agency:service {
  id = "ktp-el-rekam",
  name = "Perekaman KTP-el",
  requirements = { "Fotokopi Kartu Keluarga", "Berusia 17 tahun atau sudah menikah" },
  procedure = steps("Ambil antrean", "Verifikasi berkas", "Perekaman biometrik"),
  minutes = 15,
  fee = 0,
  fee_note = string.format("Gratis (%s0)", RP),
  product = "KTP-el",
  complaint_channel = "SP4N-LAPOR! (lapor.go.id)",
  legal_basis = "UU 24/2013 tentang Administrasi Kependudukan",
  hours = "Senin-Kamis 08.00-15.00, Jumat 08.00-11.00",
  cutoff = "14:30",
  quota = 120,
  priority = true,
  inputs = {
    { name = "nik", label = "NIK (16 digit)", pattern = "^[0-9]{16}$",
      message = "NIK harus 16 digit angka" },
  },
  counters = { 1 },
  source = "https://example.invalid/sop-ktp ; Perbup 1/2024",
  unconfirmed = { "minutes", "quota" },
}

agency:service {
  id = "kk",
  name = "Kartu Keluarga — penerbitan baru",
  requirements = { "Surat pengantar RT/RW" },
  procedure = { "Ambil antrean", "Serahkan berkas" },
  minutes = 20,
  fee = 1500,
  product = "Kartu Keluarga",
  complaint_channel = "SP4N-LAPOR!",
  legal_basis = "Permendagri 108/2019",
  source = "SOP Dukcapil",
}

agency:route { priority_first = true, regular_after_priority = 3 }
