package nl.heerlen.energiemonitor.brokeracl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker/mosquitto/make-passwords.sh: hashes only, private files, ids that cannot widen the ACL pattern. */
class MakePasswordsScriptTests {

    @TempDir
    Path dir;

    @BeforeEach
    void requireMosquittoPasswd() {
        assumeTrue(PrivateMosquitto.installed(), "mosquitto_passwd is not installed");
    }

    @Test
    void hashesEveryPasswordAndGeneratesTheMissingOnesIntoAPrivateFile() throws Exception {
        Path passwords = PrivateMosquitto.makePasswords(dir, Map.of("MQTT_SERVICE_PASSWORD", "service-secret",
                "MQTT_INSTALLERS", "a,b-2", "MQTT_PASSWORD_B_2", "b-secret",
                "MQTT_INSTALLERS_CSV", "seeds/installers.csv"));

        List<String> lines = Files.readAllLines(passwords);
        assertThat(lines).extracting(line -> line.split(":")[0])
                .containsExactly("energiemonitor", "a", "b-2", "zonnewerk", "centrumsolar", "mijnwater");
        assertThat(lines).allSatisfy(line -> assertThat(line.split(":", 2)[1]).startsWith("$7$"));
        assertThat(String.join("\n", lines)).doesNotContain("service-secret", "b-secret");

        Path generated = passwords.resolveSibling("generated-passwords.txt");
        assertThat(Files.readAllLines(generated)).extracting(line -> line.split(":")[0])
                .containsExactly("a", "zonnewerk", "centrumsolar", "mijnwater");
        assertThat(Files.readAllLines(generated)).allSatisfy(line -> assertThat(line.split(":")[1]).hasSize(32));
        Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(generated)).isEqualTo(ownerOnly);
        assertThat(Files.getPosixFilePermissions(passwords)).isEqualTo(ownerOnly);
        assertThat(lines).noneMatch(line -> line.startsWith("simulator:"));
    }

    @Test
    void aSecondRunKeepsThePasswordsItDoesNotGetAgain() throws Exception {
        Path passwords = PrivateMosquitto.makePasswords(dir, Map.of("MQTT_INSTALLERS", "a"));
        Map<String, String> first = hashes(passwords);

        PrivateMosquitto.makePasswords(dir, Map.of("MQTT_INSTALLERS", "a", "MQTT_PASSWORD_A", "new"));
        Map<String, String> second = hashes(passwords);

        assertThat(second.keySet()).containsExactlyInAnyOrder("energiemonitor", "a");
        assertThat(second.get("energiemonitor")).isEqualTo(first.get("energiemonitor"));
        assertThat(second.get("a")).isNotEqualTo(first.get("a"));
    }

    private static Map<String, String> hashes(Path passwords) throws java.io.IOException {
        return Files.readAllLines(passwords).stream().map(line -> line.split(":", 2))
                .collect(Collectors.toMap(fields -> fields[0], fields -> fields[1]));
    }

    @Test
    void refusesInstallerIdsThatWouldWidenTheAclPatternOrTakeAServiceUser() {
        for (String id : List.of("a/b", "a+", "#", "A", "-a", "energiemonitor", "simulator")) {
            assertThatThrownBy(() -> PrivateMosquitto.makePasswords(dir, Map.of("MQTT_INSTALLERS", id)))
                    .as(id).hasMessageContaining("make-passwords.sh failed");
        }
    }
}
