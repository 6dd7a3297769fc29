package org.maturityadvisor.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.scan.RepositoryTrees;
import org.maturityadvisor.scan.ScanLimits;
import org.maturityadvisor.scan.ScanRefusedException;
import org.maturityadvisor.scan.ScanReport;
import org.maturityadvisor.scan.Scanner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One scan of the generated 50,000-file ML monorepo ({@link ScanTrees}) with the detector table grown to
 * {@code detectors} (copies of the shipped rows, so the mix of globs and patterns is the table's). Run it with
 * {@code -jvmArgs -Xmx256m}; see docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScanBenchmark {

    @Param({"50000"})
    public int files;

    @Param({"100"})
    public int detectors;

    /** The detector table: the shipped one, or another (e.g. a helper's branch) to measure. */
    @Param({"rules/detectors.csv"})
    public String table;

    private Scanner scanner;
    private Path tree;

    @Setup
    public void setUp() throws IOException {
        tree = Path.of("target/scan-bench/tree-" + files);
        ScanTrees.generate(tree, files);
        LoadedRuleSet rules = LoadedRuleSet.load(Path.of("rules"));
        scanner = new Scanner(ScanTrees.detectors(Path.of(table), rules.advisor().catalog(), detectors),
                rules.version());
    }

    @Benchmark
    public ScanReport scanFolder() throws IOException, ScanRefusedException {
        return scanner.scan(RepositoryTrees.open(tree, Long.MAX_VALUE), ScanLimits.DEFAULTS);
    }
}
