package nl.heerlen.energiemonitor.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.heerlen.energiemonitor.shared.AmsterdamCalendar;
import nl.heerlen.energiemonitor.shared.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Removes entries of the household access log older than its retention, once a day. */
@Component
class AccessLogCleanup extends PeriodicTask<Long> {
    private static final Logger log = LoggerFactory.getLogger(AccessLogCleanup.class);
    private static final Duration FIRST_DELAY = Duration.ofMinutes(2);
    private static final Duration INTERVAL = Duration.ofDays(1);

    private final AccessLog accessLog;
    private final PrivacyProperties properties;
    private final Clock clock;

    AccessLogCleanup(AccessLog accessLog, PrivacyProperties properties, Optional<Clock> clock) {
        this.accessLog = accessLog;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The start of the Amsterdam day the access-log retention reaches back to. */
    Instant cutoff() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), AmsterdamCalendar.ZONE);
        return AmsterdamCalendar.startOf(today.minus(properties.accessLogRetention()));
    }

    @Override
    protected boolean enabled() {
        return properties.thinningEnabled();
    }

    @Override
    protected Duration firstDelay() {
        return FIRST_DELAY;
    }

    @Override
    protected Duration interval() {
        return INTERVAL;
    }

    @Override
    protected Mono<Long> runOnce() {
        Instant cutoff = cutoff();
        return accessLog.removeBefore(cutoff).doOnNext(n -> {
            if (n > 0) {
                log.info("Removed {} entries of the household access log from before {}", n, AmsterdamCalendar.local(cutoff));
            }
        });
    }

    @Override
    protected String description() {
        return "Removing old household access-log entries";
    }
}
