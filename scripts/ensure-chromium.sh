#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium. Install it when it is missing and we may (root, apt-get);
# otherwise say exactly what to do. npm's own browser downloads cannot work on a closed network.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium package for the end-to-end tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is needed for the end-to-end tests: run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH." >&2
exit 1
