#!/usr/bin/env bash
# Prints `export` lines for the app's connection strings to a local PostgreSQL on PORT, database DBNAME.
#   eval "$(infra/connection-strings.sh 55432 equalitymark)"
set -euo pipefail
port="${1:?port}"
db="${2:?database}"
owner_pw="${EQUALITYMARK_DB_OWNER_PASSWORD:-owner-local-only}"
app_pw="${EQUALITYMARK_DB_APP_PASSWORD:-app-local-only}"
platform_pw="${EQUALITYMARK_DB_PLATFORM_PASSWORD:-platform-local-only}"
insight_pw="${EQUALITYMARK_DB_INSIGHT_PASSWORD:-insight-local-only}"
echo "export ConnectionStrings__Owner='Host=127.0.0.1;Port=$port;Database=$db;Username=equalitymark_owner;Password=$owner_pw'"
echo "export ConnectionStrings__App='Host=127.0.0.1;Port=$port;Database=$db;Username=equalitymark_app;Password=$app_pw;Maximum Pool Size=50'"
# Key ring and operators' credentials only: the request path's role cannot read them.
echo "export ConnectionStrings__Platform='Host=127.0.0.1;Port=$port;Database=$db;Username=equalitymark_platform;Password=$platform_pw;Maximum Pool Size=10'"
# The nightly benchmark job only: the benchmark counts authorities share, and the all-authorities table.
echo "export ConnectionStrings__Insight='Host=127.0.0.1;Port=$port;Database=$db;Username=equalitymark_insight;Password=$insight_pw;Maximum Pool Size=2'"
