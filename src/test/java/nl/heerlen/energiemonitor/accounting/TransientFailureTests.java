package nl.heerlen.energiemonitor.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcRollbackException;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.r2dbc.BadSqlGrammarException;

class TransientFailureTests {

    static Stream<Arguments> failures() {
        return Stream.of(
                // what Spring's DatabaseClient makes of a deadlock (40P01) or serialization failure (40001)
                Arguments.of(new CannotAcquireLockException("deadlock detected", new R2dbcRollbackException("deadlock", "40P01")), true),
                Arguments.of(new DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
                        new R2dbcTimeoutException("Connection acquisition timed out")), true),
                Arguments.of(new QueryTimeoutException("canceling statement due to statement timeout"), true),
                Arguments.of(new IllegalStateException("wrapped", new TimeoutException("no answer")), true),
                Arguments.of(new R2dbcRollbackException("could not serialize access", "40001"), true),
                // what the range itself causes: it fails again however often it is tried
                Arguments.of(new DataIntegrityViolationException("value out of range: overflow",
                        new R2dbcDataIntegrityViolationException("overflow", "22003")), false),
                Arguments.of(new BadSqlGrammarException("recompute", "select", new R2dbcBadGrammarException("syntax")), false),
                Arguments.of(new IllegalArgumentException("energy must be finite, was Infinity"), false),
                Arguments.of(new ArithmeticException("overflow"), false));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void onlyFailuresThatSayNothingAboutTheRangeArePassing(Throwable failure, boolean passing) {
        assertThat(TransientFailure.is(failure)).isEqualTo(passing);
    }
}
