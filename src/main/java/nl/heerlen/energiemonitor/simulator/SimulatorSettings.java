package nl.heerlen.energiemonitor.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Binds {@link SimulatorProperties} from plain key/value pairs with Spring Boot's own binder (relaxed
 * names, durations like {@code 5m}, defaults), outside an application context: for the standalone
 * {@link SimulatorMain} and for tests. Keys may carry the {@code energiemonitor.simulator.} prefix or not.
 */
final class SimulatorSettings {

    static final String PREFIX = "energiemonitor.simulator";

    private SimulatorSettings() {
    }

    static SimulatorProperties bind(Map<String, String> settings) {
        Map<String, String> prefixed = new LinkedHashMap<>();
        settings.forEach((key, value) -> prefixed.put(key.startsWith(PREFIX + ".") ? key : PREFIX + "." + key, value));
        Binder binder = new Binder(new MapConfigurationPropertySource(prefixed));
        return binder.bindOrCreate(PREFIX, Bindable.of(SimulatorProperties.class));
    }

    /** {@code --key=value} arguments (with or without the prefix) as settings; other arguments are refused. */
    static Map<String, String> fromArguments(String... arguments) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (!argument.startsWith("--") || equals < 3) {
                throw new IllegalArgumentException("expected --name=value, got " + argument);
            }
            settings.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        return settings;
    }
}
