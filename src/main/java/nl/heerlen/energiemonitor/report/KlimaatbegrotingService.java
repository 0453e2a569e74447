package nl.heerlen.energiemonitor.report;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The klimaatbegroting of a year: the draft (always computed from the current data), the published version (frozen),
 * and publishing. A draft of a published year lists what changed since.
 */
@Service
class KlimaatbegrotingService {
    private final ReportInputsLoader inputs;
    private final PublicationRows publications;
    private final JsonMapper json;

    KlimaatbegrotingService(ReportInputsLoader inputs, PublicationRows publications, JsonMapper json) {
        this.inputs = inputs;
        this.publications = publications;
        this.json = json;
    }

    Mono<Klimaatbegroting> draft(int year) {
        return compute(year).flatMap(draft -> publications.latest(year)
                .map(stored -> draft.withChanges(ChangeDetector.changes(json.readTree(stored.json()), json.valueToTree(draft))))
                .defaultIfEmpty(draft));
    }

    /** Empty when the year was never published. */
    Mono<Klimaatbegroting> published(int year) {
        return publications.latest(year).map(this::read);
    }

    /** Every published version of the year, oldest first. */
    Flux<PublicationRows.Listed> versions(int year) {
        return publications.list(year);
    }

    /** Empty when the year has no such published version. */
    Mono<Klimaatbegroting> version(int year, int version) {
        return publications.version(year, version).map(this::read);
    }

    Mono<Klimaatbegroting> publish(int year, String publishedBy) {
        return compute(year).flatMap(report -> publications.insert(year, json.writeValueAsString(report), publishedBy))
                .map(this::read);
    }

    private Mono<Klimaatbegroting> compute(int year) {
        return inputs.load(year).map(KlimaatbegrotingBuilder::build);
    }

    private Klimaatbegroting read(PublicationRows.Stored stored) {
        return json.readValue(stored.json(), Klimaatbegroting.class)
                .published(new Klimaatbegroting.Publication(stored.version(), stored.publishedAt()));
    }
}
