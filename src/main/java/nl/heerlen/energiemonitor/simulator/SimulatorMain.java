package nl.heerlen.energiemonitor.simulator;

import java.time.Duration;

/**
 * The simulator on its own, without the service (for benchmarks, where it must not share the
 * service's JVM, or to feed a remote broker). Arguments are the simulator's settings as
 * {@code --name=value}, with or without the {@code energiemonitor.simulator.} prefix:
 * <pre>
 *   java -cp target/energiemonitor-*.jar -Dloader.main=nl.heerlen.energiemonitor.simulator.SimulatorMain \
 *        org.springframework.boot.loader.launch.PropertiesLauncher \
 *        --mode=load --load.messages-per-second=2000 --load.duration=5m --seeds-dir=seeds/heerlen
 * </pre>
 * Backfill and load runs end the program when done; live mode runs until it is stopped. Load runs
 * faster than one process publishes run side by side, each with {@code --load.partitions=N},
 * {@code --load.partition=i} and its own {@code --client-id}, on disjoint meters.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorProperties properties = SimulatorSettings.bind(SimulatorSettings.fromArguments(args));
        DeviceSimulator simulator = new DeviceSimulator(properties);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop, "simulator-shutdown"));
        simulator.start();
        if (!simulator.isRunning()) {
            System.exit(2);
        }
        if (properties.mode() == SimulatorProperties.Mode.LIVE) {
            Thread.currentThread().join();
        }
        simulator.awaitCompletion(Duration.ofDays(3650));
        System.exit(0);
    }
}
