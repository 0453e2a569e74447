package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

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
        assertThat(ReadingChecksum.sql(LocalDate.of(2024, 1, 1)))
                .contains("% 18446744073709551616").contains("ts >= '2024-01-01'");
    }
}
