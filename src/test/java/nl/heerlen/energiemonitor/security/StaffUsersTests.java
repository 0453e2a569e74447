package nl.heerlen.energiemonitor.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffUsersTests {
    @Test
    void productionRefusesTheLocalDefaultPasswords() {
        var local = new SecurityProperties(List.of(new SecurityProperties.StaffUser("admin", "{noop}admin-local", "admin")),
                Duration.ofSeconds(30), "roles", true);
        assertThatThrownBy(() -> StaffUsers.from(local)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start");
    }

    @Test
    void productionAcceptsEncodedPasswords() {
        var encoded = new SecurityProperties(List.of(new SecurityProperties.StaffUser("admin",
                "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoO5S6bC8Q8CN1qkYqv0K2rQ2L6y4Vx2yW", "admin")),
                Duration.ofSeconds(30), "roles", true);
        assertThatCode(() -> StaffUsers.from(encoded)).doesNotThrowAnyException();
    }

    @Test
    void installersCannotBeStaffUsers() {
        assertThatThrownBy(() -> new SecurityProperties.StaffUser("x", "{noop}y", "installer"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
