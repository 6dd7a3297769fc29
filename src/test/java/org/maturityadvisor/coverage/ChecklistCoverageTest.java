package org.maturityadvisor.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.testing.ChecklistTable;

/**
 * A checklist's statements are exercised as met, and as blocking only when unmet in a required section (an extra
 * section's statement never blocks); its sections as complete and incomplete; its verdict as reached and blocked.
 */
class ChecklistCoverageTest {

    @TempDir
    Path temp;

    @Test
    void statementsSectionsAndTheVerdictAreCoveredAsTheResultsSay() throws Exception {
        Advisor advisor = RuleSetLoader.load(ChecklistTable.into(temp.resolve("rules")).directory());
        Path scenarios = Files.createDirectories(temp.resolve("scenarios"));
        Files.writeString(scenarios.resolve("online-no-canary.json"), """
                {"name": "online, no canary", "input": {"team": "a", "context": {"chk-serving": "online"},
                  "answers": {"chk.readme": true, "chk.api-docs": true, "chk.latency": true, "chk.canary": false,
                              "chk.dashboard": true, "chk.alerts": false}},
                 "expect": {"check": {"level": 0}}}
                """);
        Files.writeString(scenarios.resolve("offline-complete.json"), """
                {"name": "offline, complete", "input": {"team": "b", "context": {"chk-serving": "offline"},
                  "answers": {"chk.readme": true, "chk.api-docs": true, "chk.dashboard": true}},
                 "expect": {"check": {"level": 1}}}
                """);

        CoverageRun run = CoverageRun.of(advisor, ScenarioFiles.read(scenarios));

        assertThat(run.outcomes()).allSatisfy(outcome -> assertThat(outcome.failures()).isEmpty());
        ScenarioCoverage coverage = run.coverage();
        assertThat(coverage.itemsOf("check")).extracting(CoverageItem::kind, CoverageItem::id, CoverageItem::blocks,
                CoverageItem::asMet, CoverageItem::asBlocking).containsExactly(
                        tuple(ItemKind.STATEMENT, "chk-readme", true, 2, 0),
                        tuple(ItemKind.STATEMENT, "chk-api-docs", true, 2, 0),
                        tuple(ItemKind.STATEMENT, "chk-latency", true, 1, 0),
                        tuple(ItemKind.STATEMENT, "chk-canary", true, 0, 1),
                        tuple(ItemKind.STATEMENT, "chk-dashboard", false, 2, 0),
                        tuple(ItemKind.STATEMENT, "chk-alerts", false, 0, 0),
                        tuple(ItemKind.LEVEL, "1", true, 1, 1),
                        tuple(ItemKind.SECTION, "Docs", true, 2, 0),
                        tuple(ItemKind.SECTION, "Serving", true, 1, 1),
                        tuple(ItemKind.SECTION, "Extras", true, 0, 2));
        ModelCoverage check = coverage.models().stream().filter(m -> m.model().equals("check")).findFirst()
                .orElseThrow();
        assertThat(check.words()).isEqualTo("4 of 6 statements met, 1 of 4 blocking, 1 uncovered");
        assertThat(check).extracting(ModelCoverage::sections, ModelCoverage::complete, ModelCoverage::incomplete)
                .containsExactly(3, 2, 2);
        assertThat(coverage.neverBlocking()).filteredOn(item -> item.model().equals("check"))
                .extracting(CoverageItem::id)
                .containsExactly("chk-readme", "chk-api-docs", "chk-latency", "Docs");
        assertThat(new ChangedRows(java.util.Set.of(), java.util.Set.of(ChecklistTable.FILE)).warnings(coverage))
                .extracting(CoverageWarning::message).containsExactly(ChecklistTable.FILE + " row "
                        + coverage.itemsOf("check").get(5).row() + " (chk-alerts) changed and no scenario meets it "
                        + "(an extra section's statement never blocks)");
    }
}
