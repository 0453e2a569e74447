package nl.heerlen.energiemonitor.budget;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binding of values that may be null (R2DBC needs the type of a null). */
final class Binds {
    private Binds() {
    }

    static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
