package org.maturityadvisor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.store.BulkStore;
import org.maturityadvisor.store.LatestInputs;
import org.maturityadvisor.store.NewAssessment;
import org.maturityadvisor.store.TeamStore;
import org.maturityadvisor.testing.RulesFixture;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored teams and the drafts the impact preview is measured over (docs/BENCHMARKS.md, "Impact preview at
 * scale"): an H2 database as the service keeps it ({@code <dir>/advisor.mv.db}, so {@code --maturity.data-dir=<dir>}
 * serves it) with N random teams (seeded: the same teams on every run), each assessed once under the shipped rules
 * and written through the store's batch insert, 500 a transaction, as an import writes them (an import over HTTP
 * takes minutes). Not a regression test (excluded with the rest of bench/):
 * {@code ./mvnw -q -B test -Dtest=PreviewFigures#fill -Dfigures.teams=100000 -Dfigures.dir=target/preview-100000}.
 * {@link #drafts} writes the tables {@code docs/bench/preview.sh} uploads, each an analyst's edit of a shipped table.
 */
class PreviewFigures {

    private static final int TEAMS = Integer.getInteger("figures.teams", 1_000);
    private static final Path DIR = Path.of(System.getProperty("figures.dir", "target/preview-" + TEAMS));
    private static final int BATCH = 500;
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GOOGLE = "google-mlops.drl.xlsx";

    /**
     * {@code target/preview-drafts/<name>/<table>}: a wording edit made in LibreOffice (nobody can move), a stricter
     * required value at Google's level 1 and a Microsoft criterion moved down a level (some teams move), and a scored
     * model's band floor changed (anybody may move: every team is assessed).
     */
    @Test
    void drafts() throws Exception {
        Path drafts = Path.of("target/preview-drafts");
        Path wording = Files.createDirectories(drafts.resolve("1-wording"));
        Files.copy(Path.of("src/test/resources/libreoffice/edited", RulesFixture.TABLE),
                wording.resolve(RulesFixture.TABLE), StandardCopyOption.REPLACE_EXISTING);
        RulesFixture stricter = RulesFixture.copyOfShipped(Files.createTempDirectory(Path.of("target"), "draft-"));
        stricter.setCell(GOOGLE, "G" + stricter.rowOf(GOOGLE, "google-continuous-training"), "schedule");
        keep(stricter, GOOGLE, drafts.resolve("2-stricter"));
        RulesFixture moved = RulesFixture.copyOfShipped(Files.createTempDirectory(Path.of("target"), "draft-"));
        moved.setCell("C" + moved.rowOf("ms-managed-compute"), "1");
        keep(moved, RulesFixture.TABLE, drafts.resolve("3-moved"));
        RulesFixture floor = RulesFixture.copyOfShipped(Files.createTempDirectory(Path.of("target"), "draft-"));
        floor.setCell("ml-test-score.drl.xlsx", "F22", "4.5");
        keep(floor, "ml-test-score.drl.xlsx", drafts.resolve("4-band-floor"));
    }

    private static void keep(RulesFixture rules, String table, Path into) throws Exception {
        rules.validate().findings().forEach(finding -> System.out.println(into + ": " + finding));
        Files.createDirectories(into);
        Files.copy(rules.directory().resolve(table), into.resolve(table), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Where the time of a preview that assesses every team twice (as before, one thread) goes, over the teams in
     * {@code figures.dir}: reading every page of inputs (query and decompression), parsing and reading them under
     * both catalogs, assessing under the active version, assessing under the draft (the criterion moved down a
     * level), comparing the levels. Run {@link #fill} and {@link #drafts} first.
     */
    @Test
    void phases() throws Exception {
        LoadedRuleSet active = LoadedRuleSet.load(Path.of("rules"));
        Path moved = Files.createTempDirectory(Path.of("target"), "draft-");
        RulesFixture.copyOfShipped(moved);
        Files.copy(Path.of("target/preview-drafts/3-moved", RulesFixture.TABLE), moved.resolve(RulesFixture.TABLE),
                StandardCopyOption.REPLACE_EXISTING);
        LoadedRuleSet draft = LoadedRuleSet.load(moved);
        String url = "jdbc:h2:file:" + DIR.resolve("advisor").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(url, "sa", "", true);
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        LatestInputs latest = new LatestInputs(JdbcClient.create(jdbc),
                new TeamStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(h2))));
        for (int round = 1; round <= 2; round++) {
            long[] nanos = new long[6];
            int teams = 0;
            int moves = 0;
            String after = "";
            while (true) {
                long at = System.nanoTime();
                List<LatestInputs.TeamInput> page = latest.page(after, 500);
                nanos[0] += System.nanoTime() - at;
                for (LatestInputs.TeamInput team : page) {
                    at = System.nanoTime();
                    String input;
                    try (LatestInputs.Inputs inputs = latest.inputs()) {
                        input = inputs.of(team);
                    }
                    at = lap(nanos, 1, at);
                    JsonNode json = TeamInputReader.parse(input);
                    TeamProfile before = TeamInputReader.read(json, active.advisor().catalog());
                    TeamProfile changed = TeamInputReader.read(json, draft.advisor().catalog());
                    at = lap(nanos, 2, at);
                    AssessmentResult was = active.advisor().assess(before);
                    at = lap(nanos, 3, at);
                    AssessmentResult now = draft.advisor().assess(changed);
                    at = lap(nanos, 4, at);
                    for (int m = 0; m < was.models().size(); m++) {
                        moves += was.models().get(m).level() != now.models().get(m).level() ? 1 : 0;
                    }
                    lap(nanos, 5, at);
                }
                teams += page.size();
                if (page.size() < 500) {
                    break;
                }
                after = page.get(page.size() - 1).teamId();
            }
            System.out.printf("round %d, %,d teams (%,d model moves), ms: read pages %d, decompress %d, parse and read"
                    + " twice %d, assess active %d, assess draft %d, compare %d; load %s%n", round, teams, moves,
                    nanos[0] / 1_000_000, nanos[1] / 1_000_000, nanos[2] / 1_000_000, nanos[3] / 1_000_000,
                    nanos[4] / 1_000_000, nanos[5] / 1_000_000,
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        }
        h2.destroy();
    }

    /** Adds the time since {@code from} to {@code phase}; returns now. */
    private static long lap(long[] nanos, int phase, long from) {
        long now = System.nanoTime();
        nanos[phase] += now - from;
        return now;
    }

    @Test
    void fill() throws Exception {
        Files.createDirectories(DIR);
        if (Files.exists(DIR.resolve("advisor.mv.db"))) {
            throw new IllegalStateException(DIR + " already holds a database; remove it to fill it again");
        }
        Advisor advisor = RuleSetLoader.load(Path.of("rules"));
        String url = "jdbc:h2:file:" + DIR.resolve("advisor").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure().dataSource(h2).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(h2));
        TeamStore teams = new TeamStore(jdbc, transactions);
        BulkStore bulk = new BulkStore(jdbc, teams, transactions);
        RandomTeams random = new RandomTeams(advisor.catalog(), 16);
        long start = System.nanoTime();
        for (int from = 0; from < TEAMS; from += BATCH) {
            List<String> inputs = new ArrayList<>();
            for (int i = from; i < Math.min(TEAMS, from + BATCH); i++) {
                inputs.add(random.json("Team " + i));
            }
            List<NewAssessment> assessed = inputs.parallelStream().map(input -> {
                AssessmentResult result = advisor.assess(TeamInputReader.read(input, advisor.catalog()));
                return NewAssessment.of(AT, "figures", input, result, JSON.writeValueAsString(result));
            }).toList();
            if (from == 0) {
                teams.prepare(assessed.get(0));
            }
            List<BulkStore.ImportItem> items = new ArrayList<>();
            for (int i = 0; i < assessed.size(); i++) {
                items.add(new BulkStore.ImportItem(String.format("team-%06d", from + i), "Team " + (from + i),
                        assessed.get(i)));
            }
            bulk.inOneTransaction(() -> bulk.write(items));
        }
        jdbc.execute("shutdown compact");
        h2.destroy();
        System.out.printf("%,d teams stored under %s in %s in %.1f s%n", TEAMS, advisor.version(), DIR,
                (System.nanoTime() - start) / 1e9);
    }
}
