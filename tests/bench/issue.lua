-- issue.lua - wrk script: every request takes a durable ticket of one
-- service (SERVICE in the environment; default a service with no daily
-- quota) and prints tickets/s, median and p99 latency and how many
-- replies were not 2xx/3xx.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"service":"%s"}', os.getenv("SERVICE") or "dukcapil/legalisasi")

function done(summary, latency, requests)
  io.write(string.format("tickets/s %.0f  p50 %.2f ms  p99 %.2f ms  failed %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect +
    summary.errors.read + summary.errors.write + summary.errors.timeout))
end
