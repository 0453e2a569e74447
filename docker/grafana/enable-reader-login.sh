#!/bin/sh
# Gives the read-only role grafana_reader a login and a password. Migration V21 creates the role NOLOGIN and without
# a password, so the repository holds no secret and an unconfigured database cannot be entered as this role; the
# password comes from GRAFANA_DB_PASSWORD (docker-compose.yml: a local-only default unless set).
set -eu

echo "Waiting for the energiemonitor migrations to create role grafana_reader"
tries=0
until [ "$(psql -tAc "select 1 from pg_roles where rolname = 'grafana_reader'")" = "1" ]; do
  tries=$((tries + 1))
  if [ "$tries" -gt 150 ]; then
    echo "role grafana_reader did not appear within 5 minutes" >&2
    exit 1
  fi
  sleep 2
done

# psql variables keep the password out of the command line and quote it safely.
psql -v ON_ERROR_STOP=1 -v pw="$GRAFANA_DB_PASSWORD" <<'SQL'
alter role grafana_reader with login password :'pw';
SQL
echo "grafana_reader can log in"
