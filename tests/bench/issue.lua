-- issue.lua - wrk script: every request takes a durable ticket of one
-- service (SERVICE in the environment; default a service with no daily
-- quota; with PHONE, opted in to messages) and prints tickets/s, median
-- and p99 latency, how many replies were not 2xx/3xx, and how many ticket
-- numbers were issued twice (every thread keeps the numbers of its
-- replies; done() merges them).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
-- PHONE in the environment: every ticket asks for messages to that number
local phone = os.getenv("PHONE")
if phone == "" then phone = nil end
wrk.body = string.format('{"service":"%s"%s}', os.getenv("SERVICE") or "dukcapil/legalisasi",
  phone and string.format(',"notify":{"phone":"%s"}', phone) or "")

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  numbers = {}
  count = 0
end

function response(status, headers, body)
  local n = body:match('"number":"([^"]+)"')
  if n then
    count = count + 1
    numbers[count] = n
  end
end

function done(summary, latency, requests)
  local seen, dup, total = {}, 0, 0
  for _, t in ipairs(threads) do
    for _, n in ipairs(t:get("numbers")) do
      total = total + 1
      if seen[n] then dup = dup + 1 else seen[n] = true end
    end
  end
  io.write(string.format("tickets/s %.0f  p50 %.2f ms  p99 %.2f ms  failed %d  numbers %d  duplicates %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect +
    summary.errors.read + summary.errors.write + summary.errors.timeout, total, dup))
end
