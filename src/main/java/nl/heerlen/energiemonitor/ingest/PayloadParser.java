package nl.heerlen.energiemonitor.ingest;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the JSON of contract v1 ({@code {"readings":[...]}}) or a SenML pack ({@code [...]}) under strict limits on
 * nesting, numbers and strings.
 */
final class PayloadParser {
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(16).maxNumberLength(64).maxStringLength(1 << 20).build())
                    .build())
            .build();

    private PayloadParser() {
    }

    /** A parsed payload: either its reading objects or the reason it could not be read. */
    record Parsed(List<ReadingFields> readings, RejectionReason problem, String detail) {
        boolean ok() {
            return problem == null;
        }
    }

    static Parsed parse(byte[] payload) {
        JsonNode root;
        try {
            root = MAPPER.readTree(payload);
        } catch (JacksonException e) {
            return problem(RejectionReason.MALFORMED_JSON, firstLine(e.getOriginalMessage()));
        }
        if (root != null && root.isArray()) {
            return SenmlPack.read(root);
        }
        if (root == null || !root.isObject()) {
            return problem(RejectionReason.INVALID_PAYLOAD, "payload must be a JSON object with a 'readings' array");
        }
        JsonNode readings = root.get("readings");
        if (readings == null || !readings.isArray() || readings.isEmpty()) {
            return problem(RejectionReason.INVALID_PAYLOAD, "'readings' must be a non-empty array");
        }
        List<ReadingFields> fields = new ArrayList<>(readings.size());
        for (JsonNode node : readings) {
            if (!node.isObject()) {
                return problem(RejectionReason.INVALID_PAYLOAD, "every element of 'readings' must be an object");
            }
            fields.add(ReadingFields.of(node));
        }
        return new Parsed(fields, null, null);
    }

    /** The top-level "meter" of an HTTP upload, if the payload is a JSON object that has one as text. */
    static String meterField(byte[] payload) {
        try {
            JsonNode root = MAPPER.readTree(payload);
            return root != null && root.isObject() ? ReadingFields.text(root.get("meter")) : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Parsed problem(RejectionReason reason, String detail) {
        return new Parsed(List.of(), reason, detail);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
