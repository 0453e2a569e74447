package nl.heerlen.energiemonitor.readings;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterId;
import org.junit.jupiter.api.Test;

/** The two encodings of COPY data carry exactly the readings' instants and values. */
class CopyDataTests {
    @Test
    void textTimestampsAreTheSameInstants() {
        for (String iso : List.of("2000-01-01T00:00:00Z", "2024-02-29T23:59:59.999999999Z", "2026-05-04T10:00:00.0000015Z",
                "2026-10-25T01:30:00.5Z", "1999-12-31T23:59:59.123Z")) {
            Instant ts = Instant.parse(iso);
            ByteBuf out = Unpooled.buffer(4);
            CopyText.timestamp(out, ts);
            assertThat(Instant.parse(out.toString(StandardCharsets.US_ASCII))).as(iso).isEqualTo(ts);
        }
    }

    @Test
    void aTextLineHoldsTheValueThatParsesBackExactly() {
        double value = 123456.78901234567;
        Reading r = new Reading(new MeterId("pv-1"), Channel.PV_ENERGY, Instant.parse("2026-05-04T10:00:00Z"), value);
        ByteBuf buf = CopyText.csv(List.of(r)).blockFirst();
        String line = buf.toString(StandardCharsets.US_ASCII);
        assertThat(line).startsWith("pv-1,pv_energy,2026-05-04T10:00:00Z,").endsWith("\n");
        assertThat(Double.parseDouble(line.substring(line.lastIndexOf(',') + 1).strip())).isEqualTo(value);
    }

    @Test
    void binaryInstantsAreMicrosecondsSincePostgresEpoch() {
        assertThat(CopyBinary.micros(Instant.parse("2000-01-01T00:00:00Z"))).isZero();
        assertThat(CopyBinary.micros(Instant.parse("1999-12-31T23:59:59.999999Z"))).isEqualTo(-1);
        assertThat(CopyBinary.micros(Instant.parse("2026-05-04T10:00:00.000001Z"))).isEqualTo(831_204_000_000_001L);
    }

    @Test
    void binaryOnlyForWholeMicroseconds() {
        Reading whole = reading(Instant.parse("2026-05-04T10:00:00.123456Z"));
        Reading finer = reading(Instant.parse("2026-05-04T10:00:00.1234567Z"));
        assertThat(CopyBinary.fits(List.of(whole))).isTrue();
        assertThat(CopyBinary.fits(List.of(whole, finer))).isFalse();
    }

    @Test
    void binaryDataHasHeaderRowsAndTrailer() {
        List<Reading> readings = java.util.stream.IntStream.range(0, 2_500)
                .mapToObj(i -> reading(Instant.parse("2026-05-04T10:00:00Z").plusSeconds(i))).toList();
        List<ByteBuf> slices = CopyBinary.data(readings).collectList().block();
        assertThat(slices).hasSize(3);
        ByteBuf first = slices.get(0);
        assertThat(first.toString(0, 6, StandardCharsets.US_ASCII)).isEqualTo("PGCOPY");
        assertThat(first.getShort(19)).isEqualTo((short) 4); // the first row's field count after the 19-byte header
        ByteBuf last = slices.get(2);
        assertThat(last.getShort(last.writerIndex() - 2)).isEqualTo((short) -1);
    }

    private static Reading reading(Instant ts) {
        return new Reading(new MeterId("m-1"), Channel.VOLUME, ts, 1.5);
    }
}
