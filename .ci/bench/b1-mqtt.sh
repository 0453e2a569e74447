#!/bin/sh
# Benchmarks 1, 2 and 5 of issue 7: sustained MQTT ingest against the same broker's QoS 1 pass-through, measured in
# the same run, with the service's memory (-Xmx512m) sampled throughout.
#   .ci/bench/b1-mqtt.sh                      1 reading per message, 60% of the measured limit, 5 minutes
#   READINGS=12 .ci/bench/b1-mqtt.sh          gateway batches of 12 (benchmark 2; also prints the COPY limit)
#   RATE=1500 DURATION=5m .ci/bench/b1-mqtt.sh   a fixed message rate (e.g. half the highest rate without loss)
#   SHARE=0.8 LIMIT=5000 ...                 skip the limit measurement and use a known one
#   READINGS=12 RATES="1000 2000 3000" DURATION=2m ...   a step list, each step on a fresh service and database:
#                                             the highest step whose committed rate keeps up is the maximum
#   MEASURE_LIMIT=1 RATES=...                 measure the limit in the same run although rates are given
#   WARMUP=60                                 seconds after the first commit left out of latency, rate and CPU figures
#   SIMULATORS=4 READINGS=12 RATES=...        4 simulator processes side by side (partitions of the fleet, RATE/4 each),
#                                             for rates one simulator cannot offer (some 2,400 messages/s); also for
#                                             the limit measurement. Their reports are summed into the usual files.
. "$(dirname "$0")/lib.sh"
READINGS=${READINGS:-1}
DURATION=${DURATION:-5m}
SHARE=${SHARE:-0.6}
LIMIT_MESSAGES=${LIMIT_MESSAGES:-300000}
TAG=b1-r$READINGS
say "machine"; machine | tee "$OUT/$TAG-machine.txt"
broker_start

if [ "${MEASURE_LIMIT:-0}" = 1 ] || { [ -z "${RATE:-}${RATES:-}" ] && [ -z "${LIMIT:-}" ]; }; then
  say "limit: $LIMIT_MESSAGES messages of $READINGS reading(s), as fast as they go, to a subscriber that only counts"
  (timeout 900 mosquitto_sub -p $BENCH_MQTT_PORT -u energiemonitor -P bench -V mqttv5 -q 1 -i bench-counter \
      -t 'energie/v1/+/+' -C $LIMIT_MESSAGES -F '%U' \
    | awk 'NR == 1 { first = $1 } END { printf "limit_received=%d\nlimit_messages_per_second=%.1f\n", NR, (NR - 1) / ($1 - first) }' \
    > "$OUT/$TAG-limit.txt") & COUNTER=$!
  sleep 1
  sims_start "$OUT/$TAG-limit-sim.properties" "$OUT/$TAG-limit-sim.log" bench-limit 1000000 $LIMIT_MESSAGES "" \
      --load.readings-per-message=$READINGS --load.duration=30m
  sims_wait
  sims_combine "$OUT/$TAG-limit-sim.properties" ""
  wait $COUNTER
  cat "$OUT/$TAG-limit.txt"; load
  LIMIT=$(prop limit_messages_per_second "$OUT/$TAG-limit.txt")
  [ "$(prop limit_received "$OUT/$TAG-limit.txt")" = "$LIMIT_MESSAGES" ] || echo "WARNING: the broker dropped messages; the limit is lower"
fi
RATES=${RATES:-${RATE:-$(awk -v l="$LIMIT" -v s="$SHARE" 'BEGIN { printf "%d", l * s }')}}
WARMUP=${WARMUP:-60}

# One run at $1 messages/s on a fresh service and database. The first $WARMUP seconds after the first commit are a
# warm-up (JIT, pools, caches): the latency percentiles, the steady committed rate and the CPU shares leave them out.
run_at() {
  rate=$1; tag=$TAG-m$rate
  say "service: $rate messages/s of $READINGS reading(s) for $DURATION (warm-up ${WARMUP} s), fresh database, -Xmx$BENCH_HEAP$([ "$SIMULATORS" = 1 ] || echo ", from $SIMULATORS simulators")"
  service_start
  sample_memory 10 "$OUT/$tag-memory.txt" & SAMPLER=$!
  load
  csv=""; [ "$READINGS" -gt 1 ] && csv="$OUT/$tag.csv"
  sims_start "$OUT/$tag.properties" "$OUT/$tag-sim.log" bench-run "$rate" "" "$csv" \
      --load.readings-per-message=$READINGS --load.duration=$DURATION
  until [ "$(db "select exists (select 1 from reading)")" = t ] || ! sims_running; do sleep 1; done
  sleep "$WARMUP"
  latency_snapshot > "$OUT/$tag-latency-warm.txt"; cpu_snapshot > "$OUT/$tag-cpu-warm.txt"
  n0=$(db "select count(*) from reading"); t0=$(date +%s.%N); load
  sims_wait || echo "WARNING: the simulator failed (see $OUT/$tag-sim*.log)"
  n1=$(db "select count(*) from reading"); t1=$(date +%s.%N); cpu_snapshot > "$OUT/$tag-cpu-end.txt"
  sims_combine "$OUT/$tag.properties" "$csv"
  load
  set +e   # from here on, print every figure even if one of them fails
  want=$(prop readings_acknowledged "$OUT/$tag.properties")
  say "simulator done: $want readings acknowledged by the broker; waiting for the service to commit them"
  await_readings "$want" 60 || echo "WARNING: the service stopped short of $want readings"
  grep -E 'achieved|acknowledged|readings_per_second|checksum=|seconds=' "$OUT/$tag.properties"
  echo "database count|checksum: $(db "$(prop database_check "$OUT/$tag.properties")")"
  echo "committed: $(committed_rate)"
  awk -v a=$n0 -v b=$n1 -v s=$t0 -v e=$t1 'BEGIN { printf "committed_after_warmup=%d in %.1f s = %.1f readings/s\n", b - a, e - s, (b - a) / (e - s) }'
  echo "cpu after warm-up: $(cpu_used "$OUT/$tag-cpu-warm.txt" "$OUT/$tag-cpu-end.txt" "$(awk -v s=$t0 -v e=$t1 'BEGIN { print e - s }')")"
  latency; latency "$OUT/$tag-latency-warm.txt"
  curl -s "$URL/actuator/prometheus" | awk '/^energiemonitor_ingest_batch_readings_(count|sum)/ { v[$1] = $2 }
    END { for (k in v) if (k ~ /count/) c = v[k]; else s = v[k]; printf "batches=%d readings_per_batch=%.1f\n", c, s / (c ? c : 1) }'
  [ -n "${LIMIT:-}" ] && echo "limit_messages_per_second=$LIMIT"
  kill $SAMPLER 2>/dev/null || true
  echo "memory (every 10 s; $OUT/$tag-memory.txt):"; awk 'NR == 1 || NR % 6 == 2' "$OUT/$tag-memory.txt"
  echo "heap after GC per minute:"; heap_after_gc
  echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$OUT/service.log" || true)"
  cp "$OUT/gc.log" "$OUT/$tag-gc.log"
  service_stop
  set -e
}

for r in $RATES; do run_at "$r"; done
set +e
if [ "$READINGS" -gt 1 ]; then
  say "limit: COPY of the same rows into a table of the same shape"
  db "drop table if exists reading_copy; create table reading_copy (like reading including all)"
  LAST=$TAG-m$r; ROWS=$(($(wc -l < "$OUT/$LAST.csv") - 1))
  T0=$(date +%s.%N)
  psql -h 127.0.0.1 -U postgres "$BENCH_DB" -qc "\copy reading_copy (meter_id, ts, channel, value) from program 'cut -d, -f1-4 $OUT/$LAST.csv' with (format csv, header)"
  T1=$(date +%s.%N)
  awk -v r=$ROWS -v a=$T0 -v b=$T1 'BEGIN { printf "copy_rows=%d copy_seconds=%.1f copy_rows_per_second=%.0f\n", r, b - a, r / (b - a) }'
  load
fi
broker_stop
