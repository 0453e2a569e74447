package nl.heerlen.energiemonitor.readings;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.heerlen.energiemonitor.registry.Channel;
import reactor.core.publisher.Flux;

/**
 * Readings as COPY text ({@code meter_id,channel,ts,value}, CSV), in slices written as COPY asks for them: one buffer
 * for a whole chunk was a humongous object for G1, and allocating those back to back started a concurrent mark cycle
 * for every chunk. Written as ASCII bytes directly: {@code DateTimeFormatter} and a {@code StringBuilder} per slice
 * were most of the time the service spent on a row after parsing it.
 */
final class CopyText {
    private static final int ROWS_PER_SLICE = 1_000;
    private static final byte[][] CHANNELS = new byte[Channel.values().length][];

    static {
        for (Channel c : Channel.values()) {
            CHANNELS[c.ordinal()] = c.wireName().getBytes(StandardCharsets.US_ASCII);
        }
    }

    private CopyText() {
    }

    static Flux<ByteBuf> csv(List<Reading> readings) {
        int slices = (readings.size() + ROWS_PER_SLICE - 1) / ROWS_PER_SLICE;
        return Flux.range(0, slices).map(i -> slice(readings.subList(i * ROWS_PER_SLICE,
                Math.min(readings.size(), (i + 1) * ROWS_PER_SLICE))));
    }

    private static ByteBuf slice(List<Reading> readings) {
        Bytes out = new Bytes(readings.size() * 72);
        for (Reading r : readings) {
            // Ids are restricted to [A-Za-z0-9._-] and channels to known names: nothing needs quoting.
            out.ascii(r.meterId().value()).put(',').put(CHANNELS[r.channel().ordinal()]).put(',');
            timestamp(out, r.ts());
            out.put(',').ascii(Double.toString(r.value())).put('\n');
        }
        return Unpooled.wrappedBuffer(out.bytes, 0, out.length);
    }

    /**
     * ISO-8601 in UTC ({@code 2026-05-04T10:00:00Z}, with the nanoseconds when there are any): the same instant
     * {@link DateTimeFormatter#ISO_INSTANT} writes, and PostgreSQL rounds a fraction to microseconds the same way
     * whichever exact decimal it is given.
     */
    static void timestamp(Bytes out, Instant ts) {
        long seconds = ts.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(day);
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            out.ascii(DateTimeFormatter.ISO_INSTANT.format(ts));
            return;
        }
        out.digits(date.getYear(), 4).put('-').digits(date.getMonthValue(), 2).put('-').digits(date.getDayOfMonth(), 2)
                .put('T').digits(secondOfDay / 3600, 2).put(':').digits(secondOfDay / 60 % 60, 2).put(':')
                .digits(secondOfDay % 60, 2);
        if (ts.getNano() != 0) {
            out.put('.').digits(ts.getNano(), 9);
        }
        out.put('Z');
    }

    /** A growing ASCII byte array; cheaper than text that is encoded afterwards. */
    static final class Bytes {
        private byte[] bytes;
        private int length;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        Bytes put(char c) {
            ensure(1);
            bytes[length++] = (byte) c;
            return this;
        }

        Bytes put(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, bytes, length, b.length);
            length += b.length;
            return this;
        }

        /** Text of ASCII characters only. */
        Bytes ascii(String s) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                bytes[length++] = (byte) s.charAt(i);
            }
            return this;
        }

        /** {@code value} (not negative) in exactly {@code count} decimal digits, zero-padded. */
        Bytes digits(int value, int count) {
            ensure(count);
            for (int i = length + count - 1; i >= length; i--) {
                bytes[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            length += count;
            return this;
        }

        String text() {
            return new String(bytes, 0, length, StandardCharsets.US_ASCII);
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
