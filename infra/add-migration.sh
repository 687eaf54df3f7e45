#!/usr/bin/env bash
# Creates an EF Core migration for one module's DbContext.
#   infra/add-migration.sh Organisations AddSchools
#   infra/add-migration.sh Platform AddJobRuns        (the host's own tables)
# The host references Microsoft.EntityFrameworkCore.Design (PrivateAssets=all), which dotnet-ef needs.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
module="${1:?module name, e.g. Organisations}"
name="${2:?migration name}"
cd "$repo"
dotnet tool restore >/dev/null
if [ "$module" = "Platform" ]; then
  project="src/Host"
  context="PlatformDbContext"
else
  project="src/Modules/$module/EqualityMark.$module"
  context="${module}DbContext"
fi
dotnet build src/Host -v q -nologo
dotnet ef migrations add "$name" --no-build -p "$project" -s src/Host -c "$context" -o Data/Migrations
