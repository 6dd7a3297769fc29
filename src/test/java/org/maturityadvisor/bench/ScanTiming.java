package org.maturityadvisor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.scan.RepositoryTrees;
import org.maturityadvisor.scan.ScanLimits;
import org.maturityadvisor.scan.ScanReport;
import org.maturityadvisor.scan.Scanner;

/**
 * One scan as the CLI runs it, timed in a fresh JVM (run it with {@code -Xmx256m}): the rule set loaded, the detector
 * table grown to at least N detectors, the generated tree (or any PATH) scanned once cold and then a few times warm.
 * Prints the wall time of each scan, the heap's peak and the report's counts. See docs/BENCHMARKS.md.
 * <p>
 * {@code java -Xmx256m -cp ... org.maturityadvisor.bench.ScanTiming [PATH] [DETECTORS] [RUNS] [TABLE]}
 */
public final class ScanTiming {

    private ScanTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args.length > 0 ? args[0] : "target/scan-bench/tree-50000");
        int atLeast = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path table = Path.of(args.length > 3 ? args[3] : "rules/detectors.csv");
        if (args.length == 0 || path.endsWith("tree-50000")) {
            System.out.println("tree: " + ScanTrees.generate(path, 50_000));
        }
        long start = System.nanoTime();
        LoadedRuleSet rules = LoadedRuleSet.load(Path.of("rules"));
        Detectors detectors = ScanTrees.detectors(table, rules.advisor().catalog(), atLeast);
        System.out.printf(Locale.ROOT, "rule set loaded in %.2f s; %d detectors (%d in the table)%n",
                seconds(start), detectors.all().size(), rules.detectors().all().size());
        Scanner scanner = new Scanner(detectors, rules.version());
        for (int run = 1; run <= runs; run++) {
            start = System.nanoTime();
            ScanReport report = scanner.scan(RepositoryTrees.open(path, Long.MAX_VALUE), ScanLimits.DEFAULTS);
            System.out.printf(Locale.ROOT, "scan %d: %.3f s; files seen %d, read %d, observed %d, not found %d,"
                    + " skipped %s; heap peak %d MiB%n", run, seconds(start), report.filesSeen(), report.filesRead(),
                    report.observations().size(), report.notFound().size(), skipped(report), heapPeak() >> 20);
        }
        System.out.printf(Locale.ROOT, "max heap %d MiB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
    }

    private static String skipped(ScanReport report) {
        StringBuilder out = new StringBuilder();
        report.skipped().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> out.append(e.getKey().id()).append('=').append(e.getValue().count()).append(' '));
        return out.toString().strip();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The heap's peak since the JVM started: the sum of each heap pool's peak. */
    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
