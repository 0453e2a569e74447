package nl.heerlen.energiemonitor.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A self-signed certificate and key for 127.0.0.1 and localhost, made with openssl in a temp dir for one test class
 * (never in the repository) and deleted with {@link #close()}. Its certificate is also what a client trusts.
 */
public final class TestCertificates implements AutoCloseable {
    private final Path dir;
    private final Path certificate;
    private final Path key;

    private TestCertificates(Path dir) {
        this.dir = dir;
        this.certificate = dir.resolve("server.crt");
        this.key = dir.resolve("server.key");
    }

    public static TestCertificates selfSigned(String prefix) throws IOException, InterruptedException {
        TestCertificates made = new TestCertificates(Files.createTempDirectory(prefix));
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout", made.key.toString(), "-out", made.certificate.toString());
        return made;
    }

    public Path certificate() {
        return certificate;
    }

    public Path key() {
        return key;
    }

    @Override
    public void close() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    private static void openssl(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "openssl";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("openssl failed: " + out);
        }
    }
}
