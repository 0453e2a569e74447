package nl.heerlen.energiemonitor.privacy;

import java.time.Duration;
import nl.heerlen.energiemonitor.shared.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Runs the household thinning periodically. */
@Component
class ThinningSchedule extends PeriodicTask<HouseholdThinning.Result> {
    private static final Logger log = LoggerFactory.getLogger(ThinningSchedule.class);
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    private final HouseholdThinning thinning;
    private final PrivacyProperties properties;

    ThinningSchedule(HouseholdThinning thinning, PrivacyProperties properties) {
        this.thinning = thinning;
        this.properties = properties;
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
        return properties.thinningInterval();
    }

    @Override
    protected Mono<HouseholdThinning.Result> runOnce() {
        return thinning.run().doOnNext(r -> log.info("Household data before {} thinned: {} readings, {} quarter hours, "
                + "{} measurements, {} conflicts, {} rejected payloads", r.cutoff(), r.readings(), r.quarterHours(),
                r.measurements(), r.conflicts(), r.rejections()));
    }

    @Override
    protected String description() {
        return "Thinning household data";
    }
}
