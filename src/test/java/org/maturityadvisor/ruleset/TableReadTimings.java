package org.maturityadvisor.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.logging.log4j.LogManager;
import org.maturityadvisor.kie.RuleFile;

/**
 * How long a cold JVM takes to read tables, with the current reader ({@code xlsx}) or the usermodel one it replaced
 * ({@code usermodel}): a quick harness, not JMH, not part of the suite; run one JVM per figure (docs/BENCHMARKS.md).
 * Logging is set up first, as the CLI has it by the time it reads a table.
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
        long start = System.nanoTime();
        List<Long> each = new ArrayList<>();
        for (RuleFile table : tables) {
            long before = System.nanoTime();
            if (!reader.apply(table).findings().isEmpty()) {
                throw new IllegalStateException(table.name() + " has findings");
            }
            each.add((System.nanoTime() - before) / 1_000_000);
        }
        System.out.printf("%s: %d tables in %d ms cold (each %s ms)%n", args[0], tables.size(),
                (System.nanoTime() - start) / 1_000_000, each);
    }
}
