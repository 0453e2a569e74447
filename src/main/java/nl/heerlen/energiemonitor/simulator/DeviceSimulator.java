package nl.heerlen.energiemonitor.simulator;

import java.io.IOException;
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
 * The fleet as installers' devices: publishes readings of the seeds' meters over the public MQTT
 * contract, live, as a backfill or as benchmark load, on its own thread so no Reactor thread ever
 * blocks. A broker that is down at start is retried; the application starts regardless.
 */
@Component
@ConditionalOnProperty(prefix = "energiemonitor.simulator", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SimulatorProperties.class)
@PropertySource("classpath:nl/heerlen/energiemonitor/simulator/simulator-defaults.properties")
public class DeviceSimulator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeviceSimulator.class);

    private final SimulatorProperties properties;
    private final PublishedCounts counts = new PublishedCounts();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile ScheduledExecutorService thread;
    private volatile MqttPublisher publisher;
    private volatile LoadReport loadReport;
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
            publisher = new MqttPublisher(properties.mqttUrl(), properties.clientId(), properties.mqttUsername(),
                    properties.mqttPassword(), counts);
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

    /** Waits for a backfill or load run to finish (or fail); false on timeout. Live mode never finishes. */
    boolean awaitCompletion(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The figures of a finished load run, or null. */
    LoadReport loadReport() {
        return loadReport;
    }

    private void run() {
        try {
            List<MeterSeed> seeds = SeedFleet.load(properties.seedsDir());
            log.info("Simulator: {} meters from {}, {} mode, broker {}, field behaviour {}", seeds.size(),
                    properties.seedsDir().toAbsolutePath(), properties.mode(), properties.mqttUrl(),
                    properties.field().enabled() ? "on" : "off");
            FleetPhysics physics = new FleetPhysics(properties.randomSeed());
            switch (properties.mode()) {
                case LIVE -> live(FieldDevice.fleet(seeds, physics, properties.field()));
                case BACKFILL -> backfill(FieldDevice.fleet(seeds, physics, properties.field()));
                case LOAD -> load(SimulatedMeter.fleet(seeds, physics));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            log.error("Simulator gave up: {}", e.getMessage(), e);
        } finally {
            if (properties.mode() != SimulatorProperties.Mode.LIVE) {
                finished.countDown();
            }
        }
    }

    private void live(List<FieldDevice> devices) throws InterruptedException {
        prepare(devices, Instant.now());
        publisher.connect();
        LiveTicker ticker = new LiveTicker(devices, publisher, sender());
        thread.scheduleWithFixedDelay(() -> tick(ticker), 0, properties.tickInterval().toMillis(), TimeUnit.MILLISECONDS);
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

    private void backfill(List<FieldDevice> devices) throws InterruptedException {
        publisher.connect();
        LocalDate today = LocalDate.now(AmsterdamTime.ZONE);
        LocalDate first = properties.backfillFirstDay(today);
        LocalDate last = properties.backfillLastDay(today);
        prepare(devices, AmsterdamTime.startOf(first));
        log.info("Simulator backfill from {} to {} starting", first, last);
        long started = System.nanoTime();
        new Backfill(devices, publisher, sender()).run(first, last, Instant.now());
        boolean complete = publisher.flush(Duration.ofMinutes(1));
        log.info("Simulator backfill from {} to {} done in {} s: {} messages, {} readings{}", first, last,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), publishedMessages(), publishedReadings(),
                complete ? "" : " (some still unacknowledged)");
        publisher.close();
        thread.shutdown();
    }

    private void load(List<SimulatedMeter> meters) throws InterruptedException, IOException {
        try (LoadCsv csv = LoadCsv.open(properties.load().csvFile())) {
            LoadRun run = new LoadRun(meters, publisher, properties.load(), counts, csv);
            run.prepare();
            publisher.connect();
            log.info("Simulator load: {} messages/s of {} readings for {} (partition {} of {})",
                    properties.load().messagesPerSecond(), properties.load().readingsPerMessage(),
                    properties.load().duration(), properties.load().partition(), properties.load().partitions());
            loadReport = run.run();
        }
        log.info("Simulator load done:\n  {}", String.join("\n  ", loadReport.lines()));
        if (properties.load().reportFile() != null) {
            loadReport.write(properties.load().reportFile());
        }
        publisher.close();
        thread.shutdown();
    }

    /** Integrates every register up to the moment, which takes a while for a fleet of years and thousands. */
    private static void prepare(List<FieldDevice> devices, Instant moment) {
        long started = System.nanoTime();
        devices.forEach(device -> device.model().readingsAt(moment));
        log.info("Simulator: registers of {} meters integrated up to {} in {} s", devices.size(), moment,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private Sender sender() {
        return new Sender(publisher, ExchangeNotifier.of(properties.exchanges()));
    }
}
