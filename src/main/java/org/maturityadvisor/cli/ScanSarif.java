package org.maturityadvisor.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.Sighting;
import org.maturityadvisor.cli.AssessmentSarif.ArtifactLocation;
import org.maturityadvisor.cli.AssessmentSarif.Driver;
import org.maturityadvisor.cli.AssessmentSarif.PhysicalLocation;
import org.maturityadvisor.cli.AssessmentSarif.Region;
import org.maturityadvisor.cli.AssessmentSarif.Rule;
import org.maturityadvisor.cli.AssessmentSarif.Text;
import org.maturityadvisor.cli.AssessmentSarif.Tool;
import org.maturityadvisor.scan.Detector;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.scan.ScanReport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A scan as a SARIF 2.1.0 log: one rule per detector of the rule set (its id, what a match shows as the description),
 * one result per sighting (kind {@code informational}: an observation, not a fault), located at the file and line it
 * was seen on, relative to the scanned tree; the run's properties carry what a result cannot: the practices looked for
 * and not found, how many files were seen and read, and the entries skipped by reason.
 */
final class ScanSarif {

    private ScanSarif() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    record Run(Tool tool, List<Result> results, RunProperties properties) {
    }

    record Result(String ruleId, String kind, String level, Text message, List<Location> locations,
                  ResultProperties properties) {
    }

    record Location(PhysicalLocation physicalLocation) {
    }

    record ResultProperties(String practice, String question, String value, String text) {
    }

    /** What the results cannot say: skipped entries are keyed by their reason's id ("vendored", "too-large"). */
    record RunProperties(String tree, String rulesetVersion, List<String> notFound, int filesSeen, int filesRead,
                         Map<String, Skipped> skipped) {
    }

    record Skipped(int count, String reason, List<String> examples) {
    }

    static Log of(String toolVersion, ScanReport report, Detectors detectors, PracticeCatalog catalog) {
        List<Rule> rules = detectors.all().stream().map(detector -> new Rule(detector.id(),
                new Text(detector.shows().isBlank() ? detector.practice() + " = " + detector.value()
                        : detector.shows()))).toList();
        List<Result> results = new ArrayList<>();
        for (Observation observation : report.observations()) {
            String question = catalog.find(observation.practice()).map(p -> p.question()).orElse(null);
            for (Sighting sighting : observation.sightings()) {
                String shows = detectors.find(sighting.detector()).map(Detector::shows).orElse("");
                String message = (question == null ? observation.practice() : question) + " " + observation.value()
                        + ": " + (shows.isBlank() ? "seen" : shows) + " at " + sighting.location();
                results.add(new Result(sighting.detector(), "informational", "none", new Text(message),
                        List.of(new Location(location(sighting))),
                        new ResultProperties(observation.practice(), question, observation.value(), sighting.text())));
            }
        }
        Map<String, Skipped> skipped = new LinkedHashMap<>();
        report.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> skipped.put(
                entry.getKey().id(), new Skipped(entry.getValue().count(), entry.getKey().words(),
                        entry.getValue().examples())));
        RunProperties properties = new RunProperties(report.tree(), report.rulesetVersion(), report.notFound(),
                report.filesSeen(), report.filesRead(), skipped);
        Driver driver = new Driver("maturity-advisor", toolVersion, rules);
        return new Log(AssessmentSarif.SCHEMA, "2.1.0", List.of(new Run(new Tool(driver), results, properties)));
    }

    /** Where a sighting is: its path as a relative URI reference, and its line when it has one. */
    static PhysicalLocation location(Sighting sighting) {
        return new PhysicalLocation(new ArtifactLocation(uri(sighting.path())),
                sighting.line() > 0 ? new Region(sighting.line()) : null);
    }

    static String uri(String path) {
        // a colon in the first segment would read as a scheme: "./" keeps the reference relative
        String relative = path.indexOf(':') >= 0 && (path.indexOf('/') < 0 || path.indexOf(':') < path.indexOf('/'))
                ? "./" + path : path;
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.replace(" ", "%20");
        }
    }
}
