package org.maturityadvisor.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.AuditEntry;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.testing.RulesFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Watch mode on a copy of the shipped rules: a good edit on disk is checked and published; a broken or half-written
 * table is reported and the working version stays.
 */
@SpringBootTest
@DirtiesContext
class WatchModeTest {

    private static final Path DIRECTORY = copy();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    ActiveRuleSet active;

    @Autowired
    RuleSetStore store;

    @DynamicPropertySource
    static void watch(DynamicPropertyRegistry properties) {
        properties.add("maturity.rules-dir", () -> DIRECTORY.resolve("rules").toString());
        properties.add("maturity.watch.enabled", () -> "true");
        properties.add("maturity.watch.interval", () -> "200ms");
    }

    private static Path copy() {
        try {
            Path root = Files.createTempDirectory(Path.of("target"), "watch-");
            RulesFixture.copyOfShipped(Files.createDirectory(root.resolve("rules")));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void publishesAGoodEditAndReportsABrokenOneWithoutLoadingIt() throws Exception {
        String shipped = active.get().version();
        RulesFixture rules = RulesFixture.at(DIRECTORY.resolve("rules"));
        rules.setCell("H" + rules.rowOf("ms-data-pipeline"), "Land training data in one known, versioned place.");

        String edited = awaitNewVersion(shipped);
        assertThat(audit().get(0).action()).isEqualTo(AuditAction.PUBLISH);
        assertThat(audit().get(0).actor()).isEqualTo("watch");

        // a save caught half-way: the first half of the table's bytes
        Path table = DIRECTORY.resolve("rules").resolve(RulesFixture.TABLE);
        byte[] whole = Files.readAllBytes(table);
        Files.write(table, java.util.Arrays.copyOf(whole, whole.length / 2));
        awaitAudit(AuditAction.DRAFT_REJECTED);
        assertThat(active.get().version()).isEqualTo(edited);
        assertThat(active.get().assess(new org.maturityadvisor.assessment.TeamProfile("t", null, null)).models())
                .isNotEmpty();
    }

    private String awaitNewVersion(String old) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (active.get().version().equals(old)) {
            assertThat(System.nanoTime()).as("watch mode published nothing").isLessThan(deadline);
            Thread.sleep(100);
        }
        return active.get().version();
    }

    private void awaitAudit(AuditAction action) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (audit().stream().noneMatch(entry -> entry.action() == action)) {
            assertThat(System.nanoTime()).as("no " + action.id() + " in the audit log").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private List<AuditEntry> audit() {
        return store.auditLog(null, 50).items();
    }
}
