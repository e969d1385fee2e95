-- Samsat (test fixture): a second, smaller agency for folder loading; it
-- declares no counters and so gets every counter the hall gives it.
local agency = mpp.agency {
  id = "samsat", name = "Sistem Administrasi Manunggal Satu Atap",
  kind = "vertical", prefix = "B",
}

agency:service {
  id = "pkb-tahunan", name = "Pengesahan STNK tahunan",
  requirements = { "STNK asli", "KTP-el asli" },
  procedure = { "Pendaftaran", "Penetapan", "Kasir", "Penyerahan" },
  minutes = 30, fee = 0, fee_note = "PKB sesuai penetapan",
  product = "STNK disahkan", complaint_channel = "SP4N-LAPOR!",
  legal_basis = "UU 1/2022", source = "SOP Samsat",
}
