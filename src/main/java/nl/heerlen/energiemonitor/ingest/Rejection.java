package nl.heerlen.energiemonitor.ingest;

import java.util.Objects;

/** A message or reading that was not stored, kept with the raw input so that the installer can see and fix it. */
record Rejection(String source, String topic, String installerId, String meterId, RejectionReason reason,
                 String detail, String raw, java.util.UUID jobId, Long line) {
    Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    Rejection(String source, String topic, String installerId, String meterId, RejectionReason reason, String detail,
              String raw) {
        this(source, topic, installerId, meterId, reason, detail, raw, null, null);
    }
}
