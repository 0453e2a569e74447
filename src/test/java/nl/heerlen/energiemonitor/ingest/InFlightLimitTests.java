package nl.heerlen.energiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InFlightLimitTests {

    @Test
    void letsInUpToTheMessageLimitThenWaitsUntilOneIsReleased() throws Exception {
        InFlightLimit limit = new InFlightLimit(2, 1_000);
        assertThat(limit.acquire(10, () -> true)).isTrue();
        assertThat(limit.acquire(10, () -> true)).isTrue();
        assertThat(limit.acquire(10, () -> false)).as("full, and told to stop waiting").isFalse();

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> acquire(limit, 10));
        assertThat(waiting).isNotDone();
        limit.release(10);

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(limit.messages()).isEqualTo(2);
        assertThat(limit.bytes()).isEqualTo(20);
    }

    @Test
    void boundsTheBytesHeld() throws Exception {
        InFlightLimit limit = new InFlightLimit(100, 1_000);
        assertThat(limit.acquire(600, () -> true)).isTrue();
        assertThat(limit.acquire(401, () -> false)).isFalse();
        assertThat(limit.acquire(400, () -> false)).isTrue();
        assertThat(limit.bytes()).isEqualTo(1_000);
    }

    @Test
    void aMessageLargerThanTheBudgetIsLetInAlone() throws Exception {
        InFlightLimit limit = new InFlightLimit(100, 1_000);
        assertThat(limit.acquire(10_000_000, () -> false)).isTrue();
        assertThat(limit.acquire(1, () -> false)).as("nothing beside it").isFalse();
        limit.release(10_000_000);
        assertThat(limit.acquire(1, () -> false)).isTrue();
    }

    @Test
    void refusesLimitsBelowOne() {
        assertThatThrownBy(() -> new InFlightLimit(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InFlightLimit(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean acquire(InFlightLimit limit, long size) {
        try {
            return limit.acquire(size, () -> true);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
