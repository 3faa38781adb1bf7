#!/usr/bin/env bash
# Tests talk to a real Redis at 127.0.0.1:6379. Start one if none answers (CI machines have
# redis-server installed; a fresh machine without it gets it from Debian's packages).
set -euo pipefail
if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then exit 0; fi
if ! command -v redis-server >/dev/null 2>&1; then
  echo "redis-server not found: installing it from Debian's packages" >&2
  apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
fi
redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
for _ in $(seq 1 50); do
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && exit 0
  sleep 0.1
done
echo "Redis did not start on 127.0.0.1:6379" >&2
exit 1
