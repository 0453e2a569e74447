# Shared set-up of the fleet benchmarks (issue 7); sourced by the b*.sh scripts in this folder. See docs/benchmarks.md.
# Everything runs on private ports and a private database, so a benchmark never touches a shared broker or database:
#   BENCH_MQTT_PORT (18870)  the broker, the shipped docker/mosquitto/mosquitto.conf with local passwords
#   BENCH_HTTP_PORT (18871)  the service
#   BENCH_DB (energiemonitor_bench)
#   BENCH_JAR (target/energiemonitor-*.jar)  e.g. a copy, so that a rebuild during a run does not change it
#   BENCH_JAVA_OPTS  more JVM options for the service, e.g. -XX:StartFlightRecording=filename=x.jfr,settings=profile
#   BENCH_SERVICE_ARGS  more service settings, e.g. --energiemonitor.accounting.enabled=false
#   SIMULATORS (1)           load-mode simulator processes side by side, each with its partition of the fleet
#   LOAD_FROM (90 days ago)  first reading of every meter in the simulator's load mode: inside the 13-month household
#                            retention, so no household row is thinned away during a run (docs/privacy.md)
set -eu
cd "${BENCH_ROOT:-$(dirname "$0")/../..}"
ROOT=$PWD
BENCH_MQTT_PORT=${BENCH_MQTT_PORT:-18870}
BENCH_HTTP_PORT=${BENCH_HTTP_PORT:-18871}
BENCH_DB=${BENCH_DB:-energiemonitor_bench}
BENCH_HEAP=${BENCH_HEAP:-512m}
OUT=${BENCH_OUT:-$ROOT/target/bench}
B=$OUT/mosquitto
mkdir -p "$OUT"
JAR=${BENCH_JAR:-$(ls "$ROOT"/target/energiemonitor-*.jar 2>/dev/null | grep -v plain | head -1 || true)}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
BENCH_SERVICE_ARGS=${BENCH_SERVICE_ARGS:-}
LOAD_FROM=${LOAD_FROM:-$(date -u -d '90 days ago' +%F)}
[ -n "$JAR" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
URL=http://127.0.0.1:$BENCH_HTTP_PORT

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
load() { uptime | sed 's/.*load average: /load_average=/; s/, /\//g'; }

machine() {
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu=$(nproc) x $(lscpu | sed -n 's/^Model name: *//p')"
  echo "ram=$(free -g | awk '/^Mem:/ { print $2 " GiB" }')"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "postgres=$(psql -h 127.0.0.1 -U postgres -Atc 'show server_version')"
  echo "mosquitto=$(mosquitto -h 2>/dev/null | head -1)"
  load
}

sim() {
  java -cp "$JAR" -Dloader.main=nl.heerlen.energiemonitor.simulator.SimulatorMain \
    org.springframework.boot.loader.launch.PropertiesLauncher \
    --mqtt-url=tcp://127.0.0.1:$BENCH_MQTT_PORT --mqtt-username=simulator --mqtt-password=bench \
    --seeds-dir=seeds/heerlen --load.from=$LOAD_FROM "$@"
}

# Load-mode simulators side by side. One simulator publishes from one thread over one MQTT connection (some 2,400
# messages/s at most), so SIMULATORS=N (default 1) starts N processes, simulator i publishing partition i of N of the
# fleet (disjoint meters) at RATE/N over its own connection (client id CLIENT-i).
#   sims_start REPORT LOG CLIENT RATE MAX CSV [more settings]   MAX: messages in all or "" (no limit); CSV: file or ""
# One simulator writes REPORT, LOG and CSV themselves; with N, simulator i writes them with -s<i> before the extension
# and sims_combine adds the reports up into REPORT and concatenates the CSVs into CSV. The pids are in $SIMS. N
# simulators take different times to prepare (a minute or so each for the Heerlen fleet), so each waits, prepared and
# connected, for a start file that sims_start creates once all are ready: they publish at the same time.
SIMULATORS=${SIMULATORS:-1}
sims_start() {
  s_report=$1; s_log=$2; s_client=$3; s_rate=$4; s_max=$5; s_csv=$6; shift 6
  if [ "$SIMULATORS" = 1 ]; then
    sim --mode=load --client-id="$s_client" --load.messages-per-second="$s_rate" ${s_max:+--load.max-messages=$s_max} \
        --load.report-file="$s_report" ${s_csv:+--load.csv-file=$s_csv} "$@" > "$s_log" 2>&1 & SIMS=$!
    return 0
  fi
  SIMS=""; s_i=0; s_start="${s_report%.*}.start"; rm -f "$s_start"
  s_share=$(awk -v r="$s_rate" -v n="$SIMULATORS" 'BEGIN { printf "%.3f", r / n }')
  while [ $s_i -lt "$SIMULATORS" ]; do
    s_part_max=""; [ -n "$s_max" ] && s_part_max=$((s_max / SIMULATORS + (s_i < s_max % SIMULATORS ? 1 : 0)))
    sim --mode=load --client-id="$s_client-$s_i" --load.partitions="$SIMULATORS" --load.partition=$s_i \
        --load.messages-per-second="$s_share" ${s_part_max:+--load.max-messages=$s_part_max} \
        --load.report-file="$(part "$s_report" $s_i)" ${s_csv:+--load.csv-file=$(part "$s_csv" $s_i)} \
        --load.start-file="$s_start" "$@" > "$(part "$s_log" $s_i)" 2>&1 &
    SIMS="$SIMS $!"; s_i=$((s_i + 1))
  done
  # Ready: every log says so, or a simulator ended (it failed; the others go on, and sims_wait tells).
  until sims_ready "$s_log"; do
    for s_p in $SIMS; do kill -0 "$s_p" 2>/dev/null || break 2; done
    sleep 0.2
  done
  touch "$s_start"
}
sims_ready() {
  s_i=0
  while [ $s_i -lt "$SIMULATORS" ]; do
    grep -q 'waiting for start file' "$(part "$1" $s_i)" 2>/dev/null || return 1; s_i=$((s_i + 1))
  done
}
part() { echo "${1%.*}-s$2.${1##*.}"; }
sims_running() { for s_p in $SIMS; do kill -0 "$s_p" 2>/dev/null && return 0; done; return 1; }
sims_wait() { s_failed=0; for s_p in $SIMS; do wait "$s_p" || s_failed=1; done; return $s_failed; }

# With N simulators: REPORT ($1) from theirs, in the same keys: counts and rates summed, the checksum summed modulo
# 2^64 (bc: unsigned 64-bit), the longest run's seconds, the latest last_ts and its database_check (whose range then
# holds every simulator's readings), plus each simulator's achieved rate; their CSVs concatenated into $2 (if given).
sims_combine() {
  [ "$SIMULATORS" = 1 ] && return 0
  s_report=$1; s_csv=$2; s_parts=""; s_i=0
  while [ $s_i -lt "$SIMULATORS" ]; do s_parts="$s_parts $(part "$s_report" $s_i)"; s_i=$((s_i + 1)); done
  # shellcheck disable=SC2086
  s_checksum=$(for s_f in $s_parts; do prop checksum "$s_f"; done | paste -sd+ | sed 's/.*/(&) % 2^64/' | BC_LINE_LENGTH=0 bc)
  # shellcheck disable=SC2086
  awk -v checksum="$s_checksum" -v n="$SIMULATORS" '
    FNR == 1 { f++ }
    { k = substr($0, 1, index($0, "=") - 1); v = substr($0, index($0, "=") + 1) }
    k ~ /^(target_messages_per_second|achieved_messages_per_second|meters|messages_sent|messages_acknowledged|readings_acknowledged|readings_per_second)$/ { s[k] += v }
    k == "achieved_messages_per_second" { rate[f] = v }
    k == "readings_per_message" { rpm = v }
    k == "seconds" && v + 0 > secs + 0 { secs = v }
    k == "first_ts_day" { day = v }
    k == "last_ts" && v > last { last = v; latest = f }
    k == "database_check" { check[f] = v }
    END {
      printf "target_messages_per_second=%.1f\nachieved_messages_per_second=%.1f\n", s["target_messages_per_second"], s["achieved_messages_per_second"]
      for (i = 1; i <= f; i++) printf "achieved_messages_per_second_s%d=%s\n", i - 1, rate[i]
      printf "readings_per_message=%s\nsimulators=%d\npartitions=%d\nmeters=%.0f\n", rpm, n, n, s["meters"]
      printf "messages_sent=%.0f\nmessages_acknowledged=%.0f\nreadings_acknowledged=%.0f\n", s["messages_sent"], s["messages_acknowledged"], s["readings_acknowledged"]
      printf "readings_per_second=%.1f\nchecksum=%s\nseconds=%s\nfirst_ts_day=%s\nlast_ts=%s\ndatabase_check=%s\n", s["readings_per_second"], checksum, secs, day, last, check[latest]
    }' $s_parts > "$s_report"
  [ -n "$s_csv" ] || return 0
  mv "$(part "$s_csv" 0)" "$s_csv"; s_i=1
  while [ $s_i -lt "$SIMULATORS" ]; do tail -n +2 "$(part "$s_csv" $s_i)" >> "$s_csv"; rm "$(part "$s_csv" $s_i)"; s_i=$((s_i + 1)); done
}

broker_start() {
  broker_stop
  rm -rf "$B"; mkdir -p "$B/data"
  MQTT_SERVICE_PASSWORD=bench MQTT_SIMULATOR_PASSWORD=bench sh docker/mosquitto/make-passwords.sh "$B" > /dev/null
  sed -e "s/^listener .*/listener $BENCH_MQTT_PORT 127.0.0.1/" -e "s|^password_file .*|password_file $B/passwords|" \
      -e "s|^acl_file .*|acl_file $ROOT/docker/mosquitto/acl|" -e "s|^persistence_location .*|persistence_location $B/data/|" \
      docker/mosquitto/mosquitto.conf > "$B/mosquitto.conf"
  echo "user $(id -un)" >> "$B/mosquitto.conf"
  mosquitto -c "$B/mosquitto.conf" > "$B/log.txt" 2>&1 & echo $! > "$B/pid"
  sleep 1
}
broker_stop() { [ -f "$B/pid" ] && kill "$(cat "$B/pid")" 2>/dev/null || true; rm -f "$B/pid"; }

# The service on a fresh database with the Heerlen fleet; extra --name=value settings may follow.
service_start() {
  service_stop
  dropdb -h 127.0.0.1 -U postgres --if-exists "$BENCH_DB"
  # shellcheck disable=SC2086
  java -Xmx$BENCH_HEAP $BENCH_JAVA_OPTS -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath="$OUT" \
    -Xlog:gc:file="$OUT/gc.log":uptime -jar "$JAR" \
    --server.port=$BENCH_HTTP_PORT \
    --spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:5432/$BENCH_DB \
    --energiemonitor.bootstrap.embedded=never --energiemonitor.registry.seeds-dir=seeds/heerlen \
    --energiemonitor.mqtt.url=tcp://127.0.0.1:$BENCH_MQTT_PORT --energiemonitor.mqtt.username=energiemonitor \
    --energiemonitor.mqtt.password=bench --energiemonitor.mqtt.client-id=bench-service $BENCH_SERVICE_ARGS "$@" \
    > "$OUT/service.log" 2>&1 & echo $! > "$OUT/service.pid"
  for _ in $(seq 1 300); do
    curl -sf "$URL/actuator/health/readiness" > /dev/null && return 0
    kill -0 "$(cat "$OUT/service.pid")" 2>/dev/null || { tail -30 "$OUT/service.log"; return 1; }
    sleep 2
  done
  echo "service not ready" >&2; return 1
}
service_stop() {
  if [ -f "$OUT/service.pid" ]; then
    p=$(cat "$OUT/service.pid"); kill "$p" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
    rm -f "$OUT/service.pid"
  fi
}
service_pid() { cat "$OUT/service.pid"; }

db() { psql -h 127.0.0.1 -U postgres "$BENCH_DB" -Atc "$1"; }

# The ingest-to-commit latency histogram's buckets now (le count per line), e.g. at the end of a warm-up.
latency_snapshot() { curl -s "$URL/actuator/prometheus" | awk '/^energiemonitor_ingest_commit_latency_seconds_bucket/ {
  match($0, /le="[^"]+"/); print substr($0, RSTART + 4, RLENGTH - 5), $NF }'; }

# p50/p99 (upper bucket bounds) of the ingest-to-commit latency since the service started, or, given a file written by
# latency_snapshot, of the commits after that snapshot only (so a warm-up is left out).
latency() { latency_snapshot | awk -v base="${1:-}" '
  BEGIN { if (base != "") while ((getline line < base) > 0) { split(line, f, " "); b[f[1]] = f[2] } }
  { n++; le[n] = $1; c[n] = $2 - ($1 in b ? b[$1] : 0) }
  END { for (i = 1; i <= n; i++) { if (p50 == "" && c[i] >= 0.5 * c[n]) p50 = le[i]; if (p99 == "" && c[i] >= 0.99 * c[n]) p99 = le[i] }
        printf "commits=%d latency_p50_le=%ss latency_p99_le=%ss%s\n", c[n], p50, p99, base == "" ? "" : " (after warm-up)" }'; }

# CPU seconds (user + system) used so far by a process and its threads, or by the backends of the benchmark database.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); split($0, f, " "); printf "%.1f\n", (f[12] + f[13]) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
db_backends() { db "select pid from pg_stat_activity where datname = '$BENCH_DB' and pid <> pg_backend_pid()"; }
# Prints "name cpu_seconds" for broker, service and the database backends (sum), for a before/after difference.
cpu_snapshot() {
  echo "broker $(cpu_seconds "$(cat "$B/pid")")"
  [ -f "$OUT/service.pid" ] && echo "service $(cpu_seconds "$(service_pid)")"
  echo "postgres $(for p in $(db_backends); do cpu_seconds "$p"; done | awk '{ s += $1 } END { printf "%.1f", s }')"
}
# CPU used between two cpu_snapshot files over $3 seconds, as cores (1.0 = one core busy).
cpu_used() { join "$1" "$2" | awk -v s="$3" '{ printf "%s_cpu_cores=%.2f ", $1, ($3 - $2) / s } END { print "" }'; }

# Samples the service's RSS every $1 seconds and its heap (jstat) every 30 s into $2 until killed: time, rss_mib,
# old_used_mib (jstat OU), young+old used, young and full GCs ("-" between jstat samples: each jstat is a JVM start,
# about 0.2 s of CPU, too much to run every few seconds next to the benchmark).
sample_memory() {
  pid=$(service_pid); every=$1; file=$2
  echo "seconds rss_mib old_used_mib heap_used_mib young_gcs full_gcs" > "$file"
  t0=$(date +%s); last=-30
  while kill -0 "$pid" 2>/dev/null; do
    t=$(( $(date +%s) - t0 ))
    rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' /proc/$pid/status)
    if [ $((t - last)) -ge 30 ]; then
      last=$t
      jstat -gc "$pid" | awk -v t=$t -v rss=$rss 'NR == 2 {
        # JDK 17 jstat -gc columns (KiB): S0U 3, S1U 4, EU 6, OU 8; YGC 13, FGC 15
        printf "%d %d %.0f %.0f %d %d\n", t, rss, $8 / 1024, ($3 + $4 + $6 + $8) / 1024, $13, $15 }' >> "$file"
    else
      echo "$t $rss - - - -" >> "$file"
    fi
    sleep "$every"
  done
}

# The database's committed readings per second: rows over the span of their commit times (received_at is the
# transaction's start, so this slightly overstates very short runs).
committed_rate() {
  db "select count(*) || ' readings committed in ' || round(extract(epoch from max(received_at) - min(received_at))::numeric, 1)
      || ' s = ' || round(count(*) / greatest(extract(epoch from max(received_at) - min(received_at)), 0.001)::numeric, 1) || ' readings/s'
      from reading"
}

# Waits until the service has committed $1 readings or nothing changed for $2 seconds.
await_readings() {
  want=$1; quiet=${2:-60}; last=-1; still=0
  while :; do
    n=$(db "select count(*) from reading")
    [ "$n" -ge "$want" ] && return 0
    if [ "$n" = "$last" ]; then still=$((still + 5)); [ $still -ge "$quiet" ] && return 1; else still=0; fi
    last=$n; sleep 5
  done
}
prop() { sed -n "s/^$1=//p" "$2"; }

# Heap after each GC from the GC log, per minute of uptime: min and max after-GC MiB (growth shows as a rising min).
heap_after_gc() {
  awk '/Pause/ && /->/ { match($0, /^\[[0-9.]+s\]/); t = substr($0, 2, RLENGTH - 3); match($0, /->[0-9]+M/);
         v = substr($0, RSTART + 2, RLENGTH - 3) + 0; m = int(t / 60);
         if (!(m in lo) || v < lo[m]) lo[m] = v; if (v > hi[m]) hi[m] = v; n[m]++ }
       END { print "minute gcs heap_after_gc_min_mib heap_after_gc_max_mib";
             for (i = 0; i <= 1000; i++) if (i in lo) printf "%d %d %d %d\n", i, n[i], lo[i], hi[i] }' "$OUT/gc.log"
}

# Benchmark 4's timed reads on the running service: the klimaatbegroting 2025 as JSON and PDF (first request, then
# three more) and a meter's day view ($1: the day) of a generated and a backfilled PV meter.
time_reads() {
  say "klimaatbegroting 2025 (first request, then three more)"; load
  for f in "" /report.pdf; do
    for i in 1 2 3 4; do
      curl -s -u admin:admin-local -o "$OUT/b4-klimaatbegroting${f#/report}" \
           -w "klimaatbegroting${f:-.json} http_status=%{http_code} seconds=%{time_total} bytes=%{size_download}\n" \
           "$URL/api/v1/klimaatbegroting/2025$f"
    done
  done
  say "a meter's day view (quarter hours of one day)"
  for m in pv-school-01 opt-dak01-001; do
    for i in 1 2 3 4 5; do
      curl -s -u admin:admin-local -o /dev/null -w "day_view $m http_status=%{http_code} seconds=%{time_total}\n" \
           "$URL/api/v1/meters/$m/energy?channel=pv_energy&from=$1&to=$(date -u -d "$1 + 1 day" +%F)&resolution=15m"
    done
  done
  load
}

# Every dashboard query over 2025 on $BENCH_DB (DashboardQueriesBenchmark, read-only role).
dashboard_queries() {
  say "every dashboard query over 2025"
  nice -n 10 mvn -B -q -o test -Dtest=DashboardQueriesBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
      -Dbenchmark.database=$BENCH_DB 2>&1 | grep -E "BENCHMARK| ms |ERROR|FAIL" | tee "$OUT/b4-dashboards.txt"
  load
}
