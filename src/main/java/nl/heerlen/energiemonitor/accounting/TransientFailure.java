package nl.heerlen.energiemonitor.accounting;

import io.r2dbc.spi.R2dbcTransientException;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Failures that say nothing about the range being recomputed: no connection to be had, a deadlock or serialization
 * conflict the database resolved by aborting this transaction, a timeout. They must not count towards setting a range
 * aside: on a busy database they hit healthy ranges several times in a row, and a healthy range set aside would leave
 * its rollups stale until an operator noticed.
 */
final class TransientFailure {
    private TransientFailure() {
    }

    static boolean is(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof TransientDataAccessException || e instanceof RecoverableDataAccessException
                    || e instanceof DataAccessResourceFailureException || e instanceof R2dbcTransientException
                    || e instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
