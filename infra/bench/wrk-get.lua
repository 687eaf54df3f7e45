-- GET one path with the session cookie (may be empty: a public page). BENCH_PATH, BENCH_HOST, BENCH_COOKIE.
wrk.method = "GET"
wrk.path = os.getenv("BENCH_PATH")
wrk.headers["Host"] = os.getenv("BENCH_HOST")
local cookie = os.getenv("BENCH_COOKIE")
if cookie and #cookie > 0 then wrk.headers["Cookie"] = cookie end
dofile(os.getenv("BENCH_DIR") .. "/wrk-report.lua")
