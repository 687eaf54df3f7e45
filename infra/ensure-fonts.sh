#!/usr/bin/env bash
# PDFs (the published equality statement) are drawn with DejaVu Sans from Debian's fonts-dejavu-core. Installs it when absent.
set -euo pipefail
if [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || [ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "A TrueType font is needed for PDFs: sudo apt-get install fonts-dejavu-core" >&2
  exit 1
fi
echo "Installing fonts-dejavu-core from Debian's packages..." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-dejavu-core >/dev/null
