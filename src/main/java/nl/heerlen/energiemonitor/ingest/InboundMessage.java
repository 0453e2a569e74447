package nl.heerlen.energiemonitor.ingest;

import java.time.Instant;

/**
 * A message as it arrived, before anything was checked.
 *
 * @param acknowledge tells the sender the message is safely stored (or rejected and recorded); called once
 */
record InboundMessage(String source, String topic, byte[] payload, Instant receivedAt, long receivedNanos,
                      Runnable acknowledge) {
    static final String MQTT = "mqtt";
    static final String HTTP = "http";
}
