package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicAddressTests {
    @Test
    void namesInstallerAndMeter() {
        TopicAddress address = TopicAddress.parse("energie/v1/zonnewerk/pv-bernardinus").orElseThrow();
        assertThat(address.installer().value()).isEqualTo("zonnewerk");
        assertThat(address.meter().value()).isEqualTo("pv-bernardinus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"energie/v2/a/b", "energie/v1/a", "energie/v1/a/b/c", "energie/v1//b", "energie/v1/A/b",
            "energie/v1/a/b c", "energie/v1/a/'; drop table reading;--", ""})
    void refusesOtherTopics(String topic) {
        assertThat(TopicAddress.parse(topic)).isEmpty();
    }
}
