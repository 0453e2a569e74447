package nl.heerlen.energiemonitor.ingest;

import java.util.Objects;
import java.util.UUID;

/**
 * A message or reading that was not stored, kept with the raw input so that the installer can see and fix it.
 *
 * @param key the same for every delivery of the same input ({@link RejectionKey}); null when the input itself is not
 *     at hand (a body refused for its size before it was read), so each such rejection is recorded on its own
 */
record Rejection(String source, String topic, String installerId, String meterId, RejectionReason reason,
                 String detail, String raw, UUID jobId, Long line, UUID key) {
    Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }
}
