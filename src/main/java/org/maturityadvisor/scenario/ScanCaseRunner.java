package org.maturityadvisor.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Sighting;
import org.maturityadvisor.scan.Detector;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.scan.DirectoryTree;
import org.maturityadvisor.scan.ScanLimits;
import org.maturityadvisor.scan.ScanRefusedException;
import org.maturityadvisor.scan.ScanReport;
import org.maturityadvisor.scan.Scanner;

/**
 * Runs detector regression cases against one rule set's detectors (the active version's, or a draft's): scans each
 * case's tree and reports every difference from what the case expects, naming the case, the practice and what was
 * found with its sightings, so an analyst sees which table line to fix. A detector that must (or must not) fire is
 * checked on its own, since a practice's observation keeps only the sightings of its highest value.
 */
public final class ScanCaseRunner {

    private ScanCaseRunner() {
    }

    public static List<ScenarioOutcome> run(Detectors detectors, String rulesetVersion, List<ScanCase> cases) {
        return cases.stream().map(c -> run(detectors, rulesetVersion, c)).toList();
    }

    public static ScenarioOutcome run(Detectors detectors, String rulesetVersion, ScanCase scanCase) {
        List<String> failures = new ArrayList<>();
        String prefix = "scan case " + scanCase.name() + ": ";
        if (scanCase.problem() != null) {
            failures.add(prefix + scanCase.problem());
        } else if (scanCase.expectsNothing()) {
            failures.add(prefix + "expects nothing: add \"observes\", \"mustNotObserve\", \"sightings\" or "
                    + "\"mustNotSight\" to case.json");
        } else {
            try {
                check(detectors, rulesetVersion, scanCase, failures, prefix);
            } catch (IOException | ScanRefusedException e) {
                failures.add(prefix + "its tree could not be scanned: " + e.getMessage());
            }
        }
        return new ScenarioOutcome(scanCase.file(), description(scanCase), failures);
    }

    private static void check(Detectors detectors, String version, ScanCase scanCase, List<String> failures,
                              String prefix) throws IOException, ScanRefusedException {
        ScanReport report = scan(detectors, version, scanCase);
        for (Map.Entry<String, String> expected : scanCase.observes().entrySet()) {
            String practice = expected.getKey();
            Optional<Observation> found = report.observation(practice);
            if (!detectors.practices().contains(practice)) {
                failures.add(prefix + "expected " + practice + "=" + expected.getValue() + ", but no detector looks "
                        + "for " + practice);
            } else if (found.isEmpty()) {
                failures.add(prefix + "expected " + practice + "=" + expected.getValue() + ", found nothing; "
                        + sightings(report));
            } else if (!found.get().value().equals(expected.getValue())) {
                failures.add(prefix + "expected " + practice + "=" + expected.getValue() + ", found " + practice + "="
                        + found.get().value() + " (" + sightings(found.get().sightings()) + ")");
            }
        }
        for (String practice : scanCase.mustNotObserve()) {
            report.observation(practice).ifPresent(found -> failures.add(prefix + "expected nothing for " + practice
                    + ", found " + practice + "=" + found.value() + " (" + sightings(found.sightings()) + ")"));
        }
        for (String id : scanCase.sightings()) {
            Optional<Detector> detector = detectors.find(id);
            if (detector.isEmpty()) {
                failures.add(prefix + "expected detector " + id + " to fire, but the rule set has no such detector");
            } else if (alone(detector.get(), version, scanCase).isEmpty()) {
                failures.add(prefix + "expected detector " + id + " (" + detector.get().practice() + "="
                        + detector.get().value() + ") to fire, it did not; " + sightings(report));
            }
        }
        for (String id : scanCase.mustNotSight()) {
            Optional<Detector> detector = detectors.find(id);
            if (detector.isPresent()) {
                List<Sighting> fired = alone(detector.get(), version, scanCase);
                if (!fired.isEmpty()) {
                    failures.add(prefix + "expected detector " + id + " not to fire, it fired at "
                            + sightings(fired));
                }
            }
        }
    }

    private static ScanReport scan(Detectors detectors, String version, ScanCase scanCase)
            throws IOException, ScanRefusedException {
        return new Scanner(detectors, version).scan(new DirectoryTree(scanCase.repo()), ScanLimits.DEFAULTS);
    }

    /** The sightings of one detector run on its own over the case's tree. */
    private static List<Sighting> alone(Detector detector, String version, ScanCase scanCase)
            throws IOException, ScanRefusedException {
        ScanReport report = scan(new Detectors(List.of(detector)), version, scanCase);
        return report.observation(detector.practice()).map(Observation::sightings).orElse(List.of());
    }

    private static String sightings(ScanReport report) {
        List<Sighting> all = report.observations().stream().flatMap(o -> o.sightings().stream()).toList();
        return all.isEmpty() ? "no detector fired" : "sightings: " + sightings(all);
    }

    private static String sightings(List<Sighting> sightings) {
        return sightings.stream().map(s -> s.detector() + " at " + s.location()
                + (s.text().isEmpty() ? "" : " \"" + s.text() + "\"")).collect(Collectors.joining(", "));
    }

    private static String description(ScanCase scanCase) {
        return scanCase.description() == null || scanCase.description().isBlank() ? scanCase.file()
                : scanCase.description();
    }
}
