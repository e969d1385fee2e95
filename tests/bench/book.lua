-- book.lua - wrk script for the booking rush: every request tries to book
-- one of a day's slots (STARTS in the environment, comma-separated, as
-- /api/v1/slots writes them) of SERVICE with a phone number of its own,
-- round-robin over the slots; prints attempts/s, median and p99 latency,
-- how many bookings were made (201), refused as full or for the day (409)
-- and anything else (a failure of the run), and the requests that got no
-- answer at all (wrk counts every 409 as a status error: not those).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local service = os.getenv("SERVICE") or "polres/skck-baru"
local starts = {}
for s in string.gmatch(os.getenv("STARTS") or "", "[^,]+") do
  starts[#starts + 1] = s
end

local threads, next_id = {}, 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  n, made, refused, other = 0, 0, 0, 0
end

function request()
  n = n + 1
  local body = string.format(
    '{"service":"%s","start":"%s","name":"Warga Uji","phone":"0812%02d%06d"}',
    service, starts[(n % #starts) + 1], id, n % 1000000)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status == 201 then
    made = made + 1
  elseif status == 409 then
    refused = refused + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local m, r, o = 0, 0, 0
  for _, t in ipairs(threads) do
    m, r, o = m + t:get("made"), r + t:get("refused"), o + t:get("other")
  end
  io.write(string.format("attempts/s %.0f  p50 %.2f ms  p99 %.2f ms  made %d  refused %d  other %d  failed %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, m, r, o, summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout))
end
