package org.maturityadvisor.runtime;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts compiling the rules as soon as the configuration is known, on its own thread, so the knowledge base build
 * overlaps Spring's start instead of following it. {@link ActiveRuleSet} waits for it before the port opens.
 */
public class RuleSetPreloader implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "maturityRuleSetBuild";

    /** The rule set being compiled for this application context, and where from. */
    record Build(Path directory, CompletableFuture<LoadedRuleSet> ruleSet) {

        static Build start(Path directory) {
            CompletableFuture<LoadedRuleSet> ruleSet = new CompletableFuture<>();
            Thread builder = new Thread(() -> {
                try {
                    ruleSet.complete(LoadedRuleSet.load(directory));
                } catch (RuntimeException | Error e) {
                    ruleSet.completeExceptionally(e);
                }
            }, "rule-set-build");
            builder.setContextClassLoader(RuleSetPreloader.class.getClassLoader());
            builder.setDaemon(true);
            builder.start();
            return new Build(directory, ruleSet);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path directory = Binder.get(context.getEnvironment()).bind("maturity.rules-dir", Path.class)
                .orElse(Path.of("rules"));
        context.getBeanFactory().registerSingleton(BEAN, Build.start(directory));
    }
}
