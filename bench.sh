#!/usr/bin/env bash
# The England-scale benchmark: the app over HTTP (wrk) beside PostgreSQL running the same SQL (pgbench), per hot path,
# at 8 and 32 connections; the daily jobs' sweep; start-up to ready; memory under load. Writes docs/performance.md.
#   ./bench.sh                    England: 152 authorities, 24,000 schools (generating takes minutes, once)
#   ./bench.sh --scale 0.1        a tenth, for a quick run
#   ./bench.sh --duration 30      seconds per measurement (default 20)
#   ./bench.sh --warmup 10        seconds of unmeasured load per hot path first (default 5): JIT and caches settle
#   ./bench.sh --reuse            keep the generated database from the last run of the same scale
# Its own PostgreSQL (EQUALITYMARK_BENCH_DB_PORT, 55484) and app port (EQUALITYMARK_BENCH_PORT, 5183).
set -euo pipefail
cd "$(dirname "$0")"

scale=1 duration=20 warmup=5 seed=42 reuse=0 connections="8 32"
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="${2:?}"; shift 2 ;;
    --duration) duration="${2:?}"; shift 2 ;;
    --warmup) warmup="${2:?}"; shift 2 ;;
    --seed) seed="${2:?}"; shift 2 ;;
    --connections) connections="${2:?}"; shift 2 ;;
    --reuse) reuse=1; shift ;;
    *) echo "usage: ./bench.sh [--scale S] [--duration SECONDS] [--warmup SECONDS] [--seed N] [--connections \"8 32\"] [--reuse]" >&2; exit 2 ;;
  esac
done

db_port="${EQUALITYMARK_BENCH_DB_PORT:-55484}"
port="${EQUALITYMARK_BENCH_PORT:-5183}"
db="equalitymark_bench"
password="Equality-Demo-2026"
work="$PWD/.local/bench"
results="$work/results.txt"
mkdir -p "$work"
: >"$results"
bench_dir="$PWD/infra/bench"

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package)..."
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 update >"$work/apt.log" 2>&1
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends wrk >>"$work/apt.log" 2>&1
fi
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pgbench="$pg_bin/pgbench"

record() { echo "$*" | tee -a "$results"; }
host_pid=""
stop_host() { if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; host_pid=""; fi; }
trap stop_host EXIT

infra/ensure-dotnet-tools.sh
stamp="$work/generated-scale"
if [ "$reuse" -eq 1 ] && [ "$(cat "$stamp" 2>/dev/null)" = "$scale $seed" ]; then
  infra/postgres.sh start bench "$db_port" "$db"
else
  infra/postgres.sh reset-db bench "$db_port" "$db"
  rm -f "$stamp"
fi
eval "$(infra/connection-strings.sh "$db_port" "$db")"
eval "$(infra/data-protection-certificate.sh bench)"
export ConnectionStrings__App="${ConnectionStrings__App%;Maximum Pool Size=50};Maximum Pool Size=60"

echo "Building (the host as a release is built: published, compiled ahead of time)..."
dotnet publish src/Host -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/host" -nologo -v q
dotnet build tools/EqualityMark.ScaleData -c Release -nologo -v q
host_dll="$work/host/EqualityMark.Host.dll"
quiet=(--Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.EntityFrameworkCore=Critical)

# Production-like: Production settings, but plain HTTP on loopback, and no sign-in rate limit (wrk signs in from one address).
export ASPNETCORE_ENVIRONMENT=Production Security__Https=false RateLimits__Enabled=false Demo__Password="$password"
export Tenancy__PublicUrlTemplate="http://{tenant}.localhost:$port"

start_host() {
  (cd "$work/host" && exec dotnet "$host_dll" "$@" --urls "http://127.0.0.1:$port" "${quiet[@]}") >>"$work/host.log" 2>&1 &
  host_pid=$!
}
wait_ready() {
  for _ in $(seq 1 1200); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$host_pid" 2>/dev/null || { tail -20 "$work/host.log"; echo "the host stopped" >&2; exit 1; }
    sleep 0.1
  done
  echo "the host did not become ready" >&2; exit 1
}

dotnet "$host_dll" migrate "${quiet[@]}" >"$work/migrate.log" 2>&1
if [ ! -f "$stamp" ]; then
  echo "Demo data (the template authority)..."
  start_host --seed-demo; wait_ready; stop_host
  echo "Generating (scale $scale, seed $seed)..."
  dotnet tools/EqualityMark.ScaleData/bin/Release/net10.0/EqualityMark.ScaleData.dll --scale "$scale" --seed "$seed" --busy-grid 49000 | tee "$work/generate.log" | tail -1
  echo "$scale $seed" >"$stamp"
fi
record "generated $(tail -1 "$work/generate.log")"

# Start-up to ready after the first migration: best of three.
best=""
for _ in 1 2 3; do
  t0=$(date +%s.%N); start_host; wait_ready; t1=$(date +%s.%N); stop_host
  took=$(echo "$t1 - $t0" | bc); if [ -z "$best" ] || [ "$(echo "$took < $best" | bc)" -eq 1 ]; then best=$took; fi
done
record "startup $best"

start_host; wait_ready
host="la001.localhost:$port"
base="http://127.0.0.1:$port"

# Signs in through the form as a browser would; prints the session's Cookie header.
sign_in() {
  local email="$1" jar="$work/jar-$RANDOM"
  local token
  token=$(curl -s -c "$jar" -H "Host: $host" "$base/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -H "Host: $host" -o /dev/null --data-urlencode "Input.Email=$email" \
    --data-urlencode "Input.Password=$password" --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
  awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar" | sed 's/; $//'
  rm -f "$jar"
}

ownerq() { PGPASSWORD="${EQUALITYMARK_DB_OWNER_PASSWORD:-owner-local-only}" "$pg_bin/psql" -h 127.0.0.1 -p "$db_port" -U equalitymark_owner -d "$db" -Atq "$@"; }
tenant_id=$(ownerq -c "SELECT id FROM organisations.tenants WHERE code = 'la001'")
busy=$(ownerq -c "SELECT set_config('app.tenant_id', '$tenant_id', false)" -c "SELECT a.id || ' ' || s.urn FROM audit.audits a JOIN organisations.schools s ON s.id = a.school_id JOIN audit.grid_cell_changes c ON c.audit_id = a.id GROUP BY a.id, s.urn ORDER BY count(*) DESC LIMIT 1" | tail -1)
audit_id=${busy%% *}; urn=${busy##* }
coordinator=$(sign_in "coordinator.$urn@la001.example")
admin=$(sign_in "admin@la001.example")
# The judgements the co-ordinator may save ("item strand version" a line), with their versions as they are now: read
# again before every wrk run, or the saves of the run before would all start with a stale version (409 each).
read_judgements() {
  curl -sf -H "Host: $host" -H "Cookie: $coordinator" "$base/api/v1/audits/$audit_id" |
    jq -r '.items[].judgements[] | select(.canEdit) | "\(.itemKey) \(.strandKey) \(.version)"' >"$work/judgements.txt"
  [ -s "$work/judgements.txt" ] || { echo "the co-ordinator could not open the audit" >&2; exit 1; }
}
# The body wrk sends (infra/bench/wrk-save-judgement.lua): always Amber, a new commentary each time.
save_judgement() { # item strand version commentary
  curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Host: $host" -H "Cookie: $coordinator" -H "Content-Type: application/json" -H "X-EqualityMark-Client: bench" \
    --data "{\"rating\":\"Amber\",\"commentary\":\"$4\",\"evidenceNotes\":\"Seen in books\",\"expectedVersion\":$3}" "$base/api/v1/audits/$audit_id/judgements/$1/$2"
}
read_judgements
# Every judgement Amber once, so neither side's saves change a grid cell (which would add a logged change to some
# HTTP saves and none, or all, of pgbench's): both then do the same work on every save.
while read -r item strand version; do save_judgement "$item" "$strand" "$version" "Bench prime" >/dev/null; done <"$work/judgements.txt"
read_judgements
# The same rows for pgbench: the captured save's judgement first, then the rest in wrk's order, with their ids.
tenant_sql="SELECT set_config('app.tenant_id', '$tenant_id', false)"
ownerq -c "$tenant_sql" -c "SELECT item_key || ' ' || strand_key || ' ' || element_key || ' ' || id FROM audit.judgements WHERE audit_id = '$audit_id'" | tail -n +2 >"$work/judgement-ids.txt"
awk 'NR == FNR { id[$1 " " $2] = "element=" $3 " judgement_id=" $4; next } { print "item=" $1 " strand=" $2 " " id[$1 " " $2] }' \
  "$work/judgement-ids.txt" "$work/judgements.txt" >"$work/judgement-rows.txt"
year=$(ownerq -c "SELECT max(academic_year) FROM audit.audits" | tail -1)

# The SQL one request sends, captured from PostgreSQL's statement log, as a pgbench script.
superuser_sql() { infra/postgres.sh sql bench "$db_port" "$db" >/dev/null; }
capture() { # name [--spread ROWS] command...
  local name="$1"; shift
  local spread=()
  if [ "$1" = "--spread" ]; then spread=("$2"); shift 2; fi
  local log; log="$PWD/.local/postgres/bench.log"
  # A tenant page first (not a cached one): the tenant registry's refresh (every 30 s) is then not in the captured window.
  curl -s -o /dev/null -H "Host: $host" "$base/"
  echo "ALTER SYSTEM SET log_statement = 'all'; ALTER SYSTEM SET log_line_prefix = '%m [%p] %u '; SELECT pg_reload_conf();" | superuser_sql
  sleep 0.5
  local offset; offset=$(stat -c %s "$log")
  "$@" >/dev/null
  sleep 0.5
  echo "ALTER SYSTEM RESET log_statement; SELECT pg_reload_conf();" | superuser_sql
  python3 "$bench_dir/pgbench_from_log.py" "$log" "$offset" "${spread[@]}" >"$work/$name.sql" || echo "SELECT 1;" >"$work/$name.sql"
}

# GETs a path with a cookie header and prints the header with any cookie the response re-issued put in, as a browser
# keeps it (the session is checked again every minute and its cookie refreshed).
fresh_cookie() { # cookie path
  local cookie="$1" kv name value
  [ -n "$cookie" ] || return 0 # a public page: not warmed, so its capture is one render from the database, not a cache hit
  for kv in $(curl -s -D - -o /dev/null -H "Host: $host" -H "Cookie: $cookie" "$base$2" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p'); do
    name=${kv%%=*}; value=${kv#*=}
    if [ -n "$value" ]; then cookie=$(printf '%s' "$cookie" | sed "s|$name=[^;]*|$name=$value|"); fi
  done
  printf '%s' "$cookie"
}

rss_sampler() { while kill -0 "$host_pid" 2>/dev/null; do ps -o rss= -p "$host_pid" >>"$work/rss.txt" || true; sleep 1; done; }
: >"$work/rss.txt"
rss_sampler & sampler=$!

run_path() {
  local name="$1" script="$2" path="$3" cookie="$4" body="${5:-}"
  # Signed-in paths are warmed first, keeping any cookie the app re-issues: the captured request is then a steady-state
  # one (caches filled, the session's once-a-minute check not due), as wrk's are. Public pages are not (see fresh_cookie).
  cookie=$(fresh_cookie "$cookie" "$path")
  [ "$name" != judgement-save ] || coordinator="$cookie"
  case "$name" in
    judgement-save) capture "$name" --spread "$work/judgement-rows.txt" save_judgement $(head -1 "$work/judgements.txt") "Bench capture" ;;
    sign-in) capture "$name" curl -s -H "Host: $host" -H "Cookie: $cookie" -H "Content-Type: application/x-www-form-urlencoded" --data "$body" "$base$path" ;;
    *) capture "$name" curl -s -H "Host: $host" -H "Cookie: $cookie" "$base$path" ;;
  esac
  # Unmeasured load first, after the capture: a server is measured as it runs, not in its first seconds, while the
  # runtime is still compiling the path's code again optimised and the caches are filling.
  if [ "$warmup" -gt 0 ]; then
    [ "$name" != judgement-save ] || read_judgements
    BENCH_DIR="$bench_dir" BENCH_PATH="$path" BENCH_HOST="$host" BENCH_COOKIE="$cookie" BENCH_BODY="$body" BENCH_THREADS=2 \
      BENCH_JUDGEMENTS="$work/judgements.txt" wrk -t2 -c8 -d"${warmup}s" --timeout 10s -s "$bench_dir/$script" "$base" >/dev/null 2>&1 || true
  fi
  for c in $connections; do
    local out
    [ "$name" != judgement-save ] || read_judgements
    out=$(BENCH_DIR="$bench_dir" BENCH_PATH="$path" BENCH_HOST="$host" BENCH_COOKIE="$cookie" BENCH_BODY="$body" BENCH_THREADS=2 \
      BENCH_JUDGEMENTS="$work/judgements.txt" wrk -t2 -c"$c" -d"${duration}s" --timeout 10s -s "$bench_dir/$script" "$base" | grep '^BENCH' || echo "BENCH failed")
    local pg
    pg=$(cd "$work" && rm -f pgbench_log.* && PGPASSWORD="${EQUALITYMARK_DB_APP_PASSWORD:-app-local-only}" "$pgbench" -n -h 127.0.0.1 -p "$db_port" -U equalitymark_app \
      -c "$c" -j 2 -T "$duration" -D clients="$c" -f "$name.sql" -l "$db" 2>&1 | grep -E '^tps|failed|error' | tr '\n' ' ' || true)
    local pct; pct=$(cd "$work" && cat pgbench_log.* 2>/dev/null | awk '{print $3/1000}' | sort -n | awk '{a[NR]=$1} END {if (NR) printf "p50=%.1f p95=%.1f p99=%.1f", a[int(NR*0.5)+1], a[int(NR*0.95)], a[int(NR*0.99)]}')
    record "path $name $c ${out#BENCH } pgbench: $pg $pct"
  done
}

form_token=$(curl -s -c "$work/anon" -H "Host: $host" "$base/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
anon_cookie=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$work/anon" | sed 's/; $//')
sign_in_body="Input.Email=admin%40la001.example&Input.Password=$password&__RequestVerificationToken=$form_token"

run_path judgement-save wrk-save-judgement.lua "/api/v1/audits/$audit_id/judgements" "$coordinator"
run_path audit-workspace wrk-get.lua "/audit/$audit_id" "$coordinator"
run_path grid wrk-get.lua "/audit/$audit_id/grid" "$coordinator"
run_path audit-status-list wrk-get.lua "/audit/schools?year=$year" "$admin"
run_path heat-map wrk-get.lua "/audit/heat-map?year=$year" "$admin"
run_path events-dashboard wrk-get.lua "/events" "$admin"
run_path register wrk-get.lua "/register" ""
run_path programme wrk-get.lua "/programme" ""
run_path sign-in wrk-sign-in.lua "/account/sign-in" "$anon_cookie" "$sign_in_body"
kill "$sampler" 2>/dev/null || true
record "rss $(sort -n "$work/rss.txt" | awk '{a[NR]=$1} END {printf "median=%d max=%d", a[int(NR/2)+1]/1024, a[NR]/1024}')"
stop_host

# The first sweep after loading does a first night's work (every authority's benchmark counts, every reminder already
# due); the second is an ordinary night's, and is the one the target is for.
echo "Daily jobs' sweep over every authority: the first night..."
(cd "$work/host" && dotnet "$host_dll" sweep "${quiet[@]}") 2>>"$work/host.log" | grep '^sweep' | sed 's/^/sweep-first /' | tee -a "$results"
echo "... and an ordinary night"
(cd "$work/host" && dotnet "$host_dll" sweep "${quiet[@]}") 2>>"$work/host.log" | grep '^sweep' | sed 's/^/sweep-result /' | tee -a "$results"

python3 "$bench_dir/write_report.py" "$results" docs/performance.md "$scale" "$duration" "$(nproc)" "$warmup"
echo "Written: docs/performance.md"
