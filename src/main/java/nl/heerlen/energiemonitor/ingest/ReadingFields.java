package nl.heerlen.energiemonitor.ingest;

import tools.jackson.databind.JsonNode;

/**
 * The fields of one reading object exactly as sent, before validation; {@code source} is the object they came from.
 */
record ReadingFields(JsonNode ts, JsonNode channel, JsonNode value, JsonNode unit, JsonNode source) {
    static ReadingFields of(JsonNode node) {
        return new ReadingFields(node.get("ts"), node.get("channel"), node.get("value"), node.get("unit"), node);
    }

    /** The reading as sent, for a rejection; written only then, as most readings are stored, not refused. */
    String raw() {
        return source.toString();
    }

    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}
