package nl.heerlen.energiemonitor.readings;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.heerlen.energiemonitor.registry.Channel;
import reactor.core.publisher.Flux;

/**
 * COPY data in slices of rows, written as COPY asks for them: one buffer for a whole chunk was a humongous object for
 * G1, and allocating those back to back started a concurrent mark cycle for every chunk. Shared by both encodings.
 */
final class CopySlices {
    private static final int ROWS_PER_SLICE = 1_000;
    private static final byte[][] CHANNELS = new byte[Channel.values().length][];

    static {
        for (Channel c : Channel.values()) {
            CHANNELS[c.ordinal()] = c.wireName().getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** Writes one slice of rows; {@code first} and {@code last} for an encoding with a header and a trailer. */
    interface Writer {
        ByteBuf slice(List<Reading> rows, boolean first, boolean last);
    }

    private CopySlices() {
    }

    static Flux<ByteBuf> of(List<Reading> readings, Writer writer) {
        int slices = (readings.size() + ROWS_PER_SLICE - 1) / ROWS_PER_SLICE;
        return Flux.range(0, slices).map(i -> writer.slice(readings.subList(i * ROWS_PER_SLICE,
                Math.min(readings.size(), (i + 1) * ROWS_PER_SLICE)), i == 0, i == slices - 1));
    }

    /** The channel's wire name as ASCII bytes. */
    static byte[] channel(Channel channel) {
        return CHANNELS[channel.ordinal()];
    }
}
