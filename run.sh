#!/usr/bin/env bash
# Runs EqualityMark locally with demo data: starts a private PostgreSQL (installing it if needed),
# applies migrations as the owner role, seeds demo data, and serves on port 5080 (EQUALITYMARK_PORT).
set -euo pipefail
cd "$(dirname "$0")"

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

cat <<INFO

  EqualityMark is starting on port $port.

  Lancashire (the Lancashire Equality and Inclusion Mark):  http://lancashire.localhost:$port/
  Northdale (a fictional second authority):                 http://northdale.localhost:$port/
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

cd src/Host
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" \
Demo__Password="$password" \
Tenancy__PublicUrlTemplate="http://{tenant}.localhost:$port" \
  exec dotnet bin/Release/net10.0/EqualityMark.Host.dll --seed-demo --urls "http://0.0.0.0:$port"
