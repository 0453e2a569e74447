package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadParserTests {
    @Test
    void readsEveryReadingOfAGatewayFlush() {
        String json = Payloads.of(
                Payloads.reading("2026-06-01T12:00:00+02:00", "pv_energy", 1.5, "kWh"),
                Payloads.reading("2026-06-01T12:15:00+02:00", "pv_energy", 2.5, "kWh"));
        PayloadParser.Parsed parsed = PayloadParser.parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.readings()).hasSize(2);
        assertThat(ReadingFields.text(parsed.readings().get(1).ts())).isEqualTo("2026-06-01T12:15:00+02:00");
        assertThat(parsed.readings().get(1).value().doubleValue()).isEqualTo(2.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "not json", "{\"readings\":[1,]}", "{\"readings\":[NaN]}", "\u0000"})
    void brokenJsonIsMalformed(String json) {
        assertThat(PayloadParser.parse(json.getBytes(StandardCharsets.UTF_8)).problem())
                .isIn(RejectionReason.MALFORMED_JSON, RejectionReason.INVALID_PAYLOAD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "\"text\"", "{}", "{\"readings\":{}}", "{\"readings\":[]}", "{\"readings\":[1]}"})
    void wrongShapesAreInvalidPayloads(String json) {
        assertThat(PayloadParser.parse(json.getBytes(StandardCharsets.UTF_8)).problem())
                .isEqualTo(RejectionReason.INVALID_PAYLOAD);
    }

    @Test
    void deepNestingIsRefusedBeforeItCostsMemory() {
        String deep = "{\"readings\":[" + "[".repeat(10_000) + "]".repeat(10_000) + "]}";
        assertThat(PayloadParser.parse(deep.getBytes(StandardCharsets.UTF_8)).problem())
                .isEqualTo(RejectionReason.MALFORMED_JSON);
    }

    @Test
    void hugeNumbersAreRefused() {
        String json = "{\"readings\":[{\"value\":" + "9".repeat(5000) + "}]}";
        assertThat(PayloadParser.parse(json.getBytes(StandardCharsets.UTF_8)).problem())
                .isEqualTo(RejectionReason.MALFORMED_JSON);
    }
}
