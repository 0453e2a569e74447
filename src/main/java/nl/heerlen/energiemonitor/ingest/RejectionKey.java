package nl.heerlen.energiemonitor.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Identifies a rejection across deliveries of the same input, so that a message the broker redelivers after a
 * reconnect (or a device sends again) is stored and counted once. The key covers where the input came from, the hash
 * of the whole payload, the position of the refused reading in it and the reason; the first 128 bits of a SHA-256
 * make it a UUID, which the database indexes compactly.
 */
final class RejectionKey {
    private final String source;
    private final String where;
    private final byte[] payload;
    private byte[] payloadHash;

    private RejectionKey(String source, String where, byte[] payload) {
        this.source = source;
        this.where = where;
        this.payload = payload;
    }

    /** Keys of the rejections of one message; the payload is hashed once, when the first key is asked for. */
    static RejectionKey forMessage(InboundMessage message) {
        return new RejectionKey(message.source(), "topic:" + message.topic(), message.payload());
    }

    /** The key of a refused line of an upload job (a retried upload of the same job records each line once). */
    static UUID forLine(String source, UUID jobId, long line, String raw, RejectionReason reason) {
        return new RejectionKey(source, "job:" + jobId + ":" + line, raw == null ? new byte[0]
                : raw.getBytes(StandardCharsets.UTF_8)).of(0, reason);
    }

    /** {@code item}: position of the refused reading in the message (0 for the whole message). */
    UUID of(int item, RejectionReason reason) {
        if (payloadHash == null) {
            payloadHash = sha256().digest(payload);
        }
        MessageDigest digest = sha256();
        text(digest, source);
        text(digest, where);
        text(digest, reason.tag());
        digest.update(ByteBuffer.allocate(4).putInt(item).array());
        digest.update(payloadHash);
        ByteBuffer hash = ByteBuffer.wrap(digest.digest());
        return new UUID(hash.getLong(), hash.getLong());
    }

    /** Length-prefixed, so that no two different field lists hash the same bytes. */
    private static void text(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
