package nl.heerlen.energiemonitor.ingest;

import static nl.heerlen.energiemonitor.support.IntegrationTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Map;
import nl.heerlen.energiemonitor.support.PrivateMosquitto;
import nl.heerlen.energiemonitor.support.ScratchDatabase;
import nl.heerlen.energiemonitor.support.ServiceProcess;
import nl.heerlen.energiemonitor.support.SteadyPublisher;
import org.junit.jupiter.api.Test;

/**
 * Two service processes side by side on one shared subscription, each with the client id it derives itself (none
 * configured): the broker splits the messages between them, and together they store exactly what the device sent.
 * Not part of the suite (two JVMs, a few minutes): {@code .ci/faults} runs it.
 */
class TwoInstancesIT {
    private static final int COUNT = Integer.getInteger("instances.readings", 6_000);
    private static final int PER_SECOND = 200;
    private static final Duration START = Duration.ofMinutes(4);
    private static final String ACCEPTED = "energiemonitor_readings_accepted_total";
    private static final String DUPLICATES = "energiemonitor_readings_duplicates_total";
    private static final String MQTT = "source=\"mqtt\"";

    @Test
    void twoInstancesSplitTheLoadAndTogetherStoreEachReadingOnce() throws Exception {
        try (ScratchDatabase db = new ScratchDatabase("instances"); PrivateMosquitto broker = new PrivateMosquitto()) {
            Map<String, String> common = ServiceProcess.against(db, broker);
            common.put("energiemonitor.mqtt.client-id", "");
            common.put("energiemonitor.mqtt.shared-group", "energiemonitor");
            try (ServiceProcess a = new ServiceProcess("instance-a", common).start();
                 ServiceProcess b = new ServiceProcess("instance-b", common).start()) {
                a.awaitReady(START);
                b.awaitReady(START);
                String meter = FaultMeters.pvInverter(db, "two-instances-pv");
                long begin = System.nanoTime();
                try (SteadyPublisher device = new SteadyPublisher(broker.url(), FaultMeters.topic(meter), COUNT,
                        PER_SECOND).start()) {
                    device.awaitDone(COUNT * 10_000L / PER_SECOND);
                    await(Duration.ofMinutes(3), "all stored", () -> FaultMeters.stored(db, meter) >= COUNT);
                    double seconds = (System.nanoTime() - begin) / 1e9;

                    FaultMeters.assertExactlyTheSentSet(db, meter, COUNT, device.expectedSum());
                    double acceptedA = a.metric(ACCEPTED, MQTT);
                    double acceptedB = b.metric(ACCEPTED, MQTT);
                    assertThat(acceptedA).as("instance a took a share").isPositive();
                    assertThat(acceptedB).as("instance b took a share").isPositive();
                    assertThat(acceptedA + acceptedB).isCloseTo(COUNT, within(0.5));
                    assertThat(a.logText()).contains("MQTT session energiemonitor-").contains("-" + a.port() + " at ")
                            .doesNotContain("gave this MQTT session to another client");
                    assertThat(b.logText()).contains("-" + b.port() + " at ")
                            .doesNotContain("gave this MQTT session to another client");
                    System.out.printf("[reliability] two instances, shared subscription, %d/s: sent=%d stored=%d "
                                    + "instance-a=%.0f instance-b=%.0f duplicates=%.0f first-publish-to-all-stored=%.1fs%n",
                            PER_SECOND, COUNT, FaultMeters.stored(db, meter), acceptedA, acceptedB,
                            a.metric(DUPLICATES, MQTT) + b.metric(DUPLICATES, MQTT), seconds);
                }
            }
        }
    }
}
