package nl.heerlen.energiemonitor.privacy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Admins (the security rules guard /api/v1/admin/**): the household access log and the thinning on demand. */
@RestController
class PrivacyAdminController {
    private final AccessLog log;
    private final HouseholdThinning thinning;

    PrivacyAdminController(AccessLog log, HouseholdThinning thinning) {
        this.log = log;
        this.thinning = thinning;
    }

    @GetMapping("/api/v1/admin/privacy/access-log")
    Flux<AccessLog.Entry> accessLog(@RequestParam(required = false) String site,
                                    @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 10000");
        }
        return log.latest(site, limit);
    }

    @PostMapping("/api/v1/admin/privacy/thinning")
    Mono<HouseholdThinning.Result> thin() {
        return thinning.run();
    }
}
