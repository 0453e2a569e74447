package nl.heerlen.energiemonitor.ingest;

import static nl.heerlen.energiemonitor.support.IntegrationTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import nl.heerlen.energiemonitor.support.PrivateMosquitto;
import nl.heerlen.energiemonitor.support.ScratchDatabase;
import nl.heerlen.energiemonitor.support.ServiceProcess;
import nl.heerlen.energiemonitor.support.SteadyPublisher;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL of the service process while a device publishes at a steady rate, twice (early, and again once it has caught up); each time it is started again on
 * the same port, so it derives the same client id and resumes its persistent session, and the broker hands over what
 * queued meanwhile and what was in flight unacknowledged. Every reading sent is stored exactly once. One instance, so
 * a plain subscription (see the shared-subscription caveat in docs/reliability.md; {@code -Dkill.shared-group=g}
 * runs the same with one). Not part of the suite (a few minutes): {@code .ci/faults} runs it.
 */
class ServiceKillIT {
    private static final int COUNT = Integer.getInteger("kill.readings", 18_000);
    private static final int PER_SECOND = 100;
    private static final Duration START = Duration.ofMinutes(4);

    @Test
    void killingTheServiceWhilePublishingLosesNothingAndStoresEachReadingOnce() throws Exception {
        try (ScratchDatabase db = new ScratchDatabase("kill"); PrivateMosquitto broker = new PrivateMosquitto()) {
            Map<String, String> properties = ServiceProcess.against(db, broker);
            properties.put("energiemonitor.mqtt.client-id", "");
            properties.put("energiemonitor.mqtt.shared-group", System.getProperty("kill.shared-group", ""));
            try (ServiceProcess service = new ServiceProcess("killed", properties).start()) {
                service.awaitReady(START);
                String meter = FaultMeters.pvInverter(db, "killed-pv");
                try (SteadyPublisher device = new SteadyPublisher(broker.url(), FaultMeters.topic(meter), COUNT,
                        PER_SECOND).start()) {
                    StringBuilder figures = new StringBuilder();
                    // first kill early; the second once the restarted service has caught up and stores live again
                    await(Duration.ofMinutes(3), "some published", () -> device.acknowledged() >= COUNT / 6);
                    for (int kill = 1; kill <= 2; kill++) {
                        long storedAtKill = FaultMeters.stored(db, meter);
                        int publishedAtKill = device.acknowledged();
                        service.kill();
                        long killed = System.nanoTime();
                        assertThat(service.alive()).isFalse();
                        service.start().awaitReady(START);
                        double ready = (System.nanoTime() - killed) / 1e9;
                        int publishedAtReady = device.acknowledged();
                        awaitStored(db, meter, publishedAtReady);
                        figures.append(String.format(Locale.ROOT, " kill%d: published=%d stored=%d kill-to-ready=%.1fs "
                                        + "kill-to-caught-up=%.1fs (%d readings queued at the broker meanwhile);", kill,
                                publishedAtKill, storedAtKill, ready, (System.nanoTime() - killed) / 1e9,
                                publishedAtReady - storedAtKill));
                    }
                    device.awaitDone(COUNT * 10_000L / PER_SECOND);
                    long done = System.nanoTime();
                    awaitStored(db, meter, COUNT);

                    FaultMeters.assertExactlyTheSentSet(db, meter, COUNT, device.expectedSum());
                    assertThat(service.logText()).contains("resumed (queued messages follow)");
                    System.out.printf("[reliability] SIGKILL while publishing %d/s (subscription %s): sent=%d stored=%d "
                                    + "publisher-retries=%d last-publish-to-all-stored=%.1fs;%s%n",
                            PER_SECOND, properties.get("energiemonitor.mqtt.shared-group").isBlank() ? "plain" : "shared",
                            COUNT, FaultMeters.stored(db, meter), device.retries(), (System.nanoTime() - done) / 1e9,
                            figures);
                }
            }
        }
    }

    private static void awaitStored(ScratchDatabase db, String meter, long count) {
        try {
            await(Duration.ofMinutes(3), "stored " + count, () -> FaultMeters.stored(db, meter) >= count);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ", but only " + FaultMeters.stored(db, meter) + " arrived", e);
        }
    }
}
