package nl.heerlen.energiemonitor.ingest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;
import nl.heerlen.energiemonitor.readings.Reading;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.Meter;
import tools.jackson.databind.JsonNode;

/** Checks one reading of a known meter and converts it to the channel's canonical unit. */
final class ReadingCheck {
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /**
     * Largest magnitude of a canonical value (kWh, °C, m³ …). Far beyond any meter, and small enough that differences
     * and sums of readings stay finite: the fuzz test found that 1e300 kWh was stored and then made the rollups fail
     * forever on an infinite interval energy.
     */
    static final double MAX_MAGNITUDE = 1e15;

    /** Either a reading or the reason it was refused. */
    record Result(Reading reading, RejectionReason reason, String detail) {
        static Result refused(RejectionReason reason, String detail) {
            return new Result(null, reason, detail);
        }
    }

    private ReadingCheck() {
    }

    static Result check(Meter meter, ReadingFields fields, Instant latestAllowed) {
        JsonNode value = fields.value();
        Double number = value == null || !value.isNumber() ? null : value.doubleValue();
        return check(meter, ReadingFields.text(fields.channel()), number, ReadingFields.text(fields.unit()),
                ReadingFields.text(fields.ts()), latestAllowed);
    }

    /** {@code raw} is null when the value was not a number at all. */
    static Result check(Meter meter, String channelName, Double raw, String unit, String tsText, Instant latestAllowed) {
        Channel channel = channelName == null ? null : Channel.fromWireName(channelName).orElse(null);
        if (channel == null || !meter.kind().hasChannel(channel)) {
            return Result.refused(RejectionReason.UNKNOWN_CHANNEL, "meter " + meter.id() + " (" + meter.kind().wireName()
                    + ") has channels " + meter.channels().stream().map(Channel::wireName).sorted().toList());
        }
        if (raw == null) {
            return Result.refused(RejectionReason.INVALID_VALUE, "'value' must be a number");
        }
        if (!Double.isFinite(raw)) {
            return Result.refused(RejectionReason.NON_FINITE_VALUE, "'value' is not a finite number");
        }
        OptionalDouble canonical = UnitConverter.toCanonical(channel.quantity(), unit, raw);
        if (canonical.isEmpty()) {
            return Result.refused(RejectionReason.UNKNOWN_UNIT, "unit of " + channel.wireName()
                    + " must convert to " + channel.canonicalUnit());
        }
        if (!Double.isFinite(canonical.getAsDouble())) {
            return Result.refused(RejectionReason.NON_FINITE_VALUE, "value overflows after unit conversion");
        }
        if (Math.abs(canonical.getAsDouble()) > MAX_MAGNITUDE) {
            return Result.refused(RejectionReason.INVALID_VALUE, "'value' is beyond ±1e15 " + channel.canonicalUnit());
        }
        Instant ts;
        try {
            ts = Timestamps.parse(tsText == null ? "" : tsText);
        } catch (DateTimeParseException e) {
            return Result.refused(RejectionReason.INVALID_TIMESTAMP, "'ts' must be ISO-8601 with an offset, e.g. 2026-06-01T12:00:00+02:00");
        }
        if (ts.isBefore(EARLIEST) || ts.isAfter(latestAllowed)) {
            return Result.refused(RejectionReason.TIMESTAMP_OUT_OF_RANGE, "'ts' must lie between " + EARLIEST + " and now");
        }
        return new Result(new Reading(meter.id(), channel, ts, canonical.getAsDouble()), null, null);
    }
}
