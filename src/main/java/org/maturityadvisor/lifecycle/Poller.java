package org.maturityadvisor.lifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task run on its own daemon thread at a fixed delay, with the application's class loader (KIE finds its services
 * through it when a version is compiled on that thread).
 */
final class Poller {

    private final ScheduledExecutorService executor;

    private Poller(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static Poller every(Duration interval, String threadName, Runnable task) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            thread.setContextClassLoader(Poller.class.getClassLoader());
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(task, millis, millis, TimeUnit.MILLISECONDS);
        return new Poller(executor);
    }

    void stop() {
        executor.shutdownNow();
    }
}
