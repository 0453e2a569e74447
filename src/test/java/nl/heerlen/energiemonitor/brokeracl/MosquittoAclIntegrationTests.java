package nl.heerlen.energiemonitor.brokeracl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, MQTT: a real Mosquitto started with the shipped mosquitto.conf, acl and a password file made by the
 * shipped make-passwords.sh. Installer A may publish under energie/v1/a/ only; what it sends into B's topics is
 * refused (PUBACK 0x87) and reaches nobody. Skipped where the mosquitto package is not installed.
 * <p>
 * "Not delivered" is shown without sleeping: after the refused message A publishes a marker on its own topic, and
 * Mosquitto delivers one publisher's messages in order, so once the marker arrived the refused one never will.
 */
class MosquittoAclIntegrationTests {

    private static final String SERVICE_PASSWORD = "service-" + UUID.randomUUID();
    private static final String A_PASSWORD = "a-" + UUID.randomUUID();
    private static final String B_PASSWORD = "b-" + UUID.randomUUID();
    private static final String SIMULATOR_PASSWORD = "sim-" + UUID.randomUUID();
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    static Path dir;
    private static PrivateMosquitto broker;
    private BrokerUser service;

    @BeforeAll
    static void startBroker() throws Exception {
        assumeTrue(PrivateMosquitto.installed(), "mosquitto and mosquitto_passwd are not installed");
        Path passwords = PrivateMosquitto.makePasswords(dir, Map.of(
                "MQTT_SERVICE_PASSWORD", SERVICE_PASSWORD, "MQTT_SIMULATOR_PASSWORD", SIMULATOR_PASSWORD,
                "MQTT_INSTALLERS", "a b", "MQTT_PASSWORD_A", A_PASSWORD, "MQTT_PASSWORD_B", B_PASSWORD));
        broker = PrivateMosquitto.start(dir, passwords);
    }

    @AfterAll
    static void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.close();
        }
    }

    @BeforeEach
    void connectService() throws MqttException {
        service = BrokerUser.connect(broker.url(), "energiemonitor", SERVICE_PASSWORD);
        assertThat(service.subscribe("energie/v1/#")).isEqualTo(1);
    }

    @AfterEach
    void disconnectService() throws MqttException {
        service.close();
    }

    @Test
    void installerPublishesUnderItsOwnIdAndTheServiceReceivesIt() throws Exception {
        try (BrokerUser a = BrokerUser.connect(broker.url(), "a", A_PASSWORD)) {
            assertThat(a.publish("energie/v1/a/m1", "a-own")).isZero();

            assertThat(service.awaitPayload("a-own", WAIT)).isTrue();
            assertThat(service.received()).contains(new BrokerUser.Received("energie/v1/a/m1", "a-own"));
        }
    }

    @Test
    void installerCannotPublishIntoAnotherInstallersTopics() throws Exception {
        try (BrokerUser a = BrokerUser.connect(broker.url(), "a", A_PASSWORD);
             BrokerUser sharedService = BrokerUser.connect(broker.url(), "energiemonitor", SERVICE_PASSWORD)) {
            sharedService.subscribe("$share/energiemonitor/energie/v1/+/+");

            assertThat(a.publish("energie/v1/b/m1", "a-into-b")).isEqualTo(BrokerUser.NOT_AUTHORIZED);
            assertThat(a.publish("energie/v1/b", "a-into-b-root")).isEqualTo(BrokerUser.NOT_AUTHORIZED);
            assertThat(a.publish("energie/v1/ab/m1", "a-into-ab")).isEqualTo(BrokerUser.NOT_AUTHORIZED);
            assertThat(a.publish("energie/v1/a/m1", "marker")).isZero();

            assertThat(service.awaitPayload("marker", WAIT)).isTrue();
            assertThat(sharedService.awaitPayload("marker", WAIT)).isTrue();
            assertThat(service.payloads()).containsExactly("marker");
            assertThat(sharedService.payloads()).containsExactly("marker");
        }
    }

    @Test
    void installersReadNothingNotEvenEachOthersReadings() throws Exception {
        try (BrokerUser a = BrokerUser.connect(broker.url(), "a", A_PASSWORD);
             BrokerUser b = BrokerUser.connect(broker.url(), "b", B_PASSWORD)) {
            a.subscribe("energie/v1/#");

            assertThat(b.publish("energie/v1/b/m1", "b-own")).isZero();

            assertThat(service.awaitPayload("b-own", WAIT)).isTrue();
            Thread.sleep(200);
            assertThat(a.received()).isEmpty();
        }
    }

    @Test
    void theServiceUserOnlyReads() throws Exception {
        assertThat(service.publish("energie/v1/a/m1", "service-write")).isEqualTo(BrokerUser.NOT_AUTHORIZED);
    }

    @Test
    void theSimulatorMayPublishForEveryInstaller() throws Exception {
        try (BrokerUser simulator = BrokerUser.connect(broker.url(), "simulator", SIMULATOR_PASSWORD)) {
            assertThat(simulator.publish("energie/v1/a/m1", "sim-a")).isZero();
            assertThat(simulator.publish("energie/v1/b/m1", "sim-b")).isZero();

            assertThat(service.awaitPayload("sim-b", WAIT)).isTrue();
            assertThat(service.payloads()).containsExactly("sim-a", "sim-b");
        }
    }

    @Test
    void anonymousConnectIsRefused() {
        assertThatThrownBy(() -> BrokerUser.connect(broker.url(), null, null))
                .isInstanceOfSatisfying(MqttException.class,
                        e -> assertThat(e.getReasonCode()).isEqualTo(BrokerUser.NOT_AUTHORIZED));
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefused() {
        assertThatThrownBy(() -> BrokerUser.connect(broker.url(), "a", B_PASSWORD))
                .isInstanceOfSatisfying(MqttException.class, e -> assertThat(e.getReasonCode())
                        .isIn(BrokerUser.NOT_AUTHORIZED, BrokerUser.BAD_USER_NAME_OR_PASSWORD));
        assertThatThrownBy(() -> BrokerUser.connect(broker.url(), "c", A_PASSWORD))
                .isInstanceOfSatisfying(MqttException.class, e -> assertThat(e.getReasonCode())
                        .isIn(BrokerUser.NOT_AUTHORIZED, BrokerUser.BAD_USER_NAME_OR_PASSWORD));
    }
}
