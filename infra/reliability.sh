#!/usr/bin/env bash
# Fault injection on loopback: two EqualityMark nodes behind nginx sharing one PostgreSQL, under steady load.
#   infra/reliability.sh            # about 3-4 minutes after the build; writes docs/reliability-results.md
# Uses its own PostgreSQL (cluster "reliability", port RELIABILITY_DB_PORT=55483, a fresh database each run),
# nginx on RELIABILITY_PORT=5180, nodes on the next two ports and an SMTP sink on the port after, so it can
# run beside ./run.sh. Checks:
#   (a) kill -9 one node mid-load: requests go on through the other; every acknowledged write is stored
#   (b) restart PostgreSQL: /health/ready and writes work again within 10 s without restarting the nodes
#   (c) jobs started through either node run once; queued emails are sent once by the two dispatchers
#   (d) backup (pg_dump -Fc) restored into a fresh database has the same row count in every table
# Exits non-zero if a check fails. Everything it started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/nodes.sh

pg=reliability
db_port="${RELIABILITY_DB_PORT:-55483}"
db=equalitymark_reliability
port="${RELIABILITY_PORT:-5180}"
node_ports=($((port + 1)) $((port + 2)))
smtp_port=$((port + 5))
password="${EQUALITYMARK_DEMO_PASSWORD:-Equality-Demo-2026}"
work="$PWD/.local/reliability"
results=docs/reliability-results.md
site="http://lancashire.localhost:$port"
recovery_limit=10

rm -rf "$work"
mkdir -p "$work"
log="$work/nodes.log"
sink_pid=""
load_pids=()

cleanup() {
  touch "$work/stop-load"
  for pid in "${load_pids[@]}" $sink_pid; do kill "$pid" 2>/dev/null || true; done
  nodes_stop_all
  infra/postgres.sh stop "$pg" >/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { echo "[$(date -u +%T)] $*"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
sql() { infra/postgres.sh sql "$pg" "$db_port" "$db"; }
api() {
  curl -s --max-time 10 --resolve "lancashire.localhost:$port:127.0.0.1" -b "$work/cookies" \
    -H 'X-EqualityMark-Client: reliability' "$@"
}

start_node() { # NAME PORT [--seed-demo]
  nodes_start_node "$1" "$2" "$port" "$log" "${@:3}"
}

# ---------------------------------------------------------------- setup
started=$(now)
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
say "PostgreSQL on $db_port (fresh database $db)"
infra/postgres.sh reset-db "$pg" "$db_port" "$db" >/dev/null
sql <<<"DROP DATABASE IF EXISTS ${db}_restored WITH (FORCE)" >/dev/null 2>&1 || true
eval "$(infra/connection-strings.sh "$db_port" "$db")"
eval "$(infra/data-protection-certificate.sh reliability)"
[ -f "$NODES_HOST_DLL" ] || dotnet build src/Host -c Release -nologo -v q
dotnet "$NODES_HOST_DLL" migrate --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.EntityFrameworkCore=Critical >/dev/null

python3 infra/smtp-sink.py "$smtp_port" "$work/smtp-received" &
sink_pid=$!
export Demo__Password="$password" Email__Smtp__Host=127.0.0.1 Email__Smtp__Port="$smtp_port" \
  Email__Smtp__Security=None Email__Smtp__From=noreply@equalitymark.example Jobs__QueuePollInterval=00:00:01
say "node1 (seeds demo data) on ${node_ports[0]}, then node2 on ${node_ports[1]}, nginx on $port"
start_node node1 "${node_ports[0]}" --seed-demo
nodes_wait_ready "http://127.0.0.1:${node_ports[0]}/health/ready" 150
start_node node2 "${node_ports[1]}"
nodes_write_nginx_config "$work/nginx" "$port" "${node_ports[@]}"
nodes_start_nginx "$work/nginx"
nodes_wait_ready "http://127.0.0.1:${node_ports[1]}/health/ready" 150
nodes_wait_ready "http://127.0.0.1:$port/health/ready" 30
setup_seconds=$(elapsed "$started" "$(now)")

say "signing in as admin@lancashire.example through nginx"
token=$(curl -s --resolve "lancashire.localhost:$port:127.0.0.1" -c "$work/cookies" "$site/account/sign-in" |
  sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
[ -n "$token" ] || { echo "no antiforgery token on the sign-in page" >&2; exit 1; }
curl -s -o /dev/null --resolve "lancashire.localhost:$port:127.0.0.1" -b "$work/cookies" -c "$work/cookies" \
  --data-urlencode "Input.Email=admin@lancashire.example" --data-urlencode "Input.Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$site/account/sign-in"
school=$(api "$site/api/v1/schools" | jq -r 'if type == "array" then .[0].id else .items[0].id end')
[[ "$school" =~ ^[0-9a-f-]{36}$ ]] || { echo "signed in, but could not list schools" >&2; exit 1; }

# ---------------------------------------------------------------- steady load
# One writer (a note per request, id recorded when acknowledged) and one reader, both through nginx.
# Lines: <unix time> <http status> <node that answered> [<note id>]
writer() {
  local i=0 out code node
  while [ ! -e "$work/stop-load" ]; do
    i=$((i + 1))
    out=$(api -X POST -H 'Content-Type: application/json' -d "{\"text\":\"reliability note $i\"}" \
      -D "$work/w.headers" -w '\n%{http_code}' "$site/api/v1/schools/$school/notes" || true)
    code=${out##*$'\n'}
    # "127.0.0.1:5181, 127.0.0.1:5182" when nginx passed the request on: written 127.0.0.1:5181>127.0.0.1:5182
    node=$(tr -d '\r' <"$work/w.headers" 2>/dev/null | sed -n 's/^X-EqualityMark-Node: //Ip' | tail -n 1 | sed 's/, />/g')
    echo "$(now) ${code:-000} ${node:--} $(sed -n 's/.*"id":"\([0-9a-f-]\{36\}\)".*/\1/p' <<<"$out" | head -n 1)" >>"$work/writes"
    sleep 0.05
  done
}
reader() {
  local code
  while [ ! -e "$work/stop-load" ]; do
    code=$(api -o /dev/null -w '%{http_code}' "$site/api/v1/schools/$school/notes?page=1" || true)
    echo "$(now) ${code:-000}" >>"$work/reads"
    sleep 0.05
  done
}
# Counts from a log between two times: requests, failures (not 2xx)
window() { # FILE FROM TO
  awk -v a="$2" -v b="$3" '$1 >= a && $1 <= b { n++; if ($2 !~ /^2/) f++ } END { printf "%d %d", n, f }' "$1"
}
first_success_after() { # FILE TIME -> seconds from TIME to the first 2xx after it
  awk -v a="$2" '$1 >= a && $2 ~ /^2/ { printf "%.1f", $1 - a; found = 1; exit } END { if (!found) print "never" }' "$1"
}

: >"$work/writes"
: >"$work/reads"
writer &
load_pids+=($!)
reader &
load_pids+=($!)
load_started=$(now)
sleep 8

# ---------------------------------------------------------------- (a) kill a node
say "(a) kill -9 node1 under load"
kill_at=$(now)
nodes_stop_node node1 KILL
sleep 10
say "(a) restarting node1"
restart_at=$(now)
start_node node1 "${node_ports[0]}"
nodes_wait_ready "http://127.0.0.1:${node_ports[0]}/health/ready" 120
node_back_at=$(now)
node_restart_seconds=$(elapsed "$restart_at" "$node_back_at")
sleep 5
read -r a_writes a_write_failures <<<"$(window "$work/writes" "$kill_at" "$node_back_at")"
read -r a_reads a_read_failures <<<"$(window "$work/reads" "$kill_at" "$node_back_at")"

# ---------------------------------------------------------------- (b) restart PostgreSQL
say "(b) restarting PostgreSQL (fast shutdown, 2 s down, start)"
pg_stop_at=$(now)
infra/postgres.sh stop "$pg" >/dev/null
sleep 2
infra/postgres.sh start "$pg" "$db_port" "$db" >/dev/null
pg_up_at=$(now)
ready_seconds=never
for ((i = 0; i < 150; i++)); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/health/ready")" = 200 ]; then
    ready_seconds=$(elapsed "$pg_up_at" "$(now)")
    break
  fi
  sleep 0.2
done
sleep 8
write_recovery_seconds=$(first_success_after "$work/writes" "$pg_up_at")
read_recovery_seconds=$(first_success_after "$work/reads" "$pg_up_at")
read -r b_writes b_write_failures <<<"$(window "$work/writes" "$pg_stop_at" "$(now)")"
read -r b_reads b_read_failures <<<"$(window "$work/reads" "$pg_stop_at" "$(now)")"
# Failures of requests that ended after PostgreSQL was back up.
read -r _ b_write_failures_after_up <<<"$(window "$work/writes" "$pg_up_at" "$(now)")"
read -r _ b_read_failures_after_up <<<"$(window "$work/reads" "$pg_up_at" "$(now)")"

touch "$work/stop-load"
wait "${load_pids[@]}" 2>/dev/null || true
load_pids=()
load_seconds=$(elapsed "$load_started" "$(now)")

# ---------------------------------------------------------------- acknowledged writes
awk '$2 ~ /^2/ && $4 != "" { print $4 }' "$work/writes" | sort -u >"$work/acknowledged"
acknowledged=$(wc -l <"$work/acknowledged")
total_writes=$(wc -l <"$work/writes")
failed_writes=$(awk '$2 !~ /^2/' "$work/writes" | wc -l)
total_reads=$(wc -l <"$work/reads")
failed_reads=$(awk '$2 !~ /^2/' "$work/reads" | wc -l)
failure_codes=$(awk '$2 !~ /^2/ { n[$2]++ } END { for (k in n) printf "%s%d × %s", (s++ ? ", " : ""), n[k], k }' "$work/writes" "$work/reads")
by_node=$(awk '$2 ~ /^2/ { n[$3]++ } END { for (k in n) printf "%s%s: %d", (s++ ? ", " : ""), k, n[k] }' "$work/writes")
ids=$(awk '{ printf "%s'\''%s'\''", (NR > 1 ? "," : ""), $1 }' "$work/acknowledged")
stored=$(sql <<<"SELECT count(*) FROM organisations.school_notes WHERE id IN (${ids:-NULL})")
stored_notes=$(sql <<<"SELECT count(*) FROM organisations.school_notes WHERE text LIKE 'reliability note %'")
lost=$((acknowledged - stored))

# ---------------------------------------------------------------- (c) jobs and emails once
say "(c) 10 job runs started through nginx, 40 emails queued, two nodes working"
tenant=$(sql <<<"SELECT id FROM organisations.tenants WHERE code = 'lancashire'")
sql >/dev/null <<SQL
INSERT INTO platform.outbound_emails (id, tenant_id, "to", subject, body, kind, queued_at, status, attempts)
SELECT gen_random_uuid(), '$tenant', 'school' || g || '@example.org', 'reliability email ' || g, 'body', 'Reliability',
       now(), 'Pending', 0
  FROM generate_series(1, 40) g;
SQL
job_ids=()
for ((i = 1; i <= 10; i++)); do
  job_ids+=("$(api -X POST "$site/api/v1/jobs/expire-invitations/run" | jq -r '.backgroundJobId')")
done
job_list=$(printf "'%s'," "${job_ids[@]}")
job_list=${job_list%,}
for ((i = 0; i < 60; i++)); do
  done_jobs=$(sql <<<"SELECT count(*) FROM hangfire.job WHERE id::text IN ($job_list) AND statename = 'Succeeded'")
  sent=$(sql <<<"SELECT count(*) FROM platform.outbound_emails WHERE kind = 'Reliability' AND status = 'Sent'")
  [ "$done_jobs" -eq 10 ] && [ "$sent" -eq 40 ] && break
  sleep 1
done
sleep 3 # let a duplicate show up if there were one
performed=$(sql <<<"SELECT count(*) FROM hangfire.state WHERE jobid::text IN ($job_list) AND name = 'Processing'")
job_runs=$(sql <<<"SELECT count(*) FROM platform.job_runs WHERE job_name = 'expire-invitations' AND fire_instance_id LIKE 'manual-%' AND outcome = 'Succeeded' AND attempts = 1")
job_nodes=$(sql <<<"SELECT string_agg(n || ': ' || c, ', ') FROM (SELECT split_part(node, ':', 1) n, count(*) c FROM platform.job_runs WHERE fire_instance_id LIKE 'manual-%' GROUP BY 1 ORDER BY 1) x")
emails_attempts=$(sql <<<"SELECT coalesce(sum(attempts), 0) FROM platform.outbound_emails WHERE kind = 'Reliability'")
received=$(grep -c '^reliability email ' "$work/smtp-received" 2>/dev/null || true)
received_distinct=$(grep '^reliability email ' "$work/smtp-received" 2>/dev/null | sort -u | wc -l)

# ---------------------------------------------------------------- (d) backup and restore
say "(d) nodes stopped; backup, restore into ${db}_restored, compare row counts"
nodes_stop_all
infra/postgres.sh backup "$pg" "$db_port" "$db" "$work/backup.dump"
infra/postgres.sh restore "$pg" "$db_port" "$work/backup.dump" "${db}_restored"
infra/postgres.sh counts "$pg" "$db_port" "$db" >"$work/counts.original"
infra/postgres.sh counts "$pg" "$db_port" "${db}_restored" >"$work/counts.restored"
tables=$(wc -l <"$work/counts.original")
rows=$(awk '{ s += $2 } END { print s + 0 }' "$work/counts.original")
restored_rows=$(awk '{ s += $2 } END { print s + 0 }' "$work/counts.restored")
count_differences=$(diff "$work/counts.original" "$work/counts.restored" | grep -c '^[<>]' || true)
total_seconds=$(elapsed "$started" "$(now)")

# ---------------------------------------------------------------- results
verdict() { if eval "$1"; then echo PASS; else echo FAIL; fi; }
a_ok=$(verdict "[ $lost -eq 0 ] && [ $a_read_failures -eq 0 ]")
b_ok=$(verdict "[ '$ready_seconds' != never ] && [ '$write_recovery_seconds' != never ] && awk 'BEGIN { exit !($ready_seconds < $recovery_limit && $write_recovery_seconds < $recovery_limit) }' && [ $lost -eq 0 ]")
jobs_ok=$(verdict "[ $performed -eq 10 ] && [ $job_runs -eq 10 ]")
emails_ok=$(verdict "[ $received -eq 40 ] && [ $received_distinct -eq 40 ] && [ $emails_attempts -eq 40 ]")
restore_ok=$(verdict "[ $count_differences -eq 0 ] && [ $tables -gt 0 ]")

cat >"$results" <<MD
# Reliability results

Written by \`infra/reliability.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') ($(nproc) CPUs, PostgreSQL
$(sql <<<"SHOW server_version" | cut -d' ' -f1), nginx $(nginx_version=$("$(nodes_nginx_binary)" -v 2>&1); echo "${nginx_version##*/}")).
Two nodes (ports ${node_ports[*]}) behind nginx (port $port) on loopback, one PostgreSQL; steady load of one writer
(\`POST /api/v1/schools/{id}/notes\`) and one reader (\`GET\` of the notes) through nginx, one request after another
with a 50 ms pause: $(awk -v n="$total_writes" -v t="$load_seconds" 'BEGIN { printf "%.1f", n / t }') writes and $(awk -v n="$total_reads" -v t="$load_seconds" 'BEGIN { printf "%.1f", n / t }') reads a second on this machine. Setup took ${setup_seconds} s; the
whole run ${total_seconds} s. Load average when it started: $load_at_start (the machine is shared; timings
that involve starting .NET are slower under load).

| check | result | numbers |
|---|---|---|
| (a) kill -9 node1 under load; every acknowledged write stored | $a_ok | from the kill until node1 was back (${node_restart_seconds} s to restart): writes $a_writes, failed $a_write_failures; reads $a_reads, failed $a_read_failures |
| (b) PostgreSQL restarted; ready and writing again within ${recovery_limit} s, no restart of the nodes | $b_ok | after PostgreSQL was up: /health/ready through nginx 200 after ${ready_seconds} s, first acknowledged write after ${write_recovery_seconds} s, first read after ${read_recovery_seconds} s; while it was down and since: writes $b_writes, failed $b_write_failures (of them ended after PostgreSQL was up: $b_write_failures_after_up); reads $b_reads, failed $b_read_failures (after it was up: $b_read_failures_after_up) |
| no acknowledged write lost (whole run) | $( [ "$lost" -eq 0 ] && echo PASS || echo FAIL ) | $total_writes writes in ${load_seconds} s: $acknowledged acknowledged, all $stored found in the database ($lost lost); $failed_writes failed at the client; notes stored in all: $stored_notes; acknowledged by node (a>b: nginx passed it on): $by_node. Reads: $total_reads, failed $failed_reads |
| (c) 10 job runs started through nginx run once | $jobs_ok | Hangfire processing states: $performed; platform.job_runs succeeded at the first attempt: $job_runs; by node: ${job_nodes:-none} |
| (c) 40 queued emails sent once by two dispatchers | $emails_ok | received by the SMTP sink: $received ($received_distinct distinct); attempts recorded: $emails_attempts |
| (d) backup restored into a fresh database | $restore_ok | \`infra/postgres.sh backup $pg $db_port $db FILE\` then \`infra/postgres.sh restore $pg $db_port FILE ${db}_restored\`: $tables tables, $rows rows before, $restored_rows after, $count_differences differing lines of \`infra/postgres.sh counts\` |

What the numbers mean:
- Writes that fail at the client when a node is killed are the POSTs that node had already received: nginx does
  not resend a non-idempotent request (it may have been applied). Requests that reach the dead node after the kill
  are refused and nginx passes them to the other node, reads and writes alike. A failed write was either not
  applied or applied without an acknowledgement (notes stored minus acknowledged writes shows how many).
- While PostgreSQL is down, requests that need the database fail (this run's failed responses, reads and writes:
  ${failure_codes:-none}; 000 = no response); the nodes keep running, and Npgsql's pools drop the connections
  PostgreSQL closed and open new ones, so requests succeed again as soon as it is back with no restart.
MD
cat "$results"
for verdict in "$a_ok" "$b_ok" "$jobs_ok" "$emails_ok" "$restore_ok"; do
  [ "$verdict" = PASS ] || exit 1
done
say "all checks passed"
