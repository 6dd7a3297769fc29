package org.maturityadvisor.kie;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.kie.api.KieBase;

/**
 * The knowledge bases built or loaded so far, by DRL content key, shared by every rule-set version with the same DRL.
 * One build per key at a time: a second caller waits for the first. A failed build is dropped, so that it is tried
 * (and reported) again.
 */
final class KieBases {

    private static final int KEPT = 4;
    private static final Map<String, CompletableFuture<KieBase>> BASES = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<KieBase>> eldest) {
            return size() > KEPT;
        }
    };

    private KieBases() {
    }

    /** The base of this key, built by {@code build} unless it is built or being built already. */
    static KieBase get(String key, Supplier<KieBase> build) {
        CompletableFuture<KieBase> base;
        boolean mine = false;
        synchronized (BASES) {
            base = BASES.get(key);
            if (base == null) {
                base = new CompletableFuture<>();
                BASES.put(key, base);
                mine = true;
            }
        }
        if (mine) {
            try {
                base.complete(build.get());
            } catch (RuntimeException | Error e) {
                synchronized (BASES) {
                    BASES.remove(key, base);
                }
                base.completeExceptionally(e);
            }
        }
        try {
            return base.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Runs {@code work} on a daemon thread; its failure is left for a later {@link #get} of the same key to report. */
    static void inBackground(Runnable work) {
        Thread builder = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // the caller that needs the base builds it again and reports the failure
            }
        }, "drl-build");
        builder.setDaemon(true);
        builder.start();
    }
}
