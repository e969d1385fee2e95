-- Kantor Uji (test fixture): a three-step flow daftar -> periksa -> bayar,
-- counter 2 preferring periksa, and well-behaved hooks: an info ticket with
-- a priority group is sent to the neighbour when it finishes (at the back:
-- another agency's front is refused); a
-- bayar ticket issued by mistake goes back to daftar (next_step on issue).
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

agency:on("ticket.finished", function(ticket)
  if ticket.service == "info" and ticket.priority then
    if ticket.counter == 1 then -- refused: not at another agency's front
      return agency:transfer(ticket, "lain/umum", "front")
    end
    return agency:transfer(ticket, "lain/umum", "back")
  end
end)

agency:on("ticket.issued", function(ticket)
  if ticket.service == "bayar" and ticket.transfers == 0 then
    return agency:next_step(ticket, "daftar")
  end
end)

-- counts what it sees, to show hooks keep state between calls
local seen = 0
agency:on("ticket.called", function(ticket)
  seen = seen + 1
  if ticket.number == "K-999" then return seen end -- never: not an action
end)

-- the route function: an elderly citizen first, else the declared policy
agency:on("route", function(counter, heads)
  for _, t in ipairs(heads) do
    if t.priority == "lansia" then return t end
  end
  return nil
end)
