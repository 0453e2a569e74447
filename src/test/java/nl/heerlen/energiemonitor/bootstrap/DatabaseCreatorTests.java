package nl.heerlen.energiemonitor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseCreatorTests {

    @Test
    void quotesDatabaseNamesAsIdentifiers() {
        assertThat(DatabaseCreator.quoteIdentifier("energiemonitor")).isEqualTo("\"energiemonitor\"");
        assertThat(DatabaseCreator.quoteIdentifier("a\"b; drop")).isEqualTo("\"a\"\"b; drop\"");
    }
}
