package nl.heerlen.energiemonitor.ingest;

import java.util.Objects;

/** A message or reading that was not stored, kept with the raw input so that the installer can see and fix it. */
record Rejection(String source, String topic, String installerId, String meterId, RejectionReason reason,
                 String detail, String raw) {
    Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }
}
