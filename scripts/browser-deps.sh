#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests in internal/web
# (chromedp drives /usr/bin/chromium headless). Idempotent: does nothing
# when chromium is already installed. Needs root (CI machines run as root).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium present: $(command -v chromium)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium
command -v chromium
