-- Prints one parseable line at the end: requests/s, p50/p95/p99 in ms, non-2xx/3xx responses and socket errors.
local failures = 0
function response(status, headers, body)
  if status >= 400 then failures = failures + 1 end
  if on_response then on_response(status, body) end
end
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH rps=%.1f p50=%.1f p95=%.1f p99=%.1f requests=%d failures=%d socket_errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status, errors))
end
