package nl.heerlen.energiemonitor.shared;

import org.springframework.context.SmartLifecycle;

/**
 * Work that must be done once when the service starts, after the schema is migrated and before ingest begins (ingest
 * starts in a later lifecycle phase). Blocking is allowed here: it is start-up, not a request.
 */
public abstract class StartupStep implements SmartLifecycle {
    public static final int PHASE = 0;
    private volatile boolean running;

    protected abstract void runAtStartup();

    @Override
    public final void start() {
        runAtStartup();
        running = true;
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
