package org.maturityadvisor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.store.LegacyRows;
import org.maturityadvisor.store.NewAssessment;
import org.maturityadvisor.store.TeamStore;
import org.maturityadvisor.testing.Postgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bytes on disk per stored assessment, before (schema V3 and its writer, {@link LegacyRows}) and after (the lean
 * store) in one run, on H2 (the data file after the database closes, as at a service stop, and after SHUTDOWN
 * COMPACT, which leaves only live data: H2 keeps freed space for 45 s before it reuses it) and PostgreSQL (the
 * public tables' {@code pg_total_relation_size}, indexes and TOAST included). Each of N random teams (seeded: the same
 * teams on every database) is registered and assessed once, as an import does. Not a regression test (excluded with
 * the rest of bench/): {@code ./mvnw test -Dtest=StoreSizeFigures -Dfigures.rows=10000}. See docs/BENCHMARKS.md.
 */
class StoreSizeFigures {

    private static final int ROWS = Integer.getInteger("figures.rows", 10_000);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Advisor advisor = RuleSetLoader.load(Path.of("rules"));

    @Test
    void measure() throws Exception {
        System.out.printf("%,d teams, one assessment each%n", ROWS);
        for (boolean lean : new boolean[] {false, true}) {
            Path dir = Files.createTempDirectory(Path.of("target"), "store-size-");
            String url = "jdbc:h2:file:" + dir.resolve("advisor").toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
            SingleConnectionDataSource h2 = new SingleConnectionDataSource(url, "", "", true);
            double seconds = fill(h2, lean);
            new JdbcTemplate(h2).execute("shutdown");
            h2.destroy();
            report("H2", lean, Files.size(dir.resolve("advisor.mv.db")), seconds);
            SingleConnectionDataSource again = new SingleConnectionDataSource(url, "", "", true);
            new JdbcTemplate(again).execute("shutdown compact"); // what a backup, or a restart after one, holds
            again.destroy();
            report("H2 compact", lean, Files.size(dir.resolve("advisor.mv.db")), 0);

            SingleConnectionDataSource postgres = new SingleConnectionDataSource(Postgres.newDatabase(), "postgres",
                    "postgres", true);
            seconds = fill(postgres, lean);
            JdbcTemplate jdbc = new JdbcTemplate(postgres);
            jdbc.execute("vacuum analyze");
            long bytes = jdbc.queryForObject("select sum(pg_total_relation_size(c.oid)) from pg_class c join"
                    + " pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'",
                    Long.class);
            postgres.destroy();
            report("PostgreSQL", lean, bytes, seconds);
        }
    }

    private double fill(DataSource source, boolean lean) {
        Flyway.configure().dataSource(source).target(lean ? "latest" : "3").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(source);
        TeamStore store = new TeamStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(source)));
        RandomTeams teams = new RandomTeams(advisor.catalog(), 16);
        long start = System.nanoTime();
        for (int i = 0; i < ROWS; i++) {
            String id = "team-" + i;
            store.create(id, "Team " + i, "figures", AT);
            String input = teams.json("Team " + i);
            AssessmentResult result = advisor.assess(TeamInputReader.read(input, advisor.catalog()));
            NewAssessment assessment = NewAssessment.of(AT, "figures", input, result, JSON.writeValueAsString(result));
            if (lean) {
                store.save(id, assessment);
            } else {
                LegacyRows.insert(jdbc, id, 1, assessment);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void report(String database, boolean lean, long bytes, double seconds) {
        System.out.printf("%-11s %-7s %,15d bytes %,10d bytes/assessment  (%.1f s to store)%n", database,
                lean ? "lean" : "before", bytes, bytes / ROWS, seconds);
    }
}
