package nl.heerlen.energiemonitor.bootstrap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;

/** Is something listening at host:port? A plain TCP connect with a short timeout. */
final class TcpProbe {

    private TcpProbe() {
    }

    static boolean reachable(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Host and port of an MQTT server URI such as {@code tcp://127.0.0.1:1883} (ssl:// defaults to 8883). */
    static InetSocketAddress mqttAddress(String serverUri) {
        URI uri = URI.create(serverUri.trim());
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("Not an MQTT server URI: " + serverUri);
        }
        boolean tls = "ssl".equals(uri.getScheme()) || "wss".equals(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : (tls ? 8883 : 1883);
        return InetSocketAddress.createUnresolved(uri.getHost(), port);
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
