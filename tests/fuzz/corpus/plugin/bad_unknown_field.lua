-- A plugin with a misspelt field in the service declared on line 7.
local agency = mpp.agency {
  id = "salah-ketik", name = "Salah Ketik", kind = "BUMD", prefix = "K",
}

-- the service below says minuts instead of minutes
agency:service {
  id = "satu", name = "Satu", requirements = { "KTP" }, procedure = { "Antre" },
  minuts = 10, fee = 0, product = "Surat", complaint_channel = "LAPOR!",
  legal_basis = "Perda 1/2020", source = "SOP",
}
