package org.maturityadvisor.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.scenario.ScenarioRunner;
import org.maturityadvisor.store.BulkStore;
import org.maturityadvisor.store.LatestInputs;
import org.maturityadvisor.store.NewAssessment;
import org.maturityadvisor.store.TeamStore;
import org.maturityadvisor.testing.GeneratedTeams;
import org.maturityadvisor.testing.Postgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The impact preview that skips the teams a draft cannot move, reuses the stored results of the active version and
 * the gate's scenario results, and compares on two workers, reports exactly what assessing every team and scenario
 * under both versions one after another reports ({@link EveryTeamAssessed}, the preview as it was): for each of
 * {@link Drafts}' edits, over generated teams stored on H2, some of them last assessed under another version and
 * some more than once, read in small pages; and on PostgreSQL for a few edits.
 */
class ImpactPreviewTest {

    private static final int TEAMS = 800;
    private static final int PAGE = 97;
    /** Drafts whose change the generated teams feel: the comparison above would be empty for them otherwise. */
    private static final Set<String> MOVING = Set.of("a stricter required value", "a criterion moved down a level",
            "a new criterion", "a removed criterion", "a test's points", "a band floor",
            "a band floor and a criterion moved down a level", "a choice teams gave removed");
    /** Drafts that change a model's levels (every team is assessed), and the models compared for them. */
    private static final Map<String, String> RESHAPED = Map.of("a band floor", "ml-test-score",
            "a band floor and a criterion moved down a level", "microsoft, ml-test-score");
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LatestInputs h2;
    private static List<Scenario> scenarios;

    @BeforeAll
    static void storeTeams() {
        scenarios = ScenarioFiles.read(Path.of("scenarios"));
        h2 = store(new DriverManagerDataSource("jdbc:h2:mem:impact-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    @TestFactory
    Stream<DynamicTest> skippingAndReusingReportWhatAssessingEveryTeamReports() {
        return Drafts.all().entrySet().stream().map(draft -> DynamicTest.dynamicTest(draft.getKey(),
                () -> sameImpact(h2, draft.getKey(), draft.getValue())));
    }

    /**
     * After a publish, the stored results are the earlier versions': those the rules did not change for stand in
     * for the active version (after a wording change, all of them).
     */
    @TestFactory
    Stream<DynamicTest> afterAPublishToo() {
        return Stream.of("a criterion's wording", "a criterion moved down a level", "a test's points")
                .flatMap(published -> Stream.of("a stricter required value", "a new criterion", "a band floor",
                                "a band floor and a criterion moved down a level")
                        .map(edit -> DynamicTest.dynamicTest(edit + " after " + published + " is published",
                                () -> sameImpact(h2, Drafts.all().get(published), edit, Drafts.all().get(edit)))));
    }

    @TestFactory
    Stream<DynamicTest> onPostgresToo() {
        LatestInputs postgres = store(new DriverManagerDataSource(Postgres.newDatabase(), "postgres", "postgres"));
        return Stream.of("a criterion moved down a level", "a test's points", "a choice teams gave removed",
                        "a band floor")
                .map(edit -> DynamicTest.dynamicTest(edit, () -> sameImpact(postgres, edit, Drafts.all().get(edit))));
    }

    private static void sameImpact(LatestInputs teams, String edit, LoadedRuleSet draft) {
        sameImpact(teams, Drafts.shipped(), edit, draft);
    }

    private static void sameImpact(LatestInputs teams, LoadedRuleSet active, String edit, LoadedRuleSet draft) {
        Map<Scenario, AssessmentResult> gated = new IdentityHashMap<>();
        ScenarioRunner.run(draft.advisor(), scenarios, gated::put);

        ImpactPreview.Preview preview = new ImpactPreview(teams, ImpactPreviewTest::version, 2, PAGE)
                .of(active, draft, scenarios, gated);
        DraftReport.Impact everyone = EveryTeamAssessed.impact(teams, active.advisor(), draft.advisor(), scenarios);

        assertThat(preview.impact().teamsChecked()).isEqualTo(everyone.teamsChecked()).isEqualTo(TEAMS);
        assertThat(preview.impact().teams()).isEqualTo(everyone.teams());
        assertThat(preview.impact().scenarios()).isEqualTo(everyone.scenarios());
        assertThat(preview.impact()).isEqualTo(everyone);
        if (MOVING.contains(edit)) {
            assertThat(everyone.teams()).as("some generated team moves").isNotEmpty();
        }
        if (RESHAPED.containsKey(edit) && active == Drafts.shipped()) {
            assertThat(preview.scope()).as("only the models the draft touches are compared")
                    .contains("compared in " + RESHAPED.get(edit) + " only");
        }
        // a model's levels differ between the active version and the draft (the edit's, or the published one's undone)
        boolean reshaped = !ImpactScope.between(active, draft).reshaped().isEmpty();
        if (reshaped) {
            assertThat(preview.draftEvaluated()).as("every team is assessed; one in seven answers as the one before it"
                    + " and is not evaluated again").isLessThanOrEqualTo(TEAMS - TEAMS / 10);
        }
        int compared = TEAMS + scenarios.size();
        if (!reshaped) {
            assertThat(preview.draftAssessed()).as("teams skipped").isLessThan(compared);
        }
        assertThat(preview.activeAssessed()).as("stored results stand in for the active version").isLessThan(compared);
        if (active.version().equals(Drafts.all().get("a criterion's wording").version())) {
            assertThat(preview.activeAssessed()).as("after a wording change every result the version before it stored"
                    + " stands in: only the other fifth's and the scenarios are assessed under the active version")
                    .isLessThanOrEqualTo(TEAMS / 5 + scenarios.size());
        }
    }

    /** The versions the stored teams were assessed under, as the service finds them stored. */
    private static Optional<LoadedRuleSet> version(String id) {
        return Stream.concat(Stream.of(Drafts.shipped()), Drafts.all().values().stream())
                .filter(ruleSet -> ruleSet.version().equals(id)).findFirst();
    }

    /**
     * {@link #TEAMS} generated teams, each assessed once; one in five under another version (one that moved a criterion down),
     * one in ten once more later (its newest input different), 250 a transaction.
     */
    private static LatestInputs store(DriverManagerDataSource source) {
        Flyway.configure().dataSource(source).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(source);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(source));
        TeamStore teams = new TeamStore(jdbc, transactions);
        BulkStore bulk = new BulkStore(jdbc, teams, transactions);
        Advisor active = Drafts.shipped().advisor();
        Advisor older = Drafts.all().get("a criterion moved down a level").advisor();
        GeneratedTeams generated = new GeneratedTeams(active.catalog(), 7);
        List<BulkStore.ImportItem> items = new ArrayList<>();
        ObjectNode previous = null;
        for (int i = 0; i < TEAMS + TEAMS / 10; i++) {
            int team = i < TEAMS ? i : (i - TEAMS) * 10;
            String id = (team % 3 == 0 ? "ml-" : "team-") + team;
            ObjectNode input = generated.next("Team " + team);
            if (team % 7 == 3 && previous != null) { // one in seven answers as the team before it did
                input = previous.deepCopy().put("team", "Team " + team);
            }
            previous = input;
            NewAssessment assessment = assessed(input, team % 5 == 0 ? older : active);
            teams.prepare(assessment);
            items.add(new BulkStore.ImportItem(id, "Team " + team, assessment));
            if (items.size() == 250 || i == TEAMS + TEAMS / 10 - 1) {
                List<BulkStore.ImportItem> batch = List.copyOf(items);
                bulk.inOneTransaction(() -> bulk.write(batch));
                items.clear();
            }
        }
        return new LatestInputs(JdbcClient.create(jdbc), teams);
    }

    private static NewAssessment assessed(ObjectNode input, Advisor advisor) {
        AssessmentResult result = advisor.assess(TeamInputReader.read(input, advisor.catalog()));
        return NewAssessment.of(AT, "test", JSON.writeValueAsString(input), result, JSON.writeValueAsString(result));
    }
}
