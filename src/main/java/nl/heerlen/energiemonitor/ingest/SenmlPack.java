package nl.heerlen.energiemonitor.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a SenML pack (RFC 8428, JSON) into the reading fields of contract v1: the record's resolved name is the
 * channel, {@code s} (sum, for registers) or {@code v} (value) the value, {@code u} the unit (RFC 8428/8798 symbols),
 * base time plus time the timestamp.
 */
final class SenmlPack {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // RFC 8428 4.5.3: times below 2^28 are relative to now.
    private static final double RELATIVE_LIMIT = 268_435_456;

    private SenmlPack() {
    }

    static PayloadParser.Parsed read(JsonNode pack) {
        if (pack.isEmpty()) {
            return new PayloadParser.Parsed(List.of(), RejectionReason.INVALID_PAYLOAD, "the SenML pack is empty");
        }
        List<ReadingFields> readings = new ArrayList<>(pack.size());
        String baseName = "";
        double baseTime = 0;
        String baseUnit = null;
        for (JsonNode record : pack) {
            if (!record.isObject()) {
                return new PayloadParser.Parsed(List.of(), RejectionReason.INVALID_PAYLOAD, "every SenML record must be an object");
            }
            baseName = record.has("bn") ? ReadingFields.text(record.get("bn")) : baseName;
            baseTime = record.has("bt") && record.get("bt").isNumber() ? record.get("bt").doubleValue() : baseTime;
            baseUnit = record.has("bu") ? ReadingFields.text(record.get("bu")) : baseUnit;
            String name = (baseName == null ? "" : baseName) + (record.has("n") ? ReadingFields.text(record.get("n")) : "");
            JsonNode value = record.has("s") ? record.get("s") : record.get("v");
            JsonNode unit = record.has("u") ? record.get("u") : baseUnit == null ? null : NODES.stringNode(baseUnit);
            readings.add(new ReadingFields(time(baseTime, record.get("t")), NODES.stringNode(channel(name)), value, unit,
                    record));
        }
        return new PayloadParser.Parsed(readings, null, null);
    }

    /** A name like "urn:dev:mac:0024befffe804ff1:pv_energy" or "meter-1/pv_energy" names its channel last. */
    private static String channel(String name) {
        int cut = Math.max(name.lastIndexOf(':'), name.lastIndexOf('/'));
        return name.substring(cut + 1);
    }

    private static JsonNode time(double baseTime, JsonNode t) {
        if (t != null && !t.isNumber()) {
            return NODES.stringNode("invalid");
        }
        double seconds = baseTime + (t == null ? 0 : t.doubleValue());
        if (!Double.isFinite(seconds) || Math.abs(seconds) > 1e11) {
            return NODES.stringNode("invalid");
        }
        Instant instant = Math.abs(seconds) < RELATIVE_LIMIT
                ? Instant.now().plusMillis(Math.round(seconds * 1000))
                : Instant.ofEpochMilli(Math.round(seconds * 1000));
        return NODES.stringNode(instant.atOffset(java.time.ZoneOffset.UTC).toString());
    }
}
