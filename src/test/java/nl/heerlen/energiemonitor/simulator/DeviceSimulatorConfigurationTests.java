package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The switch and the defaults, in a minimal context; the broker url points nowhere on purpose. */
class DeviceSimulatorConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DeviceSimulator.class);

    @Test
    void isOffUnlessEnabled() {
        context.run(app -> assertThat(app).doesNotHaveBean(DeviceSimulator.class));
        context.withPropertyValues("energiemonitor.simulator.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean(DeviceSimulator.class));
    }

    @Test
    void enabledWithDefaultsAndTheApplicationsBrokerUrl() {
        context.withPropertyValues("energiemonitor.simulator.enabled=true", "energiemonitor.mqtt.url=tcp://127.0.0.1:1")
                .run(app -> {
                    SimulatorProperties properties = app.getBean(SimulatorProperties.class);
                    assertThat(app.getBean(DeviceSimulator.class).isRunning()).isTrue();
                    assertThat(properties.mqttUrl()).isEqualTo("tcp://127.0.0.1:1");
                    assertThat(properties.seedsDir()).isEqualTo(Path.of("seeds"));
                    assertThat(properties.mode()).isEqualTo(SimulatorProperties.Mode.LIVE);
                    assertThat(properties.tickInterval()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(properties.randomSeed()).isEqualTo(2018);
                    assertThat(properties.clientId()).isEqualTo("energiemonitor-simulator");
                    assertThat(properties.backfillFrom()).isNull();
                    assertThat(properties.mqttUsername()).isNull();
                    assertThat(properties.field().enabled()).isFalse();
                    assertThat(properties.field().gatewayShare()).isEqualTo(0.25);
                    assertThat(properties.field().gatewayUploadsPerDay()).isEqualTo(4);
                    assertThat(properties.field().maxClockSkew()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.load().messagesPerSecond()).isEqualTo(1000);
                    assertThat(properties.load().readingsPerMessage()).isEqualTo(1);
                    assertThat(properties.load().duration()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(properties.exchanges().posts()).isFalse();
                });
    }

    @Test
    void bindsEverySetting() {
        context.withPropertyValues("energiemonitor.simulator.enabled=true",
                        "energiemonitor.simulator.mqtt-url=tcp://127.0.0.1:2",
                        "energiemonitor.simulator.mode=backfill",
                        "energiemonitor.simulator.tick-interval=2s",
                        "energiemonitor.simulator.backfill-from=2026-01-01",
                        "energiemonitor.simulator.backfill-to=2026-01-31",
                        "energiemonitor.simulator.random-seed=7",
                        "energiemonitor.simulator.client-id=demo-sim",
                        "energiemonitor.simulator.mqtt-username=simulator",
                        "energiemonitor.simulator.mqtt-password=secret",
                        "energiemonitor.simulator.field.enabled=true",
                        "energiemonitor.simulator.field.gateway-share=0.5",
                        "energiemonitor.simulator.field.duplicate-share=0.2",
                        "energiemonitor.simulator.field.breakdowns-per-pv-year=2",
                        "energiemonitor.simulator.load.messages-per-second=250",
                        "energiemonitor.simulator.load.readings-per-message=12",
                        "energiemonitor.simulator.load.duration=30s",
                        "energiemonitor.simulator.exchanges.api-url=http://127.0.0.1:8080")
                .run(app -> {
                    SimulatorProperties properties = app.getBean(SimulatorProperties.class);
                    assertThat(properties.mqttUrl()).isEqualTo("tcp://127.0.0.1:2");
                    assertThat(properties.mode()).isEqualTo(SimulatorProperties.Mode.BACKFILL);
                    assertThat(properties.tickInterval()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.backfillFrom()).hasToString("2026-01-01");
                    assertThat(properties.backfillTo()).hasToString("2026-01-31");
                    assertThat(properties.randomSeed()).isEqualTo(7);
                    assertThat(properties.clientId()).isEqualTo("demo-sim");
                    assertThat(properties.mqttUsername()).isEqualTo("simulator");
                    assertThat(properties.mqttPassword()).isEqualTo("secret");
                    assertThat(properties.field().enabled()).isTrue();
                    assertThat(properties.field().gatewayShare()).isEqualTo(0.5);
                    assertThat(properties.field().duplicateShare()).isEqualTo(0.2);
                    assertThat(properties.field().breakdownsPerPvYear()).isEqualTo(2);
                    assertThat(properties.load().messagesPerSecond()).isEqualTo(250);
                    assertThat(properties.load().readingsPerMessage()).isEqualTo(12);
                    assertThat(properties.load().duration()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(properties.exchanges().apiUrl()).isEqualTo("http://127.0.0.1:8080");
                });
    }

    @Test
    void theStandaloneBindingGivesTheSameDefaultsAndReadsPrefixedAndShortNames() {
        SimulatorProperties defaults = SimulatorSettings.bind(java.util.Map.of());
        SimulatorProperties set = SimulatorSettings.bind(SimulatorSettings.fromArguments(
                "--mode=load", "--energiemonitor.simulator.load.duration=10s", "--field.enabled=true"));

        assertThat(defaults.mode()).isEqualTo(SimulatorProperties.Mode.LIVE);
        assertThat(defaults.field().gatewayShare()).isEqualTo(0.25);
        assertThat(defaults.load().from()).hasToString("2024-01-01");
        assertThat(set.mode()).isEqualTo(SimulatorProperties.Mode.LOAD);
        assertThat(set.load().duration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(set.field().enabled()).isTrue();
    }

    @Test
    void withoutAnyBrokerUrlUsesTheLocalMosquitto() {
        context.withPropertyValues("energiemonitor.simulator.enabled=true", "energiemonitor.simulator.seeds-dir=missing")
                .run(app -> assertThat(app.getBean(SimulatorProperties.class).mqttUrl()).isEqualTo("tcp://127.0.0.1:1883"));
    }
}
