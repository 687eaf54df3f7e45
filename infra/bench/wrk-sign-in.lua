-- POST the sign-in form (the anti-forgery cookie and token were fetched once by bench.sh).
wrk.method = "POST"
wrk.path = "/account/sign-in"
wrk.headers["Host"] = os.getenv("BENCH_HOST")
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = os.getenv("BENCH_BODY")
dofile(os.getenv("BENCH_DIR") .. "/wrk-report.lua")
