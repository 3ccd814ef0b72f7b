#!/usr/bin/env bash
# Install Debian's chromium for the dashboard's browser tests (tests/browser/), when missing.
# Idempotent and quiet; CI runs as root. Playwright's own browser download is never used:
# the tests drive /usr/bin/chromium through the driver shipped in the `playwright` wheel.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium missing and apt-get/root not available: browser tests will be skipped" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
