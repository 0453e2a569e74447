package nl.heerlen.energiemonitor.budget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The yearly PALET targets of the area. A PUT replaces all of them at once (imported targets replace the straight
 * path where present); a list with any bad entry is refused as a whole, naming every problem.
 */
@RestController
class PaletTargetController {
    private static final String PATH = "/api/v1/admin/budget/palet/targets";
    private final PaletRows palet;
    private final BudgetProperties properties;

    PaletTargetController(PaletRows palet, BudgetProperties properties) {
        this.palet = palet;
        this.properties = properties;
    }

    /** One yearly target as sent: the remaining task in TJ, with its source and status. */
    record TargetInput(Integer year, Double remainingTj, String source, String status) {
    }

    @GetMapping(PATH)
    Flux<PaletTarget> targets() {
        return palet.targets(properties.area());
    }

    @PutMapping(PATH)
    Flux<PaletTarget> replace(@RequestBody List<TargetInput> body) {
        return palet.baseline(properties.area())
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.CONFLICT,
                        "no PALET baseline is stored for " + properties.area() + ": targets need a base and a target year")))
                .map(b -> validated(b, body == null ? List.of() : body))
                .flatMapMany(targets -> palet.replaceTargets(properties.area(), targets));
    }

    static List<PaletTarget> validated(PaletBaseline baseline, List<TargetInput> body) {
        List<String> problems = new ArrayList<>();
        List<PaletTarget> targets = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < body.size(); i++) {
            TargetInput t = body.get(i);
            String at = "target " + (i + 1) + ": ";
            if (t == null || t.year() == null || t.remainingTj() == null || t.status() == null) {
                problems.add(at + "year, remainingTj, source and status are required");
                continue;
            }
            if (t.year() <= baseline.baseYear() || t.year() >= baseline.targetYear()) {
                problems.add(at + "year " + t.year() + " is not between the base year " + baseline.baseYear()
                        + " and the target year " + baseline.targetYear());
            } else if (!years.add(t.year())) {
                problems.add(at + "year " + t.year() + " occurs twice");
            }
            try {
                targets.add(new PaletTarget(baseline.area(), t.year(), t.remainingTj(), t.source(), DataStatus.parse(t.status())));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(at + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", problems));
        }
        return targets;
    }
}
