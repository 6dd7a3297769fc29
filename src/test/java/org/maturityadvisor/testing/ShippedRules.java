package org.maturityadvisor.testing;

import java.nio.file.Path;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.RuleSetLoader;

/** The shipped rules/ directory, compiled once per test JVM with the real KIE API. */
public final class ShippedRules {

    public static final Path DIRECTORY = Path.of("rules");
    private static Advisor advisor;

    private ShippedRules() {
    }

    public static synchronized Advisor advisor() {
        if (advisor == null) {
            advisor = RuleSetLoader.load(DIRECTORY);
        }
        return advisor;
    }
}
