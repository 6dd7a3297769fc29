package org.maturityadvisor.ruleset;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.logging.log4j.LogManager;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * How long reading tables takes, with the current reader ({@code xlsx}), the usermodel one it replaced
 * ({@code usermodel}) or POI's streaming reader ({@code poi-streaming}, issue 22): a quick harness, not JMH, not part
 * of the suite (docs/BENCHMARKS.md). Cold: {@code <reader> <tables>}, one JVM per figure, logging set up first as the
 * CLI has it by the time it reads a table; besides the wall time it prints the reading thread's CPU time, which other
 * processes on the same cores hardly change, and the classes the read loaded. Warm: {@code warm <rounds> <reads>
 * <tables>}, the xlsx and poi-streaming readers in one JVM, turn about, after a warm-up.
 */
final class TableReadTimings {

    private static final Map<String, Function<RuleFile, TableCells.Read>> READERS = Map.of("xlsx", TableCells::read,
            "usermodel", UsermodelCells::read, "poi-streaming", PoiStreamingReader::read);

    private TableReadTimings() {
    }

    public static void main(String[] args) throws IOException {
        if ("warm".equals(args[0])) {
            warm(Integer.parseInt(args[1]), Integer.parseInt(args[2]), tables(Arrays.copyOfRange(args, 3,
                    args.length)));
            return;
        }
        Function<RuleFile, TableCells.Read> reader = READERS.get(args[0]);
        if (reader == null) {
            throw new IllegalArgumentException("xlsx, usermodel or poi-streaming, then the tables; or warm");
        }
        List<RuleFile> tables = tables(Arrays.copyOfRange(args, 1, args.length));
        LogManager.getLogger(TableReadTimings.class).debug("logging set up");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        List<Long> each = new ArrayList<>();
        for (RuleFile table : tables) {
            long before = System.nanoTime();
            check(reader, table);
            each.add((System.nanoTime() - before) / 1_000_000);
        }
        System.out.printf("%s: %d tables in %d ms cold (each %s ms), %d ms CPU on the reading thread, %d classes "
                        + "loaded%n", args[0], tables.size(), (System.nanoTime() - start) / 1_000_000, each,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes);
    }

    /** Rounds of {@code reads} reads of all the tables by each reader, turn about, the first reader alternating. */
    private static void warm(int rounds, int reads, List<RuleFile> tables) {
        List<String> names = List.of("xlsx", "poi-streaming");
        for (int i = 0; i < 3; i++) {
            names.forEach(name -> time(READERS.get(name), tables, reads));
        }
        for (int round = 1; round <= rounds; round++) {
            List<String> order = round % 2 == 1 ? names : List.of(names.get(1), names.get(0));
            long[] micros = new long[2];
            for (String name : order) {
                micros[names.indexOf(name)] = time(READERS.get(name), tables, reads);
            }
            System.out.printf("round %d: xlsx %d us, poi-streaming %d us per read of the %d tables "
                    + "(poi-streaming / xlsx %.2f)%n", round, micros[0], micros[1], tables.size(),
                    (double) micros[1] / micros[0]);
        }
    }

    /** Microseconds of the reading thread's CPU per read of all the tables. */
    private static long time(Function<RuleFile, TableCells.Read> reader, List<RuleFile> tables, int reads) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < reads; i++) {
            tables.forEach(table -> check(reader, table));
        }
        return (threads.getCurrentThreadCpuTime() - cpu) / 1_000 / reads;
    }

    private static void check(Function<RuleFile, TableCells.Read> reader, RuleFile table) {
        if (!reader.apply(table).findings().isEmpty()) {
            throw new IllegalStateException(table.name() + " has findings");
        }
    }

    private static List<RuleFile> tables(String[] paths) throws IOException {
        List<RuleFile> tables = new ArrayList<>();
        for (String table : paths) {
            tables.add(new RuleFile(table, Files.readAllBytes(Path.of(table))));
        }
        return tables;
    }
}
