package org.maturityadvisor.ruleset;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.logging.log4j.LogManager;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * How long a cold JVM takes to read tables, with the current reader ({@code xlsx}) or the usermodel one it replaced
 * ({@code usermodel}): a quick harness, not JMH, not part of the suite; run one JVM per figure (docs/BENCHMARKS.md).
 * Logging is set up first, as the CLI has it by the time it reads a table. Besides the wall time it prints the reading
 * thread's CPU time, which other processes on the same cores hardly change.
 */
final class TableReadTimings {

    private TableReadTimings() {
    }

    public static void main(String[] args) throws IOException {
        Function<RuleFile, TableCells.Read> reader = switch (args[0]) {
            case "xlsx" -> TableCells::read;
            case "usermodel" -> UsermodelCells::read;
            default -> throw new IllegalArgumentException("xlsx or usermodel, then the tables");
        };
        List<RuleFile> tables = new ArrayList<>();
        for (String table : Arrays.copyOfRange(args, 1, args.length)) {
            tables.add(new RuleFile(table, Files.readAllBytes(Path.of(table))));
        }
        LogManager.getLogger(TableReadTimings.class).debug("logging set up");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        List<Long> each = new ArrayList<>();
        for (RuleFile table : tables) {
            long before = System.nanoTime();
            if (!reader.apply(table).findings().isEmpty()) {
                throw new IllegalStateException(table.name() + " has findings");
            }
            each.add((System.nanoTime() - before) / 1_000_000);
        }
        System.out.printf("%s: %d tables in %d ms cold (each %s ms), %d ms CPU on the reading thread%n", args[0],
                tables.size(), (System.nanoTime() - start) / 1_000_000, each,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
    }
}
