package nl.heerlen.energiemonitor.readings;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * Readings in COPY's binary format ({@code meter_id, channel, ts, value}): the value's 8 bytes and the instant as
 * microseconds, so neither side writes or parses decimal text (Double.toString was the largest part of writing the CSV
 * text, and parsing timestamps a large part of PostgreSQL's COPY). Only for readings on whole microseconds, which
 * binary carries exactly; PostgreSQL's own rounding of finer instants stays with the CSV text ({@link CopyText}).
 */
final class CopyBinary {
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, // flags: no OIDs
        0, 0, 0, 0}; // no header extension
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in Unix seconds. */
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;

    private CopyBinary() {
    }

    /** Whether every instant is on a whole microsecond (as every reading of a meter is in practice). */
    static boolean fits(List<Reading> readings) {
        for (Reading r : readings) {
            if (r.ts().getNano() % 1_000 != 0) {
                return false;
            }
        }
        return true;
    }

    /** The header, the rows in slices written as COPY asks for them ({@link CopySlices}), the trailer. */
    static Flux<ByteBuf> data(List<Reading> readings) {
        return CopySlices.of(readings, CopyBinary::slice);
    }

    private static ByteBuf slice(List<Reading> readings, boolean first, boolean last) {
        ByteBuf out = Unpooled.buffer(readings.size() * 64 + HEADER.length + 2);
        if (first) {
            out.writeBytes(HEADER);
        }
        for (Reading r : readings) {
            String meter = r.meterId().value();
            byte[] channel = CopySlices.channel(r.channel());
            out.writeShort(4);
            // Ids are restricted to [A-Za-z0-9._-]: one byte per character
            out.writeInt(meter.length());
            for (int i = 0; i < meter.length(); i++) {
                out.writeByte(meter.charAt(i));
            }
            out.writeInt(channel.length).writeBytes(channel);
            out.writeInt(8).writeLong(micros(r.ts()));
            out.writeInt(8).writeLong(Double.doubleToRawLongBits(r.value()));
        }
        if (last) {
            out.writeShort(-1);
        }
        return out;
    }

    /** Microseconds since PostgreSQL's epoch; the instant is on a whole microsecond ({@link #fits}). */
    static long micros(Instant ts) {
        return Math.addExact(Math.multiplyExact(ts.getEpochSecond() - POSTGRES_EPOCH_SECONDS, 1_000_000L),
                ts.getNano() / 1_000);
    }
}
