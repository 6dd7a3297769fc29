package org.maturityadvisor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.maturityadvisor.ruleset.RuleSetLoader;

/**
 * Writes a CSV import of N random teams (seeded, so every run imports the same file) for docs/bench/import.sh:
 * {@code ImportFile ROWS FILE}.
 */
public final class ImportFile {

    private ImportFile() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        RandomTeams teams = new RandomTeams(RuleSetLoader.load(Path.of("rules")).catalog(), 16);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            out.write(teams.csvHeader());
            for (int i = 0; i < rows; i++) {
                out.write(teams.csvRow("team-" + i));
            }
        }
    }
}
