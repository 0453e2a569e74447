package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SenmlPackTests {
    private static PayloadParser.Parsed parse(String json) {
        return PayloadParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void resolvesBaseNameBaseTimeAndSumIntoContractFields() {
        PayloadParser.Parsed parsed = parse("""
                [{"bn":"urn:dev:mac:0024befffe804ff1:","bt":1780300800,"bu":"kWh","n":"pv_energy","s":1234.5},
                 {"n":"pv_power","u":"W","v":5200,"t":60}]""");
        assertThat(parsed.ok()).isTrue();
        ReadingFields first = parsed.readings().get(0);
        assertThat(ReadingFields.text(first.channel())).isEqualTo("pv_energy");
        assertThat(ReadingFields.text(first.unit())).isEqualTo("kWh");
        assertThat(first.value().doubleValue()).isEqualTo(1234.5);
        assertThat(ReadingFields.text(first.ts())).isEqualTo("2026-06-01T08:00Z");
        ReadingFields second = parsed.readings().get(1);
        assertThat(ReadingFields.text(second.channel())).isEqualTo("pv_power");
        assertThat(ReadingFields.text(second.ts())).isEqualTo("2026-06-01T08:01Z");
        assertThat(second.value().doubleValue()).isEqualTo(5200);
    }

    @Test
    void recordsThatAreNotObjectsMakeThePackInvalid() {
        assertThat(parse("[{\"n\":\"pv_energy\",\"s\":1}, 3]").problem()).isEqualTo(RejectionReason.INVALID_PAYLOAD);
        assertThat(parse("[]").problem()).isEqualTo(RejectionReason.INVALID_PAYLOAD);
    }

    @Test
    void aTimeThatIsNotANumberBecomesAnInvalidTimestamp() {
        PayloadParser.Parsed parsed = parse("[{\"n\":\"pv_energy\",\"s\":1,\"u\":\"kWh\",\"t\":\"yesterday\"}]");
        assertThat(ReadingFields.text(parsed.readings().get(0).ts())).isEqualTo("invalid");
    }
}
