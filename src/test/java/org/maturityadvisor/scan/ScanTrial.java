package org.maturityadvisor.scan;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Sighting;
import org.maturityadvisor.ruleset.LoadedRuleSet;

/**
 * Not a regression test: the scan of a real repository for docs/SCANS.md, run by hand with
 * {@code ./mvnw -o test -Dtest=ScanTrial -Dscan.trial=/path/to/tree}; skipped otherwise.
 */
class ScanTrial {

    @Test
    @EnabledIfSystemProperty(named = "scan.trial", matches = ".+")
    void printsWhatTheShippedDetectorsSee() throws Exception {
        LoadedRuleSet rules = LoadedRuleSet.load(Path.of("rules"));
        for (String tree : System.getProperty("scan.trial").split(",")) {
            ScanReport report = new Scanner(rules.detectors(), rules.version())
                    .scan(new DirectoryTree(Path.of(tree)), ScanLimits.DEFAULTS);
            StringBuilder out = new StringBuilder("== " + tree + ": " + report.filesSeen() + " files seen, "
                    + report.filesRead() + " read\n");
            for (Observation observation : report.observations()) {
                out.append(observation.practice()).append(" = ").append(observation.value()).append('\n');
                for (Sighting sighting : observation.sightings()) {
                    out.append("    ").append(sighting.detector()).append(" at ").append(sighting.location())
                            .append("  ").append(sighting.text()).append('\n');
                }
            }
            out.append("not found: ").append(report.notFound()).append('\n');
            out.append("skipped: ").append(report.skipped()).append('\n');
            System.out.println(out);
        }
    }
}
