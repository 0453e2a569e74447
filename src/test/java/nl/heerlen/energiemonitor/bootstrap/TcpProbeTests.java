package nl.heerlen.energiemonitor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class TcpProbeTests {

    @Test
    void readsHostAndPortOfMqttUrls() {
        assertThat(TcpProbe.mqttAddress("tcp://127.0.0.1:1883")).isEqualTo(InetSocketAddress.createUnresolved("127.0.0.1", 1883));
        assertThat(TcpProbe.mqttAddress("tcp://mosquitto").getPort()).isEqualTo(1883);
        assertThat(TcpProbe.mqttAddress("ssl://broker.example.org").getPort()).isEqualTo(8883);
    }

    @Test
    void seesWhetherSomethingListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
            assertThat(TcpProbe.reachable("127.0.0.1", port, Duration.ofMillis(500))).isTrue();
        }
        assertThat(TcpProbe.reachable("127.0.0.1", port, Duration.ofMillis(500))).isFalse();
    }

    @Test
    void knowsLoopbackHosts() {
        assertThat(TcpProbe.isLoopback("localhost")).isTrue();
        assertThat(TcpProbe.isLoopback("127.0.0.1")).isTrue();
        assertThat(TcpProbe.isLoopback("::1")).isTrue();
        assertThat(TcpProbe.isLoopback("timescaledb")).isFalse();
    }
}
