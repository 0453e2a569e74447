package nl.heerlen.energiemonitor.report;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The HTML, PDF and CSV responses of a klimaatbegroting, for the draft, the latest published and older versions. */
final class ReportViews {
    private ReportViews() {
    }

    /** {@code base} is the path the JSON is at; the other formats are below it, with the same {@code query}. */
    static Mono<String> html(Mono<Klimaatbegroting> report, String base, String query) {
        return report.map(k -> HtmlReport.render(k, base, query));
    }

    static Mono<ResponseEntity<byte[]>> pdf(Mono<Klimaatbegroting> report, String base, String query, String name) {
        // Rendering is CPU and blocking I/O work: keep it off the event loop.
        return report.publishOn(Schedulers.boundedElastic())
                .map(k -> PdfReport.render(HtmlReport.render(k, base, query)))
                .map(pdf -> ResponseEntity.ok().header("Content-Disposition", "inline; filename=" + name + ".pdf")
                        .contentType(MediaType.APPLICATION_PDF).body(pdf));
    }

    static Mono<ResponseEntity<byte[]>> csv(Mono<Klimaatbegroting> report, String table) {
        if (!CsvReport.TABLES.contains(table)) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "table must be one of " + String.join(", ", new java.util.TreeSet<>(CsvReport.TABLES))));
        }
        return report.map(k -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(CsvReport.render(k, table).getBytes(StandardCharsets.UTF_8)));
    }
}
