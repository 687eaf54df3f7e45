-- Shared by the wrk scripts. Keeps the session cookie as a browser does: a response that re-issues a cookie (the
-- session is re-checked and its cookie refreshed every minute) replaces it for this thread's later requests, so the
-- refresh happens once, not on every request after the first minute. Prints one parseable line at the end:
-- requests/s, p50/p95/p99 in ms, non-2xx/3xx responses and socket errors.
local failures = 0
local cookie = os.getenv("BENCH_COOKIE") or ""

function current_cookie() return cookie end

local function keep_cookie(set_cookie)
  local name, value = set_cookie:match("^%s*([^=;%s]+)=([^;]*)")
  if not name or value == "" or not cookie:find(name .. "=", 1, true) then return end
  local kept = {}
  for part in cookie:gmatch("[^;]+") do
    local trimmed = part:match("^%s*(.-)%s*$")
    if trimmed:sub(1, #name + 1) == name .. "=" then trimmed = name .. "=" .. value end
    table.insert(kept, trimmed)
  end
  cookie = table.concat(kept, "; ")
end

function response(status, headers, body)
  if status >= 400 then failures = failures + 1 end
  if headers["Set-Cookie"] then keep_cookie(headers["Set-Cookie"]) end
  if on_response then on_response(status, body) end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH rps=%.1f p50=%.1f p95=%.1f p99=%.1f requests=%d failures=%d socket_errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status, errors))
end
