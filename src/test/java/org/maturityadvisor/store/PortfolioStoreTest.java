package org.maturityadvisor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.testing.Postgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The portfolio's team list and trend on both databases, over five teams whose levels, targets, blockers and dates
 * differ: each filter keeps exactly the teams it should, each sort orders them (never-assessed teams last), the gap
 * is the target level less the level (0 at or above target), a blocker matches whole criterion ids only, pages are
 * counted, and the trend counts each team once per month at its newest level.
 */
class PortfolioStoreTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> databases() {
        return Stream.of("jdbc:h2:mem:portfolio-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", Postgres.newDatabase());
    }

    private record Stores(DriverManagerDataSource source, TeamStore teams, PortfolioStore portfolio) {
    }

    private static Stores stores(String url) {
        DriverManagerDataSource source = url.startsWith("jdbc:h2") ? new DriverManagerDataSource(url)
                : new DriverManagerDataSource(url, "postgres", "postgres");
        Flyway.configure().dataSource(source).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(source);
        return new Stores(source, new TeamStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(source))),
                new PortfolioStore(jdbc));
    }

    private static OffsetDateTime day(String day) {
        return LocalDate.parse(day).atTime(10, 0).atOffset(ZoneOffset.UTC);
    }

    /** An assessment with level {@code m} in model m and 1 in model n, its blockers in m, its target. */
    private static NewAssessment assessment(String day, int m, String blockers, String targetModel, int target) {
        List<NewAssessment.NextLevelBlocker> next = blockers.isEmpty() ? List.of() : Stream.of(blockers.split(" "))
                .map(criterion -> new NewAssessment.NextLevelBlocker("m", m + 1, criterion)).toList();
        return new NewAssessment(day(day), "tester", "v1", "{\"team\":\"t\"}", "{\"target\":null}",
                List.of(new StoredLevel("m", m, "M" + m, null), new StoredLevel("n", 1, "N1", null)), next,
                new NewAssessment.Target(targetModel, target));
    }

    /** a: gap 2, b: at target, c: gap 3, d: never assessed, e: assessed twice, gap 1 in model n. */
    private static Stores seeded(String url) {
        Stores stores = stores(url);
        TeamStore teams = stores.teams();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            teams.create(id, "Team " + id.toUpperCase(), "tester", day("2026-08-01"));
        }
        teams.save("a", assessment("2026-10-05", 1, "C1 C10", "m", 3));
        teams.save("b", assessment("2026-11-10", 3, "C10", "m", 3));
        teams.save("c", assessment("2026-12-01", 2, "C2", "m", 5));
        teams.save("e", assessment("2026-09-01", 0, "C1", "m", 1));
        teams.save("e", assessment("2026-11-20", 2, "", "n", 2));
        return stores;
    }

    private static PortfolioQuery query(PortfolioQuery.Sort sort, boolean descending) {
        return new PortfolioQuery("m", null, null, null, null, null, null, sort, descending, 1, 50);
    }

    private static List<String> ids(PortfolioStore store, PortfolioQuery query) {
        return store.teams(query).teams().stream().map(PortfolioTeam::id).toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void eachSortOrdersTheTeamsAndPutsNeverAssessedTeamsLast(String url) {
        PortfolioStore store = seeded(url).portfolio();
        assertThat(ids(store, query(PortfolioQuery.Sort.GAP, true))).containsExactly("c", "a", "e", "b", "d");
        assertThat(ids(store, query(PortfolioQuery.Sort.GAP, false))).containsExactly("b", "e", "a", "c", "d");
        assertThat(ids(store, query(PortfolioQuery.Sort.LEVEL, false))).containsExactly("a", "c", "e", "b", "d");
        assertThat(ids(store, query(PortfolioQuery.Sort.CHANGED, false))).containsExactly("a", "b", "e", "c", "d");
        assertThat(ids(store, query(PortfolioQuery.Sort.CHANGED, true))).containsExactly("c", "e", "b", "a", "d");
        assertThat(ids(store, query(PortfolioQuery.Sort.NAME, true))).containsExactly("e", "d", "c", "b", "a");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theGapIsTheTargetLevelLessTheLevelInTheTargetModelAndZeroAtTarget(String url) {
        PortfolioStore store = seeded(url).portfolio();
        List<PortfolioTeam> teams = store.teams(query(PortfolioQuery.Sort.GAP, true)).teams();
        assertThat(teams).extracting(PortfolioTeam::gap).containsExactly(3, 2, 1, 0, null);
        PortfolioTeam e = teams.get(2);
        assertThat(e.targetModel()).isEqualTo("n");
        assertThat(e.targetLevel()).isEqualTo(2);
        assertThat(e.lastChange()).isEqualTo(day("2026-11-20"));
        assertThat(e.levels()).extracting(StoredLevel::level).containsExactly(2, 1);
        assertThat(teams.get(4).levels()).isEmpty();
        assertThat(teams.get(4).lastChange()).isNull();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void eachFilterKeepsExactlyItsTeams(String url) {
        PortfolioStore store = seeded(url).portfolio();
        PortfolioQuery.Sort name = PortfolioQuery.Sort.NAME;
        assertThat(ids(store, new PortfolioQuery("m", 2, null, null, null, null, null, name, false, 1, 50)))
                .containsExactly("c", "e");
        assertThat(ids(store, new PortfolioQuery("n", 1, null, null, null, null, null, name, false, 1, 50)))
                .containsExactly("a", "b", "c", "e");
        assertThat(ids(store, new PortfolioQuery("m", null, 2, null, null, null, null, name, false, 1, 50)))
                .containsExactly("a", "c");
        assertThat(ids(store, new PortfolioQuery("m", null, null, LocalDate.parse("2026-11-01"), null, null, null,
                name, false, 1, 50))).containsExactly("b", "c", "e");
        assertThat(ids(store, new PortfolioQuery("m", null, null, null, LocalDate.parse("2026-11-01"), null, null,
                name, false, 1, 50))).containsExactly("a");
        assertThat(ids(store, new PortfolioQuery("m", 2, 1, LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-12-01"), null, null, name, false, 1, 50))).containsExactly("e");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBlockerListsOnlyTheTeamsItHoldsBackNowByItsWholeId(String url) {
        PortfolioStore store = seeded(url).portfolio();
        PortfolioQuery.Sort name = PortfolioQuery.Sort.NAME;
        assertThat(ids(store, new PortfolioQuery("m", null, null, null, null, "m", "C1", name, false, 1, 50)))
                .as("C1 held e back only before its newest assessment; C10 is another criterion").containsExactly("a");
        assertThat(ids(store, new PortfolioQuery("m", null, null, null, null, "m", "C10", name, false, 1, 50)))
                .containsExactly("a", "b");
        assertThat(ids(store, new PortfolioQuery("m", null, null, null, null, "n", "C10", name, false, 1, 50)))
                .isEmpty();
        assertThat(ids(store, new PortfolioQuery("m", null, null, null, null, "m", "C%", name, false, 1, 50)))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPageHoldsItsShareOfTheOrderAndTheTotalCountsEveryMatch(String url) {
        PortfolioStore store = seeded(url).portfolio();
        PortfolioTeams second = store.teams(new PortfolioQuery("m", null, null, null, null, null, null,
                PortfolioQuery.Sort.GAP, true, 2, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.teams()).extracting(PortfolioTeam::id).containsExactly("e", "b");
        assertThat(store.teams(new PortfolioQuery("m", null, null, null, null, null, null, PortfolioQuery.Sort.GAP,
                true, 4, 2)).teams()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theTrendMovesATeamFromItsOldLevelToItsNewOneInTheMonthOfItsAssessment(String url) {
        PortfolioStore store = seeded(url).portfolio();
        List<PortfolioChange> m = store.changes().stream().filter(change -> change.model().equals("m")).toList();
        assertThat(m).containsExactly(
                new PortfolioChange(YearMonth.of(2026, 9), "m", 0, 1),
                new PortfolioChange(YearMonth.of(2026, 10), "m", 1, 1),
                new PortfolioChange(YearMonth.of(2026, 11), "m", 0, -1),
                new PortfolioChange(YearMonth.of(2026, 11), "m", 2, 1),
                new PortfolioChange(YearMonth.of(2026, 11), "m", 3, 1),
                new PortfolioChange(YearMonth.of(2026, 12), "m", 2, 1));
        assertThat(store.changes().stream().filter(change -> change.model().equals("n")))
                .as("e stays at level 1 of n: its second assessment changes nothing there")
                .containsExactly(new PortfolioChange(YearMonth.of(2026, 9), "n", 1, 1),
                        new PortfolioChange(YearMonth.of(2026, 10), "n", 1, 1),
                        new PortfolioChange(YearMonth.of(2026, 11), "n", 1, 1),
                        new PortfolioChange(YearMonth.of(2026, 12), "n", 1, 1));
    }

    /** V9 on rows stored before it: the target level comes from each stored result's target advice. */
    @ParameterizedTest
    @MethodSource("databases")
    void theMigrationFillsTheTargetLevelFromEachStoredResult(String url) throws Exception {
        Stores stores = stores(url);
        Advisor advisor = RuleSetLoader.load(Path.of("rules"));
        String input = JSON.writeValueAsString(JSON.readTree(Files.readString(Path.of("docs/examples/team.json"))));
        AssessmentResult result = advisor.assess(TeamInputReader.read(input, advisor.catalog()));
        stores.teams().create("old", "Old", "tester", day("2026-08-01"));
        stores.teams().save("old", NewAssessment.of(day("2026-08-02"), "tester", input, result,
                JSON.writeValueAsString(result)));
        JdbcTemplate jdbc = new JdbcTemplate(stores.source());
        jdbc.update("update assessment_level set target_level = null");

        try (Connection connection = stores.source().getConnection()) {
            PortfolioTargetsMigration.fill(connection);
        }

        assertThat(jdbc.queryForList("select model, target_level from assessment_level where target_level is not null"))
                .singleElement().satisfies(row -> {
                    assertThat(row.values()).containsExactly(result.target().model(), result.target().target());
                });
    }
}
