package nl.heerlen.energiemonitor.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the device simulator, under {@code energiemonitor.simulator}.
 *
 * @param enabled       switches the simulator on; off unless set (the demo profile sets it)
 * @param mqttUrl       broker to publish to; defaults to {@code ${energiemonitor.mqtt.url:tcp://127.0.0.1:1883}}
 *                      (set in simulator-defaults.properties, as {@code @DefaultValue} resolves no placeholders)
 * @param mqttUsername  broker user (the compose broker has a user {@code simulator} that may publish for every
 *                      installer); blank: anonymous
 * @param mqttPassword  its password
 * @param seedsDir      folder holding meters.csv and sites.csv
 * @param mode          live (real time, forever), backfill (a past period, then stop) or load (a fixed rate)
 * @param tickInterval  live mode: how often to check which meters are due to report
 * @param backfillFrom  backfill mode: first day (Europe/Amsterdam), inclusive; default a week before backfill-to
 * @param backfillTo    backfill mode: last day, inclusive; default yesterday
 * @param randomSeed    seed of weather, building sizes and device faults; the same seed gives the same readings
 * @param clientId      MQTT client id; must be unique on the broker
 * @param field         devices' behaviour in the field (gateways, outages, skew, duplicates, resets, exchanges,
 *                      breakdowns); off unless enabled
 * @param load          load mode's rate and size
 * @param exchanges     where meter exchanges are reported
 */
@ConfigurationProperties("energiemonitor.simulator")
public record SimulatorProperties(
        boolean enabled,
        String mqttUrl,
        String mqttUsername,
        String mqttPassword,
        @DefaultValue("seeds") Path seedsDir,
        @DefaultValue("live") Mode mode,
        @DefaultValue("10s") Duration tickInterval,
        LocalDate backfillFrom,
        LocalDate backfillTo,
        @DefaultValue("2018") long randomSeed,
        @DefaultValue("energiemonitor-simulator") String clientId,
        @DefaultValue FieldBehaviour field,
        @DefaultValue LoadSettings load,
        @DefaultValue ExchangeReporting exchanges) {

    /** How the simulator publishes. */
    public enum Mode {
        /** Readings at the current time whenever a meter's reporting interval has elapsed. */
        LIVE,
        /** Readings for a past period as fast as the broker accepts, in gateway-sized batches; then stop. */
        BACKFILL,
        /** Messages at a fixed rate for a fixed time, counted and checksummed for benchmarks; then stop. */
        LOAD
    }

    /** Applies the defaults also when the record is built in code rather than bound by Spring. */
    public SimulatorProperties {
        mqttUrl = mqttUrl == null ? "tcp://127.0.0.1:1883" : mqttUrl;
        seedsDir = seedsDir == null ? Path.of("seeds") : seedsDir;
        mode = mode == null ? Mode.LIVE : mode;
        tickInterval = tickInterval == null ? Duration.ofSeconds(10) : tickInterval;
        clientId = clientId == null ? "energiemonitor-simulator" : clientId;
        field = field == null ? FieldBehaviour.OFF : field;
        load = load == null ? LoadSettings.defaults() : load;
        exchanges = exchanges == null ? ExchangeReporting.LOG_ONLY : exchanges;
        if (tickInterval.isNegative() || tickInterval.isZero()) {
            throw new IllegalArgumentException("energiemonitor.simulator.tick-interval must be positive");
        }
        if (backfillFrom != null && backfillTo != null && backfillFrom.isAfter(backfillTo)) {
            throw new IllegalArgumentException("energiemonitor.simulator.backfill-from is after backfill-to");
        }
    }

    /** The backfill's first day, resolving the default against today. */
    LocalDate backfillFirstDay(LocalDate today) {
        return backfillFrom != null ? backfillFrom : backfillLastDay(today).minusDays(6);
    }

    /** The backfill's last day, resolving the default against today. */
    LocalDate backfillLastDay(LocalDate today) {
        return backfillTo != null ? backfillTo : today.minusDays(1);
    }
}
