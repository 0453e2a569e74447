package nl.heerlen.energiemonitor.accounting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/**
 * A backfill of PV inverters as their installers' devices would send it after an outage: per meter and calendar day
 * (Europe/Amsterdam) one message with the day's quarter-hourly pv_energy register and pv_power, from a seeded Random
 * (a few readings missing, so some intervals span gaps). Published with QoS 1; returns the number of readings sent.
 */
final class PvBackfill {
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String INSTALLER = "fault-installer";

    private PvBackfill() {
    }

    static String meterId(int i) {
        return String.format(Locale.ROOT, "backfill-pv-%03d", i);
    }

    static String registerMeters(int meters) {
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < meters; i++) {
            values.add("('" + meterId(i) + "', 'pv_inverter', '" + INSTALLER + "', " + (3 + i % 8)
                    + ", interval '1 hour')");
        }
        return "insert into installer (id, name) values ('" + INSTALLER + "', 'Fault tests') on conflict do nothing; "
                + "insert into meter (id, kind, installer_id, capacity_kwp, max_gap) values " + values;
    }

    static long publish(String brokerUrl, int meters, LocalDate firstDay, int days, long seed) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(brokerUrl, "backfill-" + UUID.randomUUID(),
                new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        client.connect(options).waitForCompletion(10_000);
        long readings = 0;
        try {
            for (int m = 0; m < meters; m++) {
                Random random = new Random(seed * 31 + m);
                double kwp = 3 + m % 8;
                double registerKwh = 500 + random.nextDouble() * 5_000;
                for (int d = 0; d < days; d++) {
                    StringJoiner payload = new StringJoiner(",", "{\"readings\":[", "]}");
                    Instant end = firstDay.plusDays(d + 1L).atStartOfDay(AMSTERDAM).toInstant();
                    for (Instant ts = firstDay.plusDays(d).atStartOfDay(AMSTERDAM).toInstant(); ts.isBefore(end);
                         ts = ts.plus(Duration.ofMinutes(15))) {
                        double hour = ts.atZone(AMSTERDAM).getHour() + ts.atZone(AMSTERDAM).getMinute() / 60.0;
                        double sun = Math.max(0, Math.sin(Math.PI * (hour - 6) / 14));
                        double kw = kwp * sun * (0.2 + 0.8 * random.nextDouble());
                        registerKwh += kw * 0.25;
                        if (random.nextInt(50) == 0) {
                            continue; // a reading the device missed
                        }
                        payload.add(reading(ts, "pv_energy", registerKwh, "kWh"))
                                .add(reading(ts, "pv_power", kw * 1000, "W"));
                        readings += 2;
                    }
                    MqttMessage message = new MqttMessage(payload.toString().getBytes(StandardCharsets.UTF_8));
                    message.setQos(1);
                    client.publish("energie/v1/" + INSTALLER + "/" + meterId(m), message).waitForCompletion(30_000);
                }
            }
        } finally {
            client.disconnect().waitForCompletion(5_000);
            client.close();
        }
        return readings;
    }

    private static String reading(Instant ts, String channel, double value, String unit) {
        return String.format(Locale.ROOT, "{\"ts\":\"%s\",\"channel\":\"%s\",\"value\":%s,\"unit\":\"%s\"}",
                ts, channel,
                Double.toString(value), unit);
    }
}
