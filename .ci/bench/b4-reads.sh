#!/bin/bash
# Benchmark 4 of issue 7, the read part alone: on a database holding a year (2025) of Heerlen-scale rollups, times the
# klimaatbegroting JSON and PDF, a meter's day view and every dashboard query (DashboardQueriesBenchmark).
# The database is made once (the service migrates it and loads seeds/heerlen, then b4-year-rollups.sql adds the year
# in SQL; no broker backfill); later runs reuse it. MQTT is off: only reads are timed.
#   BENCH_DB=energiemonitor_bench4 .ci/bench/b4-reads.sh        NEW=1 drops and rebuilds the database first
#   MEASUREMENTS=0 leaves out the year of measurement_quarter_hour (22 million rows; the temperature and power panels)
. "$(dirname "$0")/lib.sh"
DAY=${DAY:-2025-06-02}
say "machine"; machine | tee "$OUT/b4-machine.txt"
service_up() {
  java -Xmx$BENCH_HEAP -jar "$JAR" --server.port=$BENCH_HTTP_PORT --spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:5432/$BENCH_DB \
    --energiemonitor.bootstrap.embedded=never --energiemonitor.registry.seeds-dir=seeds/heerlen \
    --energiemonitor.mqtt.enabled=false > "$OUT/service.log" 2>&1 &
  echo $! > "$OUT/service.pid"
  until curl -sf -u admin:admin-local "$URL/api/v1/accounting/status" > /dev/null; do
    kill -0 "$(service_pid)" 2>/dev/null || { tail -30 "$OUT/service.log"; exit 1; }
    sleep 3
  done
}
set +e
if [ "${NEW:-0}" = 1 ] || [ -z "$(psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$BENCH_DB'")" ]; then
  dropdb -h 127.0.0.1 -U postgres --if-exists "$BENCH_DB"
  say "new database $BENCH_DB: migrations and the Heerlen fleet"; service_up; service_stop
  say "a year of rollups (2025) in SQL"; load
  sql=.ci/bench/b4-year-rollups.sql
  if [ "${MEASUREMENTS:-1}" = 0 ]; then
    sql=$OUT/b4-year-rollups-no-measurements.sql
    awk '/^insert into measurement_quarter_hour/ { skip = 1 } !skip { print } skip && /^on conflict/ { skip = 0 }' \
        .ci/bench/b4-year-rollups.sql > "$sql"
  fi
  psql -h 127.0.0.1 -U postgres "$BENCH_DB" -f "$sql" 2>&1 | grep -vE '^(INSERT|ANALYZE)'
  load
fi
db "select 'energy_day ' || count(*) from energy_day"
db "select 'energy_month ' || count(*) from energy_month" 2>/dev/null
service_up
time_reads "$DAY"
service_stop
dashboard_queries
