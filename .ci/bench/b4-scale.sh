#!/bin/sh
# Benchmark 4 of issue 7: Heerlen scale. A full year (about 480 million readings) does not fit in one sitting on this
# machine, so this measures DAYS days of the whole fleet (backfill mode through the broker, field behaviour off)
# until all rollups are current and extrapolates; then it adds a year (2025) of rollups generated in SQL
# (b4-year-rollups.sql) and times the klimaatbegroting JSON and PDF, every Grafana dashboard query over the year
# (DashboardQueriesBenchmark) and a meter's day view.
#   DAYS=1 .ci/bench/b4-scale.sh          KEEP=1 skips the load and reuses the database of an earlier run
#   LOAD_ONLY=1 stops after the load (the reads alone: b4-reads.sh, on a database of its own)
. "$(dirname "$0")/lib.sh"
DAYS=${DAYS:-1}
FROM=${FROM:-2025-06-02}
TO=$(date -u -d "$FROM + $((DAYS - 1)) days" +%F)
say "machine"; machine | tee "$OUT/b4-machine.txt"
broker_start
if [ "${KEEP:-0}" = 1 ]; then
  BENCH_DB_KEEP=1
  java -Xmx$BENCH_HEAP -jar "$JAR" --server.port=$BENCH_HTTP_PORT --spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:5432/$BENCH_DB \
    --energiemonitor.bootstrap.embedded=never --energiemonitor.registry.seeds-dir=seeds/heerlen \
    --energiemonitor.mqtt.url=tcp://127.0.0.1:$BENCH_MQTT_PORT --energiemonitor.mqtt.username=energiemonitor \
    --energiemonitor.mqtt.password=bench --energiemonitor.mqtt.client-id=bench-service > "$OUT/service.log" 2>&1 &
  echo $! > "$OUT/service.pid"
  until curl -sf "$URL/actuator/health/readiness" > /dev/null; do sleep 3; done
else
  service_start
  set +e
  say "backfill $FROM .. $TO of the whole fleet through the broker"; load
  START=$(date +%s)
  sim --mode=backfill --client-id=bench-b4 --backfill-from=$FROM --backfill-to=$TO > "$OUT/b4-sim.log" 2>&1
  SENT=$(date +%s); say "simulator done after $((SENT - START)) s (including its register preparation)"; load
  grep -iE "prepar|connected|stopped|done" "$OUT/b4-sim.log" | cut -c1-200
  # The rollups are current when the readings stopped growing for a minute and no range is pending (a shorter
  # quiet period mistook a stall of a loaded machine for the end in the first run).
  last=-1; still=0
  while :; do
    n=$(db "select count(*) from reading"); p=$(db "select count(*) from accounting_dirty")
    if [ "$n" = "$last" ] && [ "$p" = 0 ]; then still=$((still + 10)); [ $still -ge 60 ] && break; else still=0; fi
    last=$n; sleep 10
  done
  DONE=$(($(date +%s) - 60))
  echo "readings_sent=$(sed -n 's/.*done in .*: [0-9]* messages, \([0-9]*\) readings.*/\1/p' "$OUT/b4-sim.log")"
  load
  db "select count(*) || ' readings of ' || count(distinct meter_id) || ' meters, ' || count(distinct (meter_id, channel)) || ' series' from reading"
  db "select count(*) || ' quarter hours, ' || (select count(*) from energy_day) || ' energy days' from energy_quarter_hour"
  echo "first_publish_to_rollups_current_seconds=$((DONE - START)) (the simulator's register preparation included)"
  FIRST=$(db "select extract(epoch from min(received_at))::bigint from reading")
  R=$(db "select count(*) from reading")
  awk -v r=$R -v s=$((DONE - FIRST)) -v d=$DAYS 'BEGIN { printf "first_commit_to_rollups_current_seconds=%d readings_per_second=%.0f year_extrapolated_hours=%.1f (x %.0f)\n", s, r / s, s * 365 / d / 3600, 365 / d }'
fi
set +e
if [ "${LOAD_ONLY:-0}" = 1 ]; then
  db "select 'database size ' || pg_size_pretty(pg_database_size(current_database())) || ', reading ' || pg_size_pretty(pg_total_relation_size('reading')) || ' (' || (pg_total_relation_size('reading') / greatest(1, (select count(*) from reading))) || ' bytes per reading), energy_quarter_hour ' || pg_size_pretty(pg_total_relation_size('energy_quarter_hour'))"
  service_stop; broker_stop; exit 0
fi

say "a year of rollups (2025) in SQL"
psql -h 127.0.0.1 -U postgres "$BENCH_DB" -f .ci/bench/b4-year-rollups.sql 2>&1 | grep -vE '^(INSERT|ANALYZE)'
load

time_reads "$FROM"
dashboard_queries
service_stop; broker_stop
