package nl.heerlen.energiemonitor.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.PropertySource;
import org.springframework.stereotype.Component;

/**
 * The demo fleet as installers' devices: publishes readings of the seeds' meters over the public
 * MQTT contract, live or as a backfill, on its own thread so no Reactor thread ever blocks.
 * A broker that is down at start is retried; the application starts regardless.
 */
@Component
@ConditionalOnProperty(prefix = "energiemonitor.simulator", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SimulatorProperties.class)
@PropertySource("classpath:nl/heerlen/energiemonitor/simulator/simulator-defaults.properties")
public class DeviceSimulator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeviceSimulator.class);

    private final SimulatorProperties properties;
    private final PublishedCounts counts = new PublishedCounts();
    private final CountDownLatch backfillDone = new CountDownLatch(1);
    private volatile ScheduledExecutorService thread;
    private volatile MqttPublisher publisher;
    private volatile boolean running;

    public DeviceSimulator(SimulatorProperties properties) {
        this.properties = properties;
    }

    /** Messages the broker has acknowledged since start. */
    public long publishedMessages() {
        return counts.messages();
    }

    /** Readings in those messages. */
    public long publishedReadings() {
        return counts.readings();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            publisher = new MqttPublisher(properties.mqttUrl(), properties.clientId(), counts);
        } catch (MqttException | IllegalArgumentException e) {
            log.error("Simulator not started: cannot use MQTT url {} ({})", properties.mqttUrl(), e.getMessage());
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread daemon = new Thread(task, "energiemonitor-simulator");
            daemon.setDaemon(true);
            return daemon;
        });
        running = true;
        thread.execute(this::run);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        thread.shutdownNow();
        publisher.close();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Simulator stopped after {} messages, {} readings", publishedMessages(), publishedReadings());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** For tests: waits for a backfill to finish (or fail); false on timeout. */
    boolean awaitBackfill(Duration timeout) throws InterruptedException {
        return backfillDone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            List<SimulatedMeter> fleet = SimulatedMeter.fleet(SeedFleet.load(properties.seedsDir()), properties.randomSeed());
            log.info("Simulator: {} meters from {}, {} mode, broker {}", fleet.size(),
                    properties.seedsDir().toAbsolutePath(), properties.mode(), properties.mqttUrl());
            publisher.connect();
            if (properties.mode() == SimulatorProperties.Mode.BACKFILL) {
                backfill(fleet);
            } else {
                LiveTicker ticker = new LiveTicker(fleet, publisher);
                thread.scheduleWithFixedDelay(() -> tick(ticker), 0, properties.tickInterval().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Simulator gave up: {}", e.getMessage(), e);
        } finally {
            if (properties.mode() == SimulatorProperties.Mode.BACKFILL) {
                backfillDone.countDown();
            }
        }
    }

    private void tick(LiveTicker ticker) {
        try {
            ticker.tick(Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Swallowed so one bad tick does not cancel the schedule.
            log.warn("Simulator tick failed: {}", e.getMessage(), e);
        }
    }

    private void backfill(List<SimulatedMeter> fleet) throws InterruptedException {
        LocalDate today = LocalDate.now(AmsterdamTime.ZONE);
        LocalDate first = properties.backfillFirstDay(today);
        LocalDate last = properties.backfillLastDay(today);
        log.info("Simulator backfill from {} to {} starting", first, last);
        long started = System.nanoTime();
        new Backfill(fleet, publisher).run(first, last, Instant.now());
        boolean complete = publisher.flush(Duration.ofMinutes(1));
        log.info("Simulator backfill from {} to {} done in {} s: {} messages, {} readings{}", first, last,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), publishedMessages(), publishedReadings(),
                complete ? "" : " (some still unacknowledged)");
        publisher.close();
        thread.shutdown();
    }
}
