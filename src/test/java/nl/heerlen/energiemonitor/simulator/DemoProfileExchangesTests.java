package nl.heerlen.energiemonitor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The demo registers its simulated exchanges without a manual step: with the local admin login that exists. */
class DemoProfileExchangesTests {

    @Test
    void theDemoProfileSignsInWithTheLocalDefaultAdminLogin() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        load(environment, "application-demo.yml");
        load(environment, "application.yml");

        SimulatorProperties simulator = Binder.get(environment)
                .bind("energiemonitor.simulator", SimulatorProperties.class).get();
        String user = environment.getProperty("energiemonitor.security.users[0].name");
        String password = environment.getProperty("energiemonitor.security.users[0].password");

        assertThat(environment.getProperty("energiemonitor.security.users[0].role")).isEqualTo("admin");
        assertThat(password).startsWith("{noop}");
        String login = user + ":" + password.substring("{noop}".length());
        assertThat(simulator.exchanges().posts()).isTrue();
        assertThat(simulator.exchanges().authorization())
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
    }

    private static void load(StandardEnvironment environment, String file) throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
        sources.forEach(environment.getPropertySources()::addLast);
    }
}
