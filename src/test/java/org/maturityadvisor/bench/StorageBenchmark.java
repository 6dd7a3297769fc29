package org.maturityadvisor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.store.HistoryEntry;
import org.maturityadvisor.store.LegacyRows;
import org.maturityadvisor.store.NewAssessment;
import org.maturityadvisor.store.Slice;
import org.maturityadvisor.store.TeamStore;
import org.maturityadvisor.testing.Postgres;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * What storing costs on top of an assessment, on a real PostgreSQL (zonky's server binaries) through the service's
 * own TeamStore and a Hikari pool, as sampled times (p50 in the output): assess and serialise (the unit), the same plus
 * the store, and reading a 50-item page of a 10,000-assessment history, newest and deep; each with the store as it
 * was before the lean store ({@code store=before}, schema V3) and as it is ({@code lean}). See docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StorageBenchmark {

    private static final int HISTORY = 10_000;

    /**
     * PostgreSQL's default ("on": a commit waits for its WAL to reach the disk) or "off" (it returns before; a crash of
     * the database server, not of this service, can lose the last few hundred milliseconds).
     */
    @Param({"on"})
    public String synchronousCommit;

    /** "before": schema V3 and the store's save as it was (LegacyRows.save); "lean": the store as it is now. */
    @Param({"before", "lean"})
    public String store;

    private HikariDataSource pool;
    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;
    private TeamStore teams;
    private Advisor advisor;
    private TeamProfile team;
    private String input;
    private final JsonMapper json = JsonMapper.builder().build();

    @Setup
    public void setUp() throws Exception {
        pool = new HikariDataSource();
        pool.setJdbcUrl(Postgres.newDatabase());
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setConnectionInitSql("set synchronous_commit = " + synchronousCommit);
        Flyway.configure().dataSource(pool).target(store.equals("before") ? "3" : "latest").load().migrate();
        jdbc = new JdbcTemplate(pool);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
        teams = new TeamStore(jdbc, transactions);
        advisor = RuleSetLoader.load(Path.of("rules"));
        input = Files.readString(Path.of("docs/examples/team.json"));
        team = TeamInputReader.read(input, advisor.catalog());
        teams.create("bench", "Payments ML", "bench", OffsetDateTime.now());
    }

    private int save(String team, NewAssessment assessment) {
        return store.equals("before") ? LegacyRows.save(jdbc, transactions, team, assessment)
                : teams.save(team, assessment);
    }

    /** A team with 10,000 stored assessments, made only for the history benchmarks. */
    @State(Scope.Benchmark)
    public static class LongHistory {
        @Setup
        public void fill(StorageBenchmark bench) {
            bench.teams.create("long", "Long history", "bench", OffsetDateTime.now());
            NewAssessment one = bench.stored(bench.advisor.assess(bench.team));
            for (int i = 0; i < HISTORY; i++) {
                bench.save("long", one);
            }
        }
    }

    @TearDown
    public void tearDown() {
        pool.close();
    }

    private NewAssessment stored(AssessmentResult result) {
        return NewAssessment.of(OffsetDateTime.now(), "bench", input, result, json.writeValueAsString(result));
    }

    @Benchmark
    public String assess() {
        return json.writeValueAsString(advisor.assess(team));
    }

    @Benchmark
    public int assessAndStore() {
        return save("bench", stored(advisor.assess(team)));
    }

    @Benchmark
    public Slice<HistoryEntry, Integer> historyNewestPage(LongHistory history) {
        return teams.history("long", null, 50);
    }

    @Benchmark
    public Slice<HistoryEntry, Integer> historyDeepPage(LongHistory history) {
        return teams.history("long", 200, 50);
    }
}
