-- GET one path with the session cookie (may be empty: a public page). BENCH_PATH, BENCH_HOST, BENCH_COOKIE.
dofile(os.getenv("BENCH_DIR") .. "/wrk-report.lua")
local path, host = os.getenv("BENCH_PATH"), os.getenv("BENCH_HOST")

function request()
  local headers = { ["Host"] = host }
  local cookie = current_cookie()
  if #cookie > 0 then headers["Cookie"] = cookie end
  return wrk.format("GET", path, headers)
end
