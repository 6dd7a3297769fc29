package org.maturityadvisor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
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
 * The lean store on both databases: what is stored decompresses to exactly the text that was returned, in a few
 * KB; and V5 rewrites rows stored before it (V1's text columns, a row per blocker) without losing a byte or a blocker.
 */
class LeanStoreTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static Advisor advisor;

    @BeforeAll
    static void rules() {
        advisor = RuleSetLoader.load(Path.of("rules"));
    }

    static Stream<String> databases() {
        return Stream.of("jdbc:h2:mem:lean-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", Postgres.newDatabase());
    }

    private static DriverManagerDataSource dataSource(String url) {
        return url.startsWith("jdbc:h2") ? new DriverManagerDataSource(url)
                : new DriverManagerDataSource(url, "postgres", "postgres");
    }

    private static NewAssessment assessed(String file) throws Exception {
        String input = JSON.writeValueAsString(JSON.readTree(Files.readString(Path.of(file))));
        AssessmentResult result = advisor.assess(TeamInputReader.read(input, advisor.catalog()));
        return NewAssessment.of(AT, "tester", input, result, JSON.writeValueAsString(result));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStoredResultDecompressesToExactlyTheTextReturnedInAFewKilobytes(String url) throws Exception {
        DriverManagerDataSource source = dataSource(url);
        Flyway.configure().dataSource(source).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(source);
        TeamStore store = new TeamStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(source)));
        store.create("lean", "Payments ML", "tester", AT);
        NewAssessment first = assessed("docs/examples/full-questionnaire.json");
        NewAssessment second = assessed("docs/examples/team.json");

        store.save("lean", first);
        int seq = store.save("lean", second);

        StoredAssessment stored = store.assessment("lean", seq).orElseThrow();
        assertThat(stored.result()).isEqualTo(second.result());
        assertThat(stored.input()).isEqualTo(second.input());
        Map<String, Object> row = jdbc.queryForMap("select input_z, result_z from assessment where seq = ?", seq);
        assertThat(((byte[]) row.get("result_z")).length).as("compressed result of %s chars",
                second.result().length()).isLessThan(5_000);
        Portfolio portfolio = store.portfolio(100);
        assertThat(portfolio.models()).allSatisfy(model -> assertThat(model.commonBlockers()).extracting(
                Portfolio.BlockerCount::criterion).containsExactlyInAnyOrderElementsOf(second.blockers().stream()
                .filter(blocker -> blocker.model().equals(model.model())).map(NewAssessment.NextLevelBlocker::criterion)
                .toList()));
    }

    /** Rows written as V1 wrote them, then every migration: each reads back exactly, blockers and all. */
    @ParameterizedTest
    @MethodSource("databases")
    void theMigrationCompressesRowsStoredBeforeItWithoutLosingAByte(String url) throws Exception {
        DriverManagerDataSource source = dataSource(url);
        Flyway.configure().dataSource(source).target("3").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(source);
        List<NewAssessment> stored = List.of(assessed("docs/examples/team.json"),
                assessed("docs/examples/full-questionnaire.json"), assessed("docs/examples/team.json"));
        jdbc.update("insert into team (id, name, created_at, created_by) values ('old', 'Old', ?, 'tester')", AT);
        for (int i = 0; i < stored.size(); i++) {
            LegacyRows.insert(jdbc, "old", i + 1, stored.get(i));
        }

        Flyway.configure().dataSource(source).load().migrate();

        TeamStore store = new TeamStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(source)));
        for (int i = 0; i < stored.size(); i++) {
            StoredAssessment read = store.assessment("old", i + 1).orElseThrow();
            assertThat(read.input()).isEqualTo(stored.get(i).input());
            assertThat(read.result()).isEqualTo(stored.get(i).result());
        }
        Portfolio portfolio = store.portfolio(100);
        NewAssessment latest = stored.get(stored.size() - 1);
        assertThat(portfolio.models()).allSatisfy(model -> assertThat(model.commonBlockers()).extracting(
                Portfolio.BlockerCount::criterion).containsExactlyInAnyOrderElementsOf(latest.blockers().stream()
                .filter(blocker -> blocker.model().equals(model.model())).map(NewAssessment.NextLevelBlocker::criterion)
                .toList()));
        assertThat(jdbc.queryForObject("select count(*) from result_dictionary", Integer.class)).isEqualTo(1);
        // V10: what each assessment stored before it rests on, read from its input: a bare claim per answer
        assertThat(jdbc.queryForList("select claimed from answer_standing order by assessment_id", Integer.class))
                .containsExactlyElementsOf(stored.stream().map(assessment -> answered(assessment.input())).toList());
        assertThat(jdbc.queryForObject("select count(*) from answer_standing where evidenced > 0 or confirmed > 0"
                + " or stale_from is not null", Integer.class)).isZero();
        store.save("old", stored.get(0)); // a new assessment under the same version uses the migrated dictionary
        assertThat(store.assessment("old", 4).orElseThrow().result()).isEqualTo(stored.get(0).result());
    }

    private static int answered(String input) {
        int answered = 0;
        for (tools.jackson.databind.JsonNode answer : tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(input).path("answers").values()) {
            answered += answer.isNull() ? 0 : 1;
        }
        return answered;
    }
}
