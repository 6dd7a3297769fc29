package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class StandardErrorLoggingTest {

    @Test
    void warningsAndErrorsGoToStandardErrorOneLineEachAndTheRestIsDropped() {
        Logger logger = new StandardErrorLogging().getLoggerFactory()
                .getLogger("org.drools.compiler.kie.builder.impl.KieProject");
        PrintStream previous = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            logger.info("Start creation of KieBase: {}", "rules");
            logger.debug("details");
            logger.warn("Unable to build KieBaseModel:{}", "rules");
            logger.error("failed", new IllegalStateException("why"));
        } finally {
            System.setErr(previous);
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(
                "WARN o.d.c.k.b.i.KieProject: Unable to build KieBaseModel:rules\n"
                        + "ERROR o.d.c.k.b.i.KieProject: failed\n"
                        + "java.lang.IllegalStateException: why")
                .doesNotContain("Start creation", "details");
    }

    @Test
    void aShortLoggerNameIsKept() {
        assertThat(StandardErrorLogging.abbreviated("org.apache.Poi")).isEqualTo("org.apache.Poi");
    }
}
