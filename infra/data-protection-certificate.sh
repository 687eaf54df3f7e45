#!/usr/bin/env bash
# Prints the environment for the data-protection certificate of a local run, creating it first if missing:
#   eval "$(infra/data-protection-certificate.sh dev)"
# A self-signed RSA certificate in .local/data-protection/<name>.pfx (git-ignored) with a random password
# beside it. It encrypts the key ring in the local database; production brings its own certificate.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
name="${1:?name, e.g. dev}"
dir="$repo/.local/data-protection"
pfx="$dir/$name.pfx"
password_file="$dir/$name.password"
if [ ! -f "$pfx" ] || [ ! -f "$password_file" ]; then
  command -v openssl >/dev/null || { echo "openssl is needed to create the local data-protection certificate." >&2; exit 1; }
  mkdir -p "$dir"
  chmod 700 "$dir"
  umask 077
  openssl rand -hex 24 >"$password_file"
  work="$(mktemp -d)"
  openssl req -x509 -newkey rsa:3072 -sha256 -days 3650 -nodes -subj "/CN=EqualityMark data protection ($name)" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
  openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/cert.pem" -out "$pfx" -passout "file:$password_file"
  rm -rf "$work"
fi
printf 'export DataProtection__CertificatePath=%q\n' "$pfx"
printf 'export DataProtection__CertificatePassword=%q\n' "$(cat "$password_file")"
