#!/usr/bin/env bash
# Runs every test: architecture, unit, integration (real PostgreSQL as the app role) and browser
# (headless Chromium). Starts its own PostgreSQL on port 55433 (EQUALITYMARK_TEST_DB_PORT) with a
# fresh database, and ends with the line "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

db_port="${EQUALITYMARK_TEST_DB_PORT:-55433}"
infra/ensure-dotnet-tools.sh || exit 1
infra/ensure-chromium.sh || exit 1
infra/ensure-fonts.sh || exit 1
infra/postgres.sh reset-db test "$db_port" equalitymark_test || exit 1
eval "$(infra/connection-strings.sh "$db_port" equalitymark_test)"

echo "Building..."
if ! dotnet build EqualityMark.sln -c Release -nologo -v q; then
  echo "tests: 0 passed, 1 failed (build failed)"
  exit 1
fi

passed=0
failed=0
status=0
for project in tests/EqualityMark.ArchitectureTests tests/EqualityMark.IntegrationTests tests/EqualityMark.BrowserTests; do
  [ -d "$project" ] || continue
  log="$(mktemp)"
  dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  # vstest's closing block: "Total tests: N", then "Passed: N" / "Failed: N" lines.
  if ! grep -qE '^Total tests: *[0-9]+' "$log"; then
    echo "No test summary from $project"
    failed=$((failed + 1))
    status=1
    rm -f "$log"
    continue
  fi
  p="$(sed -nE 's/^ +Passed: +([0-9]+) *$/\1/p' "$log" | tail -1)"
  f="$(sed -nE 's/^ +Failed: +([0-9]+) *$/\1/p' "$log" | tail -1)"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  rm -f "$log"
done

[ "$failed" -eq 0 ] || status=1
echo "tests: $passed passed, $failed failed"
exit "$status"
