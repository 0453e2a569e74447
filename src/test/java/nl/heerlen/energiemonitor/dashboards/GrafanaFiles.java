package nl.heerlen.energiemonitor.dashboards;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The versioned Grafana files of the repository, parsed: dashboards (JSON) and provisioning (YAML). */
final class GrafanaFiles {
    static final Path ROOT = Path.of("grafana");
    static final Path DASHBOARDS = ROOT.resolve("dashboards");
    static final Path PROVISIONING = ROOT.resolve("provisioning");
    static final String POSTGRES_UID = "energiemonitor-pg";
    static final String PROMETHEUS_UID = "energiemonitor-prometheus";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GrafanaFiles() {
    }

    /** A dashboard file with its parsed content. */
    record Dashboard(Path file, JsonNode json) {
        String title() {
            return json.path("title").asString();
        }

        /** All panels, including those nested in collapsed rows. */
        List<JsonNode> panels() {
            List<JsonNode> panels = new ArrayList<>();
            for (JsonNode panel : json.path("panels")) {
                panels.add(panel);
                panel.path("panels").forEach(panels::add);
            }
            return panels;
        }

        List<JsonNode> variables() {
            List<JsonNode> variables = new ArrayList<>();
            json.path("templating").path("list").forEach(variables::add);
            return variables;
        }
    }

    static List<Dashboard> dashboards() {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> new Dashboard(f, JSON.readTree(f.toFile()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every YAML file under a provisioning folder, parsed as maps. */
    static List<Map<String, Object>> provisioning(String folder) {
        try (Stream<Path> files = Files.list(PROVISIONING.resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted()
                    .map(GrafanaFiles::yaml).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
