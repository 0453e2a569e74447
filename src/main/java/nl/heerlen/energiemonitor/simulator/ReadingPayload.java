package nl.heerlen.energiemonitor.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encodes readings as the MQTT contract v1 payload:
 * {@code {"readings":[{"ts":"2026-06-01T12:00:00+02:00","channel":"pv_energy","value":1234.567,"unit":"kWh"}]}}.
 */
final class ReadingPayload {

    /** Always prints seconds and the offset, unlike OffsetDateTime.toString() which drops ":00". */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReadingPayload() {
    }

    static byte[] encode(List<Reading> readings, MeterUnits units) {
        List<WireReading> wire = readings.stream().map(reading -> toWire(reading, units)).toList();
        return JSON.writeValueAsBytes(new Message(wire));
    }

    static String timestamp(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).atZone(AmsterdamTime.ZONE).toOffsetDateTime().format(TIMESTAMP);
    }

    private static WireReading toWire(Reading reading, MeterUnits units) {
        Unit unit = units.unitOf(reading.channel());
        // BigDecimal with a fixed scale prints plain decimals, never 1.2E7 for large registers.
        BigDecimal value = BigDecimal.valueOf(unit.fromCanonical(reading.value()))
                .setScale(unit.decimals(), RoundingMode.HALF_UP);
        return new WireReading(timestamp(reading.time()), reading.channel().wireName(), value, unit.symbol());
    }

    private record Message(List<WireReading> readings) {
    }

    @JsonPropertyOrder({"ts", "channel", "value", "unit"})
    private record WireReading(String ts, String channel, BigDecimal value, String unit) {
    }
}
