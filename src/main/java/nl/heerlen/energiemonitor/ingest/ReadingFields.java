package nl.heerlen.energiemonitor.ingest;

import tools.jackson.databind.JsonNode;

/** The fields of one reading object exactly as sent, before validation. */
record ReadingFields(JsonNode ts, JsonNode channel, JsonNode value, JsonNode unit, String raw) {
    static ReadingFields of(JsonNode node) {
        return new ReadingFields(node.get("ts"), node.get("channel"), node.get("value"), node.get("unit"), node.toString());
    }

    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}
