-- A plugin that claims counter 7, which the hall gives to samsat.
local agency = mpp.agency {
  id = "dukcapil", name = "Dinas Kependudukan dan Pencatatan Sipil",
  kind = "OPD", prefix = "A", counters = { 1, 7 },
}

agency:service {
  id = "kk", name = "Kartu Keluarga", requirements = { "Pengantar" },
  procedure = { "Antre" }, minutes = 20, fee = 0, product = "KK",
  complaint_channel = "LAPOR!", legal_basis = "Permendagri 108/2019", source = "SOP",
}
