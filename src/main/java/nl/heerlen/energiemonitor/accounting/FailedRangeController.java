package nl.heerlen.energiemonitor.accounting;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Ranges set aside after repeated recomputation failures, for admins (the security module guards
 * {@code /api/v1/admin/**}): the list with their errors, and a retry once the cause is fixed (data corrected, a rule
 * changed, a new release). A retried range that fails again is set aside again after {@code max-attempts}.
 */
@RestController
class FailedRangeController {
    private final FailedRanges failures;

    FailedRangeController(FailedRanges failures) {
        this.failures = failures;
    }

    record Retried(long retried) {
    }

    @GetMapping("/api/v1/admin/accounting/failed-ranges")
    Flux<FailedRanges.FailedRange> list() {
        return failures.list();
    }

    /** All set-aside ranges, or those of one meter (and channel). */
    @PostMapping("/api/v1/admin/accounting/failed-ranges/retry")
    Mono<Retried> retry(@RequestParam(required = false) String meter, @RequestParam(required = false) String channel) {
        return failures.retry(meter, channel).map(Retried::new);
    }
}
