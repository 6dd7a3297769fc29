package org.maturityadvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.testing.RulesFixture;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The service refuses to start on broken rules, and says which file and row are at fault. */
class StartupTest {

    @TempDir
    Path temp;

    @Test
    void aBrokenTableStopsTheStartNamingFileAndRow() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("F" + row, "release.ab-tseting");

        Throwable thrown = catchThrowable(() -> start(rules.directory()).close());

        assertThat(thrown).hasRootCauseInstanceOf(RuleSetException.class);
        assertThat(rootCause(thrown).getMessage()).contains("microsoft-mlops.drl.xlsx sheet \"Microsoft MLOps\", cell F" + row,
                "release.ab-tseting");
    }

    @Test
    void aMissingRulesDirectoryStopsTheStart() {
        Throwable thrown = catchThrowable(() -> start(temp.resolve("nowhere")).close());

        assertThat(rootCause(thrown)).isInstanceOf(RuleSetException.class).hasMessageContaining("is not a directory");
    }

    @Test
    void theShippedRulesStartAndServeTheirVersion() {
        try (ConfigurableApplicationContext context = start(Path.of("rules"))) {
            assertThat(context.getBean(ActiveRuleSet.class).get().version()).startsWith("sha256:");
        }
    }

    private static ConfigurableApplicationContext start(Path rules) {
        return SpringApplication.run(MaturityAdvisorApplication.class, "--server.port=0",
                "--maturity.rules-dir=" + rules);
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
