package org.maturityadvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.testing.FormulaVersion;
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

    @Test
    void aStoredActiveVersionThatTodaysChecksRefuseIsSkippedAndTheStartGoesOnWithTheDirectorysVersion() {
        Path data = temp.resolve("data");
        FormulaVersion formula;
        String shipped;
        try (ConfigurableApplicationContext first = start(Path.of("rules"), data)) {
            shipped = first.getBean(ActiveRuleSet.class).get().version();
            RuleSetStore store = first.getBean(RuleSetStore.class);
            formula = FormulaVersion.storeInto(store, temp);
            store.activate(formula.hash(), "old-release", AuditAction.PUBLISH, "published by an older release", null,
                    OffsetDateTime.now());
        }

        try (ConfigurableApplicationContext second = start(Path.of("rules"), data)) {
            assertThat(second.getBean(ActiveRuleSet.class).get().version()).isEqualTo(shipped);
            assertThat(second.getBean(RuleSetStore.class).auditLog(null, 5).items()).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo(AuditAction.LOAD_REFUSED);
                assertThat(entry.details()).contains("cell H" + formula.row(), "holds a formula");
            });
        }
        assertThat(formula.marker()).doesNotExist();
    }

    @Test
    void aRefusedRulesDirectoryStartsOnTheStoredActiveVersion() {
        Path data = temp.resolve("data");
        String shipped;
        try (ConfigurableApplicationContext first = start(Path.of("rules"), data)) {
            shipped = first.getBean(ActiveRuleSet.class).get().version();
        }
        RulesFixture broken = RulesFixture.copyOfShipped(temp.resolve("broken"));
        broken.setFormula("H" + broken.rowOf("ms-data-pipeline"), "NOW()");

        try (ConfigurableApplicationContext second = start(broken.directory(), data)) {
            assertThat(second.getBean(ActiveRuleSet.class).get().version()).isEqualTo(shipped);
            assertThat(second.getBean(RuleSetStore.class).auditLog(null, 5).items().get(0).reason())
                    .contains("does not pass today's checks", "serving the stored active version " + shipped);
        }
    }

    private ConfigurableApplicationContext start(Path rules) {
        return start(rules, temp.resolve("default-data"));
    }

    private static ConfigurableApplicationContext start(Path rules, Path data) {
        return SpringApplication.run(MaturityAdvisorApplication.class, "--server.port=0",
                "--maturity.rules-dir=" + rules, "--maturity.data-dir=" + data);
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
