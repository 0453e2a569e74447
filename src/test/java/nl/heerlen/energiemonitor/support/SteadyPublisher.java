package nl.heerlen.energiemonitor.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/**
 * A device publishing one cumulative PV reading per message at a steady rate with QoS 1, at least once: a publish that
 * is not acknowledged (broker down) is repeated until it is. Reading i has timestamp base + i minutes and value i / 10
 * kWh, so the stored count and sum are known: {@link #expectedSum()}.
 */
public final class SteadyPublisher implements AutoCloseable {
    private static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");

    private final MqttAsyncClient client;
    private final String topic;
    private final int count;
    private final int perSecond;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final Thread thread;
    private volatile Throwable failure;

    public SteadyPublisher(String url, String topic, int count, int perSecond) throws MqttException {
        this.topic = topic;
        this.count = count;
        this.perSecond = perSecond;
        this.client = new MqttAsyncClient(url, "steady-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setAutomaticReconnect(true);
        options.setAutomaticReconnectDelay(1, 2);
        client.connect(options).waitForCompletion(10_000);
        this.thread = new Thread(this::run, "steady-publisher");
    }

    public SteadyPublisher start() {
        thread.start();
        return this;
    }

    public static String payload(int i) {
        String ts = BASE.plus(i, ChronoUnit.MINUTES).toString();
        return String.format(Locale.ROOT, "{\"readings\":[{\"ts\":\"%s\",\"channel\":\"pv_energy\",\"value\":%s,\"unit\":\"kWh\"}]}",
                ts, Double.toString(i / 10.0));
    }

    /** Sum of the values of all readings 0..count-1 in kWh. */
    public double expectedSum() {
        return (double) count * (count - 1) / 2 / 10.0;
    }

    public int acknowledged() {
        return acknowledged.get();
    }

    public int retries() {
        return retries.get();
    }

    public void awaitDone(long millis) throws InterruptedException {
        thread.join(millis);
        if (failure != null) {
            throw new AssertionError("Publisher failed", failure);
        }
        if (thread.isAlive()) {
            throw new AssertionError("Publisher not done after " + millis + " ms: " + acknowledged + "/" + count);
        }
    }

    private void run() {
        long start = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                long due = start + (long) i * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                publishUntilAcknowledged(payload(i).getBytes(StandardCharsets.UTF_8));
                acknowledged.incrementAndGet();
            }
        } catch (Throwable e) {
            failure = e;
        }
    }

    private void publishUntilAcknowledged(byte[] payload) throws InterruptedException {
        while (true) {
            try {
                MqttMessage message = new MqttMessage(payload);
                message.setQos(1);
                client.publish(topic, message).waitForCompletion(5_000);
                return;
            } catch (MqttException e) {
                retries.incrementAndGet();
                Thread.sleep(100);
            }
        }
    }

    @Override
    public void close() throws MqttException {
        thread.interrupt();
        if (client.isConnected()) {
            client.disconnect().waitForCompletion(5_000);
        }
        client.close();
    }
}
