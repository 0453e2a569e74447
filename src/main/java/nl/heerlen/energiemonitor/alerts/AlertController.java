package nl.heerlen.energiemonitor.alerts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;

/** The active alerts as last evaluated, optionally of one type. */
@RestController
class AlertController {
    private final AlertStore store;

    AlertController(AlertStore store) {
        this.store = store;
    }

    @GetMapping("/api/v1/alerts")
    Flux<AlertStore.StoredAlert> active(@RequestParam(required = false) String type) {
        if (type != null) {
            try {
                AlertType.fromTag(type);
            } catch (IllegalArgumentException e) {
                return Flux.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage()));
            }
        }
        return store.active().filter(a -> type == null || type.equals(a.type()));
    }
}
