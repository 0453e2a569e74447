package nl.heerlen.energiemonitor.readings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import nl.heerlen.energiemonitor.registry.Channel;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/** Both ways in (multi-row insert and COPY) keep the first value of a key and record every other value as a conflict. */
@IntegrationTest
class ReadingStoreIntegrationTests extends IntegrationTestSupport {
    private static final Instant TS = Instant.parse("2026-05-04T10:00:00Z");

    @Autowired
    ReadingStore store;
    @Autowired
    ReadingCopy copy;

    @Test
    void theSameKeyTwiceInOneBatchWithAnotherValueIsAConflictNotASilentDuplicate() {
        conflictWithinOneBatch(store::store);
    }

    @Test
    void theCopyPathRecordsTheSameConflict() {
        conflictWithinOneBatch(copy::store);
    }

    @Test
    void aConflictWithAStoredValueIsRecordedOncePerDelivery() {
        String meter = TestMeters.heatMeter();
        store.store(List.of(reading(meter, 10.0))).block();
        StoreOutcome outcome = store.store(List.of(reading(meter, 11.0), reading(meter, 10.0))).block();

        assertThat(outcome).isEqualTo(new StoreOutcome(0, 2, 1));
        assertThat(TestSql.count("select count(*) from reading_conflict where meter_id = ? and rejected_value = 11", meter))
                .isEqualTo(1);
    }

    private void conflictWithinOneBatch(Function<List<Reading>, Mono<StoreOutcome>> way) {
        String meter = TestMeters.heatMeter();
        StoreOutcome outcome = way.apply(List.of(reading(meter, 10.0), reading(meter, 12.5), reading(meter, 10.0))).block();

        assertThat(outcome.inserted()).isEqualTo(1);
        assertThat(outcome.duplicates()).isEqualTo(2);
        assertThat(outcome.conflicts()).isEqualTo(1);
        double stored = (Double) TestSql.single("select value from reading where meter_id = ?", meter);
        assertThat(TestSql.count("select count(*) from reading_conflict where meter_id = ? and stored_value = ?", meter, stored))
                .isEqualTo(1);
        double rejected = (Double) TestSql.single("select rejected_value from reading_conflict where meter_id = ?", meter);
        assertThat(List.of(stored, rejected)).containsExactlyInAnyOrder(10.0, 12.5);
    }

    private static Reading reading(String meter, double value) {
        return new Reading(new MeterId(meter), Channel.HEAT_ENERGY, TS, value);
    }
}
