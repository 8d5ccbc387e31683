#!/usr/bin/env bash
# The benchmark compares our server with nginx serving the same HTML from disk. Install Debian's nginx when it is
# missing and we may (root, apt-get); otherwise say exactly what to do. The bench runs its own nginx on a free port
# with its own config, so the system service is never needed.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then exit 0; fi

# pgrep comes from procps, which minimal images may lack; the pid file is the fallback.
nginx_running() { pgrep -x nginx >/dev/null 2>&1 || [ -s /run/nginx.pid ]; }

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's nginx package for the benchmark's ceiling..."
  export DEBIAN_FRONTEND=noninteractive
  was_running=no
  if nginx_running; then was_running=yes; fi
  apt-get update -qq
  # nginx-light is the small build (a transitional name for nginx on newer releases); either serves static files.
  apt-get install -y -qq nginx-light >/dev/null 2>&1 || apt-get install -y -qq nginx >/dev/null
  # Debian's postinst may start the system service on port 80; stop it only if the install is what started it.
  if [ "$was_running" = "no" ] && nginx_running; then
    service nginx stop >/dev/null 2>&1 || true
  fi
  if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then exit 0; fi
  echo "apt-get finished but no nginx binary was found on PATH or at /usr/sbin/nginx." >&2
  exit 1
fi
echo "nginx is needed for the benchmark's ceiling: run 'sudo apt-get install -y nginx-light' (or 'nginx')." >&2
exit 1
