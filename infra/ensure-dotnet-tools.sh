#!/usr/bin/env bash
# Checks the .NET SDK and npm the build needs are present, with a clear message when they are not.
set -euo pipefail
if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is needed (https://dot.net). It is not on PATH." >&2
  exit 1
fi
if ! command -v npm >/dev/null; then
  echo "npm is needed to fetch GOV.UK Frontend. Installing Node.js and npm from Debian's packages..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
