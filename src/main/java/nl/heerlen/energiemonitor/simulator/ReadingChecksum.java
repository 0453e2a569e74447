package nl.heerlen.energiemonitor.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * An order-independent checksum of which readings were sent, which the database can compute over
 * what it stored: per reading the first 60 bits of md5("{meter}|{channel}|{epoch second}"), summed
 * modulo 2^64. Identical sets give identical sums; a lost or extra reading changes it. See {@link #sql}.
 */
final class ReadingChecksum {

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    });

    private ReadingChecksum() {
    }

    static long of(String meterId, Channel channel, Instant ts) {
        byte[] digest = MD5.get().digest((meterId + "|" + channel.wireName() + "|" + ts.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
        long first64 = 0;
        for (int i = 0; i < 8; i++) {
            first64 = first64 << 8 | (digest[i] & 0xff);
        }
        // 15 hex digits = 60 bits, as substr(md5(...), 1, 15) in SQL.
        return first64 >>> 4;
    }

    /** The sum as the unsigned decimal the SQL below prints. */
    static String format(long sum) {
        return Long.toUnsignedString(sum);
    }

    /** SQL over the service's reading table giving count and checksum of the readings between two instants. */
    static String sql(Instant from, Instant to) {
        return "select count(*), sum(('x' || substr(md5(meter_id || '|' || channel || '|' "
                + "|| extract(epoch from ts)::bigint), 1, 15))::bit(60)::bigint) % 18446744073709551616 "
                + "from reading where ts >= '" + from + "' and ts <= '" + to + "'";
    }
}
