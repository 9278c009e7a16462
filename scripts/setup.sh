#!/usr/bin/env bash
# One command from a fresh clone to a working demo: installs the npm packages and the browsers the
# tests drive, builds both browser packages, then runs the demo (the extension annotating the
# bundled sample article in headless Chromium) and prints where its outputs are.
set -euo pipefail
cd "$(dirname "$0")/.."

have() { command -v "$1" >/dev/null 2>&1; }

install_browsers() {
  local missing=()
  have chromium || have chromium-browser || have google-chrome || missing+=(chromium)
  have firefox-esr || have firefox || missing+=(firefox-esr)
  [ ${#missing[@]} -eq 0 ] && { echo "setup: browsers already installed"; return; }
  if [ "$(id -u)" = 0 ] && have apt-get; then
    echo "setup: installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: missing ${missing[*]}." >&2
    echo "  Debian/Ubuntu: sudo apt-get install -y chromium firefox-esr" >&2
    echo "  elsewhere: install Chromium (or Chrome) and Firefox, then set CHROMIUM_PATH / FIREFOX_PATH" >&2
    echo "  to their executables if they are not on the usual paths." >&2
    exit 1
  fi
}

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<12)) { console.error("setup: Node >= 20.12 is needed, this is " + process.version); process.exit(1) }'
install_browsers
npm ci --no-audit --no-fund
npm run build
npm run demo
