package nl.heerlen.energiemonitor.budget;

import java.util.List;

/** What an import stored, and each line it refused with the reason. */
public record ImportResult(int stored, List<LineError> errors) {
    public record LineError(int line, String reason) {
    }

    public ImportResult {
        errors = List.copyOf(errors);
    }
}
