package nl.heerlen.energiemonitor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Decisions without services: mode {@code never} and a port where nothing listens. */
class BootstrapEnvironmentPostProcessorTests {

    private final BootstrapEnvironmentPostProcessor processor = new BootstrapEnvironmentPostProcessor(Supplier::get);

    private MockEnvironment environment() {
        return new MockEnvironment()
                .withProperty("energiemonitor.bootstrap.embedded", "never")
                .withProperty("energiemonitor.bootstrap.probe-timeout", "100ms")
                .withProperty("spring.r2dbc.url", "r2dbc:postgresql://127.0.0.1:1/energiemonitor?maxSize=4")
                .withProperty("spring.r2dbc.username", "em")
                .withProperty("spring.r2dbc.password", "pw")
                .withProperty("energiemonitor.mqtt.url", "tcp://127.0.0.1:1");
    }

    @Test
    void derivesFlywaySettingsFromR2dbc() {
        MockEnvironment env = environment();
        processor.postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("spring.flyway.url"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:1/energiemonitor?ApplicationName=energiemonitor-flyway");
        assertThat(env.getProperty("spring.flyway.user")).isEqualTo("em");
        assertThat(env.getProperty("spring.flyway.password")).isEqualTo("pw");
        assertThat(env.getProperty("spring.r2dbc.url")).endsWith("127.0.0.1:1/energiemonitor?maxSize=4");
        assertThat(env.getProperty("energiemonitor.mqtt.url")).isEqualTo("tcp://127.0.0.1:1");
        assertThat(env.getProperty("logging.config")).isEqualTo("classpath:logback-spring.xml");
    }

    @Test
    void leavesAnExplicitFlywayUrlAlone() {
        MockEnvironment env = environment().withProperty("spring.flyway.url", "jdbc:postgresql://elsewhere/db");
        processor.postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("spring.flyway.url")).isEqualTo("jdbc:postgresql://elsewhere/db");
        assertThat(env.getProperty("spring.flyway.user")).isNull();
    }

    @Test
    void canBeSwitchedOff() {
        MockEnvironment env = environment().withProperty("energiemonitor.bootstrap.enabled", "false");
        processor.postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("spring.flyway.url")).isNull();
    }

    @Test
    void namesTheValidModesWhenGivenAnother() {
        MockEnvironment env = environment().withProperty("energiemonitor.bootstrap.embedded", "sometimes");

        assertThatIllegalArgumentException().isThrownBy(() -> processor.postProcessEnvironment(env, new SpringApplication()))
                .withMessageContaining("auto, always or never");
    }

    @Test
    void runsRightAfterConfigDataIsLoaded() {
        assertThat(processor.getOrder()).isGreaterThan(
                org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor.ORDER);
    }
}
