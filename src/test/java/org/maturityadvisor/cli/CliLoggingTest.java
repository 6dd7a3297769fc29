package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A CLI run in a JVM of its own, with both SLF4J providers on the class path as in the jar: warnings and errors reach
 * standard error one line each, nothing below WARN is printed, standard output stays for results, and SLF4J is bound
 * to slf4j-simple, not Logback.
 */
class CliLoggingTest {

    /** What a CLI run does first, then one line at each level and a result on standard output. */
    public static void main(String[] args) {
        CliLogging.toStandardErrorWarningsOnly();
        org.slf4j.Logger logger = LoggerFactory.getLogger("org.drools.compiler.kie.builder.impl.KieProject");
        logger.info("Start creation of KieBase: {}", "rules");
        logger.debug("details");
        logger.warn("Unable to build KieBaseModel:{}", "rules");
        logger.error("failed", new IllegalStateException("why"));
        System.out.println("{\"result\": true}");
        System.out.println("bound to " + LoggerFactory.getILoggerFactory().getClass().getName());
    }

    @Test
    void warningsAndErrorsGoToStandardErrorOneLineEachAndStandardOutputStaysForResults() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                CliLoggingTest.class.getName())).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).isEqualTo("{\"result\": true}\nbound to org.slf4j.simple.SimpleLoggerFactory\n");
        assertThat(err).startsWith("WARN KieProject - Unable to build KieBaseModel:rules\n"
                        + "ERROR KieProject - failed\n"
                        + "java.lang.IllegalStateException: why")
                .doesNotContain("Start creation", "details", "SLF4J");
    }
}
