#!/usr/bin/env bash
# Install and start a throw-away PostgreSQL on loopback for the store tests.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='diplometer') THEN CREATE ROLE diplometer LOGIN PASSWORD 'diplometer'; END IF; END \\\$\\\$;\""
su postgres -c "psql -qAtc \"SELECT 1 FROM pg_database WHERE datname='diplometer'\"" | grep -q 1 \
  || su postgres -c "createdb -O diplometer diplometer"
