#!/usr/bin/env bash
# The browser tests drive Debian's chromium through Playwright (never Playwright's own browser download).
set -euo pipefail
if command -v chromium >/dev/null; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium is missing: run 'sudo apt-get install -y chromium' once, then retry." >&2
  exit 1
fi
echo "==> Installing Debian's chromium for the browser tests (once)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
