package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReadingChecksumTests {

    @Test
    void isTheFirstSixtyBitsOfTheMd5ThatPostgresComputesFromTheSameKey() {
        // select ('x' || substr(md5('m|pv_energy|1704067200'), 1, 15))::bit(60)::bigint  -> 300508340148560563
        assertThat(ReadingChecksum.of("m", Channel.PV_ENERGY, Instant.ofEpochSecond(1_704_067_200L)))
                .isEqualTo(300_508_340_148_560_563L);
    }

    @Test
    void sumsWrapAroundAsUnsignedSixtyFourBitNumbersLikeTheSqlModulo() {
        assertThat(ReadingChecksum.format(-1L)).isEqualTo("18446744073709551615");
        assertThat(ReadingChecksum.sql(Instant.parse("2023-12-31T23:00:00Z"), Instant.parse("2024-01-02T00:00:00Z")))
                .contains("% 18446744073709551616")
                .contains("ts >= '2023-12-31T23:00:00Z' and ts <= '2024-01-02T00:00:00Z'");
    }
}
