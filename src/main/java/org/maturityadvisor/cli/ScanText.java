package org.maturityadvisor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.Sighting;
import org.maturityadvisor.scan.Detector;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.scan.ScanReport;

/**
 * A scan for people: the summary first (practices observed, looked for and not found, files read of those seen,
 * entries skipped by reason), then each practice observed with its question, the value and every sighting (where, the
 * matched text, which detector and what it shows), then the practices looked for and not found. Texts read from the
 * repository are shown on one line each, never interpreted.
 */
final class ScanText {

    private ScanText() {
    }

    static String render(ScanReport report, PracticeCatalog catalog, Detectors detectors) {
        StringBuilder out = new StringBuilder();
        out.append("Scan of ").append(oneLine(report.tree())).append(" (rule set ").append(report.rulesetVersion())
                .append(")\n");
        out.append(summary(report)).append('\n');
        report.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(skip -> out.append("  ")
                .append(count(skip.getValue().count(), "entry", "entries")).append(" skipped, ")
                .append(skip.getKey().words()).append(": ").append(examples(skip.getValue())).append('\n'));
        if (!report.observations().isEmpty()) {
            out.append("\nObserved\n");
            for (Observation observation : report.observations()) {
                observation(out, observation, catalog, detectors);
            }
        }
        if (!report.notFound().isEmpty()) {
            out.append("\nLooked for and not found (absence in the files is never \"no\")\n");
            report.notFound().forEach(practice -> out.append("  ").append(question(catalog, practice)).append('\n'));
        }
        return out.toString();
    }

    /** "3 practices observed, 12 looked for and not found; 14 files read of 120 seen; 7 entries skipped". */
    static String summary(ScanReport report) {
        int skipped = report.skipped().values().stream().mapToInt(ScanReport.Skipped::count).sum();
        return count(report.observations().size(), "practice", "practices") + " observed, "
                + report.notFound().size() + " looked for and not found; "
                + count(report.filesRead(), "file", "files") + " read of " + report.filesSeen() + " seen; "
                + count(skipped, "entry", "entries") + " skipped";
    }

    private static void observation(StringBuilder out, Observation observation, PracticeCatalog catalog,
                                    Detectors detectors) {
        out.append("  ").append(question(catalog, observation.practice())).append('\n');
        out.append("    ").append(observation.value()).append(", shown by ")
                .append(count(observation.sightings().size(), "sighting", "sightings")).append(":\n");
        for (Sighting sighting : observation.sightings()) {
            out.append("      ").append(oneLine(sighting.location()));
            if (!sighting.text().isEmpty()) {
                out.append("  ").append(oneLine(sighting.text()));
            }
            out.append('\n');
            String shows = detectors.find(sighting.detector()).map(Detector::shows).orElse("");
            out.append("        ").append(sighting.detector()).append(shows.isEmpty() ? "" : ": " + oneLine(shows))
                    .append('\n');
        }
    }

    /** A practice's question, then its id: "Are experiments tracked centrally? (creation.experiment-tracking)". */
    static String question(PracticeCatalog catalog, String practice) {
        return catalog.find(practice).map(p -> p.question() + " (" + practice + ")").orElse(practice);
    }

    private static String examples(ScanReport.Skipped skipped) {
        List<String> shown = new ArrayList<>();
        skipped.examples().forEach(example -> shown.add(oneLine(example)));
        int more = skipped.count() - shown.size();
        return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Text from the repository on one line, so a file cannot forge the report's own lines. */
    static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ");
    }
}
