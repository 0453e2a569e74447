#!/bin/sh
# Benchmark 3 of issue 7: an HTTP CSV backfill of 10 million readings (POST /api/v1/readings, text/csv, streamed)
# against `psql \copy` of the same file into the same table, with the service's memory sampled during the upload.
#   .ci/bench/b3-csv.sh                   MESSAGES=104167 messages of 96 readings = 10,000,032 rows
# The readings start at LOAD_FROM (lib.sh: 90 days ago), inside the household retention, so that every row stays stored
# (older household rows would be thinned away by the privacy schedule, docs/privacy.md). The file is kept per
# LOAD_FROM and MESSAGES and reused; REGENERATE=1 writes it again.
. "$(dirname "$0")/lib.sh"
MESSAGES=${MESSAGES:-104167}
CSV=$OUT/b3-$LOAD_FROM-$MESSAGES.csv; REPORT=$OUT/b3-$LOAD_FROM-$MESSAGES.properties
say "machine"; machine | tee "$OUT/b3-machine.txt"
broker_start
if [ ! -s "$CSV" ] || [ "${REGENERATE:-0}" = 1 ]; then
  say "generating $CSV ($MESSAGES messages of 96 readings; nothing subscribes, the broker drops them)"
  sim --mode=load --client-id=bench-b3 --load.readings-per-message=96 --load.max-messages=$MESSAGES \
      --load.messages-per-second=1000000 --load.duration=2h --load.csv-file="$CSV" \
      --load.report-file="$REPORT" > "$OUT/b3-sim.log" 2>&1
fi
ROWS=$(($(wc -l < "$CSV") - 1)); echo "rows=$ROWS bytes=$(stat -c %s "$CSV")"

say "upload to the service (admin login), fresh database, -Xmx$BENCH_HEAP"
service_start
set +e   # from here on, print every figure even if one of them fails
sample_memory 5 "$OUT/b3-memory.txt" & SAMPLER=$!
load
cpu_snapshot > "$OUT/b3-cpu-start.txt"
curl -sS -u admin:admin-local -X POST -H 'Content-Type: text/csv' -H 'Expect:' -T "$CSV" \
     -o "$OUT/b3-summary.json" -w 'http_status=%{http_code} upload_seconds=%{time_total}\n' "$URL/api/v1/readings" \
     | tee "$OUT/b3-upload.txt"
load
cpu_snapshot > "$OUT/b3-cpu-end.txt"
echo "cpu during the upload: $(cpu_used "$OUT/b3-cpu-start.txt" "$OUT/b3-cpu-end.txt" "$(sed -n 's/.*upload_seconds=//p' "$OUT/b3-upload.txt")")"
kill $SAMPLER 2>/dev/null || true
head -c 600 "$OUT/b3-summary.json"; echo
# The response can come before the last rows are committed; count only once the database has them (or stopped moving).
T_UP=$(date +%s)
await_readings "$ROWS" 30 || echo "WARNING: the database stopped short of $ROWS rows"
echo "rows in the database $(( $(date +%s) - T_UP )) s after the response: $(db "select count(*) from reading")"
UP=$(sed -n 's/.*upload_seconds=//p' "$OUT/b3-upload.txt")
echo "database count|checksum: $(db "$(prop database_check "$REPORT")")"
grep -E '^(readings_acknowledged|checksum)=' "$REPORT"
awk -v r=$ROWS -v s=$UP 'BEGIN { printf "service_rows_per_second=%.0f\n", r / s }'
echo "memory (every 5 s; $OUT/b3-memory.txt):"; awk 'NR == 1 || NR % 6 == 2' "$OUT/b3-memory.txt"
echo "heap after GC per minute:"; heap_after_gc
service_stop

say "limit: psql \\copy of the same file into the same (emptied) table"
db "truncate reading, accounting_dirty"
T0=$(date +%s.%N)
psql -h 127.0.0.1 -U postgres "$BENCH_DB" -qc "\copy reading (meter_id, ts, channel, value) from program 'cut -d, -f1-4 $CSV' with (format csv, header)"
T1=$(date +%s.%N)
awk -v r=$ROWS -v a=$T0 -v b=$T1 -v s=$UP 'BEGIN { printf "copy_seconds=%.1f copy_rows_per_second=%.0f service_share_of_limit=%.0f%%\n", b - a, r / (b - a), 100 * (b - a) / s }'
load
broker_stop
