-- A plugin with a syntax error on line 6 (a missing comma).
local agency = mpp.agency { id = "sintaks", name = "Sintaks", kind = "OPD", prefix = "S" }

agency:service {
  id = "satu"
  name = "Satu",
}
