package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The MQTT client id: each instance keeps a persistent session of its own at the broker. */
class MqttClientIdTests {

    @Test
    void aConfiguredIdIsUsedAsItIs() {
        assertThat(MqttClients.clientId(properties("site-a-1"), 8080)).isEqualTo("site-a-1");
    }

    @Test
    void twoContainersOfOneServiceGetDifferentIds() {
        // compose --scale: the same port in every container, a host name per container
        assertThat(MqttClients.derivedClientId("3f2a9c1b7d10", 8080, 1))
                .isNotEqualTo(MqttClients.derivedClientId("8e41d0c2aa57", 8080, 1));
    }

    @Test
    void twoInstancesOnOneHostGetDifferentIds() {
        assertThat(MqttClients.derivedClientId("host", 8080, 1)).isNotEqualTo(MqttClients.derivedClientId("host", 8081, 1));
    }

    @Test
    void theDerivedIdSurvivesARestartSoTheBrokerSessionIsResumed() {
        // a restart has a new process id but the same host and port
        assertThat(MqttClients.derivedClientId("host", 8080, 100)).isEqualTo(MqttClients.derivedClientId("host", 8080, 200));
        assertThat(MqttClients.clientId(properties(""), 8080)).isEqualTo(MqttClients.clientId(properties(""), 8080));
    }

    @Test
    void aRandomPortFallsBackToTheProcessId() {
        assertThat(MqttClients.derivedClientId("host", 0, 100)).isNotEqualTo(MqttClients.derivedClientId("host", 0, 200));
    }

    private static IngestProperties properties(String clientId) {
        return new IngestProperties("tcp://127.0.0.1:1883", "", clientId, "", "", "energiemonitor", Duration.ofDays(1), 1000,
                DataSize.ofMegabytes(64), DataSize.ofMegabytes(1), 500, Duration.ofMillis(50), 2, Duration.ofMinutes(10), true);
    }
}
