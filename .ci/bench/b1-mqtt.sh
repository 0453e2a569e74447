#!/bin/sh
# Benchmarks 1, 2 and 5 of issue 7: sustained MQTT ingest against the same broker's QoS 1 pass-through, measured in
# the same run, with the service's memory (-Xmx512m) sampled throughout.
#   .ci/bench/b1-mqtt.sh                      1 reading per message, 60% of the measured limit, 5 minutes
#   READINGS=12 .ci/bench/b1-mqtt.sh          gateway batches of 12 (benchmark 2; also prints the COPY limit)
#   RATE=1500 DURATION=5m .ci/bench/b1-mqtt.sh   a fixed message rate (e.g. half the highest rate without loss)
#   SHARE=0.8 LIMIT=5000 ...                 skip the limit measurement and use a known one
. "$(dirname "$0")/lib.sh"
READINGS=${READINGS:-1}
DURATION=${DURATION:-5m}
SHARE=${SHARE:-0.6}
LIMIT_MESSAGES=${LIMIT_MESSAGES:-300000}
TAG=b1-r$READINGS
say "machine"; machine | tee "$OUT/$TAG-machine.txt"
broker_start

if [ -z "${RATE:-}" ] && [ -z "${LIMIT:-}" ]; then
  say "limit: $LIMIT_MESSAGES messages of $READINGS reading(s), as fast as they go, to a subscriber that only counts"
  (timeout 900 mosquitto_sub -p $BENCH_MQTT_PORT -u energiemonitor -P bench -V mqttv5 -q 1 -i bench-counter \
      -t 'energie/v1/+/+' -C $LIMIT_MESSAGES -F '%U' \
    | awk 'NR == 1 { first = $1 } END { printf "limit_received=%d\nlimit_messages_per_second=%.1f\n", NR, (NR - 1) / ($1 - first) }' \
    > "$OUT/$TAG-limit.txt") & COUNTER=$!
  sleep 1
  sim --mode=load --client-id=bench-limit --load.readings-per-message=$READINGS --load.messages-per-second=1000000 \
      --load.max-messages=$LIMIT_MESSAGES --load.duration=30m --load.report-file="$OUT/$TAG-limit-sim.properties" \
      > "$OUT/$TAG-limit-sim.log" 2>&1
  wait $COUNTER
  cat "$OUT/$TAG-limit.txt"; load
  LIMIT=$(prop limit_messages_per_second "$OUT/$TAG-limit.txt")
  [ "$(prop limit_received "$OUT/$TAG-limit.txt")" = "$LIMIT_MESSAGES" ] || echo "WARNING: the broker dropped messages; the limit is lower"
fi
RATE=${RATE:-$(awk -v l="$LIMIT" -v s="$SHARE" 'BEGIN { printf "%d", l * s }')}

say "service: $RATE messages/s of $READINGS reading(s) for $DURATION, fresh database, -Xmx$BENCH_HEAP"
service_start
sample_memory 10 "$OUT/$TAG-memory.txt" & SAMPLER=$!
load
CSV=""; [ "$READINGS" -gt 1 ] && CSV="--load.csv-file=$OUT/$TAG.csv"
sim --mode=load --client-id=bench-run --load.readings-per-message=$READINGS --load.messages-per-second=$RATE \
    --load.duration=$DURATION --load.report-file="$OUT/$TAG.properties" $CSV > "$OUT/$TAG-sim.log" 2>&1
load
set +e   # from here on, print every figure even if one of them fails
WANT=$(prop readings_acknowledged "$OUT/$TAG.properties")
say "simulator done: $WANT readings acknowledged by the broker; waiting for the service to commit them"
await_readings "$WANT" 60 || echo "WARNING: the service stopped short of $WANT readings"
grep -E 'achieved|acknowledged|readings_per_second|checksum=|seconds=' "$OUT/$TAG.properties"
echo "database count|checksum: $(db "$(prop database_check "$OUT/$TAG.properties")")"
echo "committed: $(committed_rate)"
latency
[ -n "${LIMIT:-}" ] && echo "limit_messages_per_second=$LIMIT"
kill $SAMPLER 2>/dev/null || true
echo "memory (every 10 s; $OUT/$TAG-memory.txt):"; awk 'NR == 1 || NR % 6 == 2' "$OUT/$TAG-memory.txt"
echo "heap after GC per minute:"; heap_after_gc
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$OUT/service.log" || true)"
cp "$OUT/gc.log" "$OUT/$TAG-gc.log"

if [ "$READINGS" -gt 1 ]; then
  say "limit: COPY of the same rows into a table of the same shape"
  db "drop table if exists reading_copy; create table reading_copy (like reading including all)"
  ROWS=$(($(wc -l < "$OUT/$TAG.csv") - 1))
  T0=$(date +%s.%N)
  psql -h 127.0.0.1 -U postgres "$BENCH_DB" -qc "\copy reading_copy (meter_id, ts, channel, value) from program 'cut -d, -f1-4 $OUT/$TAG.csv' with (format csv, header)"
  T1=$(date +%s.%N)
  awk -v r=$ROWS -v a=$T0 -v b=$T1 'BEGIN { printf "copy_rows=%d copy_seconds=%.1f copy_rows_per_second=%.0f\n", r, b - a, r / (b - a) }'
  load
fi
service_stop; broker_stop
