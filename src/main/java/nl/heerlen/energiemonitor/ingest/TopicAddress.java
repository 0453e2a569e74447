package nl.heerlen.energiemonitor.ingest;

import java.util.Optional;
import nl.heerlen.energiemonitor.registry.InstallerId;
import nl.heerlen.energiemonitor.registry.MeterId;

/** The installer and meter named by a topic of MQTT contract v1: {@code energie/v1/{installerId}/{meterId}}. */
record TopicAddress(InstallerId installer, MeterId meter) {
    static final String PREFIX = "energie/v1/";
    static final String FILTER = PREFIX + "+/+";

    static Optional<TopicAddress> parse(String topic) {
        if (topic == null || !topic.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = topic.substring(PREFIX.length()).split("/", -1);
        if (parts.length != 2 || !InstallerId.isValid(parts[0]) || !MeterId.isValid(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new TopicAddress(new InstallerId(parts[0]), new MeterId(parts[1])));
    }
}
