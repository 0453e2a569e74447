package nl.heerlen.energiemonitor.readings;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * Readings as COPY text ({@code meter_id,channel,ts,value}, CSV). Only for batches with an instant finer than a
 * microsecond, which {@link CopyBinary} cannot carry: PostgreSQL then rounds them as it does any timestamp text.
 */
final class CopyText {
    private CopyText() {
    }

    static Flux<ByteBuf> csv(List<Reading> readings) {
        return CopySlices.of(readings, (rows, first, last) -> slice(rows));
    }

    private static ByteBuf slice(List<Reading> readings) {
        ByteBuf out = Unpooled.buffer(readings.size() * 72);
        for (Reading r : readings) {
            // Ids are restricted to [A-Za-z0-9._-] and channels to known names: nothing needs quoting.
            out.writeCharSequence(r.meterId().value(), StandardCharsets.US_ASCII);
            out.writeByte(',').writeBytes(CopySlices.channel(r.channel())).writeByte(',');
            timestamp(out, r.ts());
            out.writeByte(',');
            out.writeCharSequence(Double.toString(r.value()), StandardCharsets.US_ASCII);
            out.writeByte('\n');
        }
        return out;
    }

    /** ISO-8601 in UTC, with the nanoseconds when there are any. */
    static void timestamp(ByteBuf out, Instant ts) {
        out.writeCharSequence(DateTimeFormatter.ISO_INSTANT.format(ts), StandardCharsets.US_ASCII);
    }
}
