#!/usr/bin/env bash
# Runs EqualityMark locally with demo data: starts a private PostgreSQL (installing it if needed),
# applies migrations as the owner role, seeds demo data, and serves on port 5080 (EQUALITYMARK_PORT).
#   ./run.sh              one node on EQUALITYMARK_PORT
#   ./run.sh --nodes 2    nginx on EQUALITYMARK_PORT in front of nodes on the next ports (5081, 5082, ...),
#                         all sharing the one PostgreSQL (see infra/nodes.sh and docs/operations.md)
set -euo pipefail
cd "$(dirname "$0")"

nodes=1
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes="${2:?--nodes needs a number}"; shift 2 ;;
    --nodes=*) nodes="${1#--nodes=}"; shift ;;
    *) echo "usage: ./run.sh [--nodes N]" >&2; exit 2 ;;
  esac
done
[[ "$nodes" =~ ^[1-9]$ ]] || { echo "--nodes takes 1 to 9" >&2; exit 2; }

port="${EQUALITYMARK_PORT:-5080}"
db_port="${EQUALITYMARK_DB_PORT:-55432}"
password="${EQUALITYMARK_DEMO_PASSWORD:-Equality-Demo-2026}"

infra/ensure-dotnet-tools.sh
infra/ensure-fonts.sh
infra/postgres.sh start dev "$db_port" equalitymark
eval "$(infra/connection-strings.sh "$db_port" equalitymark)"
eval "$(infra/data-protection-certificate.sh dev)"

echo "Building..."
dotnet build src/Host -c Release -nologo -v q
host=(dotnet src/Host/bin/Release/net10.0/EqualityMark.Host.dll)
"${host[@]}" migrate --Logging:LogLevel:Microsoft.EntityFrameworkCore=Critical --Logging:LogLevel:Default=Warning
quiet=(--Logging:LogLevel:Microsoft.EntityFrameworkCore=Critical --Logging:LogLevel:Default=Warning)
Demo__Password="$password" "${host[@]}" seed-demo "${quiet[@]}"

# Three neighbouring authorities (about 480 schools, two years of sent audits) from the England-scale generator, made
# once from a fixed seed, so the benchmarks have figures across authorities to show (ADR 0040).
neighbours=.local/postgres/dev.neighbours
if [ ! -f "$neighbours" ]; then
  echo "Generating neighbouring authorities for the benchmarks..."
  dotnet build tools/EqualityMark.ScaleData -c Release -nologo -v q
  dotnet tools/EqualityMark.ScaleData/bin/Release/net10.0/EqualityMark.ScaleData.dll --scale 0.02 --seed 7 | tail -1
  echo "scale 0.02 seed 7" >"$neighbours"
fi
echo "Working out the benchmarks..."
(cd src/Host && dotnet bin/Release/net10.0/EqualityMark.Host.dll sweep --jobs benchmark-counts,national-benchmarks "${quiet[@]}" >/dev/null)

cat <<INFO

  EqualityMark is starting on port $port.

  Lancashire (the Lancashire Equality and Inclusion Mark):  http://lancashire.localhost:$port/
  Northdale (a fictional second authority):                 http://northdale.localhost:$port/
  Generated neighbours (for the benchmarks):                 listed in the platform operator area
  Platform operator area:                                   http://localhost:$port/platform
  Health:                                                   http://127.0.0.1:$port/health/ready
  API description:                                          http://localhost:$port/openapi/v1.json
  Using the API (sign-in) and the API reference:            http://lancashire.localhost:$port/developers
  Metrics for operators (Prometheus, sign in first):        http://localhost:$port/platform/metrics

  Demo sign-ins (password for all: $password). Replace <authority> with lancashire or northdale:
    admin@<authority>.example         authority administrator
    advisor@<authority>.example       equality advisor
    coordinator@<authority>.example   school equality co-ordinator (first school)
    member@<authority>.example        reference group member (first school)
    coordinator2@<authority>.example  co-ordinator of the second school
    operator@equalitymark.example     platform operator (http://localhost:$port/platform)

  Emails (invitations) appear in the authority admin's Mail page. Stop with Ctrl+C; data is kept.

INFO

if [ "$nodes" -gt 1 ]; then
  source infra/nodes.sh
  export Demo__Password="$password"
  trap 'nodes_stop_all; [ -z "${tail_pid:-}" ] || kill "$tail_pid" 2>/dev/null' EXIT
  trap 'exit 130' INT TERM
  node_ports=()
  for ((n = 1; n <= nodes; n++)); do node_ports+=($((port + n))); done
  nodes_write_nginx_config "$PWD/.local/nginx" "$port" "${node_ports[@]}"
  log=.local/nodes.log
  : >"$log"
  echo "  $nodes nodes behind nginx: ports ${node_ports[*]}; their logs: $log (nginx: .local/nginx/logs/)"
  # Only the first node seeds the demo data; the others start once it is ready.
  nodes_start_node node1 "${node_ports[0]}" "$port" "$log" --seed-demo
  nodes_wait_ready "http://127.0.0.1:${node_ports[0]}/health/ready" 180
  for ((n = 2; n <= nodes; n++)); do
    nodes_start_node "node$n" "${node_ports[n - 1]}" "$port" "$log"
  done
  nodes_start_nginx "$PWD/.local/nginx"
  for node_port in "${node_ports[@]:1}"; do nodes_wait_ready "http://127.0.0.1:$node_port/health/ready" 180; done
  echo "  Ready: http://lancashire.localhost:$port/ (Ctrl+C stops every node and nginx)"
  tail -n +1 -f "$log" &
  tail_pid=$!
  wait "$NGINX_PID"
  exit
fi

cd src/Host
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" \
Demo__Password="$password" \
Tenancy__PublicUrlTemplate="http://{tenant}.localhost:$port" \
  exec dotnet bin/Release/net10.0/EqualityMark.Host.dll --seed-demo --urls "http://0.0.0.0:$port"
