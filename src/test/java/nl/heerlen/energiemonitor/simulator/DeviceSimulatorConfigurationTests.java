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
                        "energiemonitor.simulator.client-id=demo-sim")
                .run(app -> {
                    SimulatorProperties properties = app.getBean(SimulatorProperties.class);
                    assertThat(properties.mqttUrl()).isEqualTo("tcp://127.0.0.1:2");
                    assertThat(properties.mode()).isEqualTo(SimulatorProperties.Mode.BACKFILL);
                    assertThat(properties.tickInterval()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.backfillFrom()).hasToString("2026-01-01");
                    assertThat(properties.backfillTo()).hasToString("2026-01-31");
                    assertThat(properties.randomSeed()).isEqualTo(7);
                    assertThat(properties.clientId()).isEqualTo("demo-sim");
                });
    }

    @Test
    void withoutAnyBrokerUrlUsesTheLocalMosquitto() {
        context.withPropertyValues("energiemonitor.simulator.enabled=true", "energiemonitor.simulator.seeds-dir=missing")
                .run(app -> assertThat(app.getBean(SimulatorProperties.class).mqttUrl()).isEqualTo("tcp://127.0.0.1:1883"));
    }
}
