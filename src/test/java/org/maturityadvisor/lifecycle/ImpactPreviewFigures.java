package org.maturityadvisor.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.scenario.ScenarioRunner;
import org.maturityadvisor.store.LatestInputs;
import org.maturityadvisor.store.TeamStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The impact preview before and after, in one JVM, turn about (docs/BENCHMARKS.md, "Impact preview at scale"): over
 * the teams {@code bench/PreviewFigures#fill} stored in {@code figures.dir} (H2, as the service keeps it), for each
 * draft {@code PreviewFigures#drafts} wrote, {@code figures.rounds} times: before, every team and scenario assessed
 * under both versions on one thread ({@link EveryTeamAssessed}, the code this replaced); after, {@link ImpactPreview}
 * on one worker per core, with the gate's scenario results. Each report is checked equal to the other. Last, the
 * stricter draft after the wording draft is published, so that no stored result is the active version's. Not a
 * regression test (its name is not a test's):
 * {@code ./mvnw -q -B test -Dtest=ImpactPreviewFigures -Dfigures.dir=target/preview-100000 -Dfigures.rounds=2}.
 */
class ImpactPreviewFigures {

    private static final Path DIR = Path.of(System.getProperty("figures.dir", "target/preview-1000"));
    private static final int ROUNDS = Integer.getInteger("figures.rounds", 2);
    private static final Path DRAFTS = Path.of("target/preview-drafts");
    private static final int WORKERS = Runtime.getRuntime().availableProcessors();
    /** The JVM's CPU time, all threads: the work done, whatever else runs on the machine. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Test
    void measure() throws Exception {
        List<Scenario> scenarios = ScenarioFiles.read(Path.of("scenarios"));
        List<RuleFile> shippedFiles = RuleSetLoader.read(Path.of("rules"));
        LoadedRuleSet shipped = LoadedRuleSet.load(shippedFiles);
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:file:" + DIR.resolve("advisor").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
            pool.setUsername("sa");
            pool.setMaximumPoolSize(WORKERS + 2);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            LatestInputs teams = new LatestInputs(JdbcClient.create(jdbc),
                    new TeamStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(pool))));
            System.out.printf("%s, %d workers; draft, round: before ms / after ms (wall time, then CPU time of the"
                    + " JVM)%n", DIR, WORKERS);
            List<Path> drafts;
            try (var listed = Files.list(DRAFTS)) {
                drafts = listed.sorted().toList();
            }
            for (int round = 1; round <= ROUNDS; round++) {
                for (Path draft : drafts) {
                    time(draft.getFileName() + ", round " + round, teams, shipped, shipped,
                            with(shippedFiles, draft), scenarios);
                }
            }
            LoadedRuleSet published = with(shippedFiles, DRAFTS.resolve("1-wording"));
            time("2-stricter after 1-wording is published", teams, shipped, published,
                    with(published.files(), DRAFTS.resolve("2-stricter")), scenarios);
        }
    }

    private static void time(String what, LatestInputs teams, LoadedRuleSet shipped, LoadedRuleSet current,
                             LoadedRuleSet draft, List<Scenario> scenarios) throws Exception {
        long start = System.nanoTime();
        long cpuStart = CPU.getProcessCpuTime();
        DraftReport.Impact before = EveryTeamAssessed.impact(teams, current.advisor(), draft.advisor(), scenarios);
        long between = System.nanoTime();
        long cpuBetween = CPU.getProcessCpuTime();
        Map<Scenario, AssessmentResult> gated = new IdentityHashMap<>();
        ScenarioRunner.run(draft.advisor(), scenarios, gated::put); // the gate runs anyway: not counted
        long gatedAt = System.nanoTime();
        long cpuGated = CPU.getProcessCpuTime();
        ImpactPreview.Preview after = new ImpactPreview(teams, id -> Optional.of(shipped).filter(
                ruleSet -> ruleSet.version().equals(id)), WORKERS).of(current, draft, scenarios, gated);
        long end = System.nanoTime();
        long cpuEnd = CPU.getProcessCpuTime();
        assertThat(after.impact()).isEqualTo(before);
        System.out.printf("%s: %,d / %,d ms (CPU %,d / %,d ms; after assessed %,d under the draft, %,d under the"
                + " active version), %d teams changed; load %s%n", what, (between - start) / 1_000_000,
                (end - gatedAt) / 1_000_000, (cpuBetween - cpuStart) / 1_000_000, (cpuEnd - cpuGated) / 1_000_000,
                after.draftAssessed(), after.activeAssessed(), before.teams().size(),
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    /** These files with the draft's table (the one file in {@code draft}) in place of its namesake. */
    private static LoadedRuleSet with(List<RuleFile> files, Path draft) throws Exception {
        Path table;
        try (var listed = Files.list(draft)) {
            table = listed.findFirst().orElseThrow();
        }
        List<RuleFile> edited = new ArrayList<>(files.stream()
                .filter(file -> !file.name().equals(table.getFileName().toString())).toList());
        edited.add(new RuleFile(table.getFileName().toString(), Files.readAllBytes(table)));
        edited.sort(Comparator.comparing(RuleFile::name));
        return LoadedRuleSet.load(edited);
    }
}
