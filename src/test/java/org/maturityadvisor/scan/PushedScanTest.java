package org.maturityadvisor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Sighting;

/** A pushed scan report against a small detector table of the test's own: refused field by field, or rebuilt. */
class PushedScanTest {

    static final Detectors DETECTORS = new Detectors(List.of(
            detector("pytest-file", "tests.app", "unit", 1),
            detector("e2e-file", "tests.app", "end-to-end", 2),
            detector("dockerfile", "release.container", "yes", 1)));

    static Detector detector(String id, String practice, String value, int rank) {
        return new Detector(id, practice, value, rank, PathGlob.parse("*.py").value().orElseThrow(),
                ContentPattern.parse(PatternKind.FILE, "").pattern(), "shows", List.of("python"));
    }

    static ScanReport report(List<Observation> observations) {
        return new ScanReport("repo", "sha256:abc", observations, List.of(), 10, 2, Map.of());
    }

    static Observation seen(String practice, String value, Sighting... sightings) {
        return new Observation(practice, value, 9, List.of(sightings));
    }

    static Sighting at(String detector, String path) {
        return new Sighting(detector, path, 3, "def test_x():");
    }

    static final ScanReport GOOD = report(List.of(seen("tests.app", "unit", at("pytest-file", "tests/test_a.py"))));

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("an unknown detector", r -> report(List.of(seen("tests.app", "unit",
                        at("made-up", "a.py")))), "observations[0].sightings[0].detector", "no detector \"made-up\""),
                refusal("a practice the detector does not show", r -> report(List.of(seen("release.container",
                        "yes", at("pytest-file", "a.py")))), "observations[0].practice", "shows tests.app"),
                refusal("a value the detector does not show", r -> report(List.of(seen("tests.app", "end-to-end",
                        at("pytest-file", "a.py")))), "observations[0].value", "tests.app = unit"),
                refusal("an absolute path", r -> one(at("pytest-file", "/etc/passwd")),
                        "observations[0].sightings[0].path", "relative"),
                refusal("a path climbing out", r -> one(at("pytest-file", "src/../../secret.py")),
                        "observations[0].sightings[0].path", "no empty, . or .. part"),
                refusal("a Windows path", r -> one(at("pytest-file", "C:/x.py")),
                        "observations[0].sightings[0].path", "relative"),
                refusal("a backslash path", r -> one(at("pytest-file", "src\\x.py")),
                        "observations[0].sightings[0].path", "relative"),
                refusal("a path too long", r -> one(at("pytest-file", "a/".repeat(150) + "b.py")),
                        "observations[0].sightings[0].path", "at most 300 characters"),
                refusal("a path with a control character", r -> one(at("pytest-file", "a\u0007.py")),
                        "observations[0].sightings[0].path", "U+0007"),
                refusal("a text too long", r -> one(new Sighting("pytest-file", "a.py", 1, "x".repeat(201))),
                        "observations[0].sightings[0].text", "at most 200 characters"),
                refusal("a text with a newline", r -> one(new Sighting("pytest-file", "a.py", 1, "a\nb")),
                        "observations[0].sightings[0].text", "U+000A"),
                refusal("a text with a bidi override", r -> one(new Sighting("pytest-file", "a.py", 1, "a\u202eb")),
                        "observations[0].sightings[0].text", "U+202E"),
                refusal("six sightings of one detector", r -> report(List.of(new Observation("tests.app", "unit", 1,
                        sightings("pytest-file", 6)))), "observations[0].sightings[5]", "more than 5 sightings"),
                refusal("more than 1000 sightings in all", r -> manyDetectors(), "observations[0].sightings[1000]",
                        "more than 1000 sightings"),
                refusal("a blank tree name", r -> new ScanReport("", "v", r.observations(), List.of(), 1, 1,
                        Map.of()), "tree", "required"),
                refusal("more files read than seen", r -> new ScanReport("repo", "v", r.observations(), List.of(),
                        1, 2, Map.of()), "filesRead", "expected 0 to filesSeen"),
                refusal("a negative count of files seen", r -> new ScanReport("repo", "v", r.observations(),
                        List.of(), -1, 0, Map.of()), "filesSeen", "0 or more"),
                refusal("a skipped example outside the tree", r -> new ScanReport("repo", "v", r.observations(),
                        List.of(), 10, 2, Map.of(SkipReason.VENDORED, new ScanReport.Skipped(1,
                        List.of("../node_modules")))), "skipped.vendored.examples[0]", "inside the scanned tree"),
                refusal("a negative skipped count", r -> new ScanReport("repo", "v", r.observations(), List.of(),
                        10, 2, Map.of(SkipReason.BINARY, new ScanReport.Skipped(-3, List.of()))),
                        "skipped.binary.count", "0 or more"));
    }

    static Arguments refusal(String what, UnaryOperator<ScanReport> change, String field, String reason) {
        return Arguments.of(what, change.apply(GOOD), field, reason);
    }

    static ScanReport one(Sighting sighting) {
        return report(List.of(seen("tests.app", "unit", sighting)));
    }

    static List<Sighting> sightings(String detector, int count) {
        List<Sighting> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(at(detector, "tests/test_" + i + ".py"));
        }
        return all;
    }

    /** 1001 sightings, five per detector of 201 detectors of one practice (a table of its own). */
    static ScanReport manyDetectors() {
        return report(List.of(new Observation("tests.app", "unit", 1, manySightings(1001))));
    }

    static List<Sighting> manySightings(int count) {
        List<Sighting> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(at("many-" + (i / 5), "tests/test_" + i + ".py"));
        }
        return all;
    }

    static final Detectors MANY = new Detectors(Stream.iterate(0, i -> i + 1).limit(201)
            .map(i -> detector("many-" + i, "tests.app", "unit", 1)).toList());

    @ParameterizedTest(name = "{0} is refused naming {2}")
    @MethodSource("refusals")
    void aBadReportIsRefusedNamingTheField(String what, ScanReport pushed, String field, String reason) {
        PushedScan.Checked checked = PushedScan.check(pushed, field.contains("[1000]") ? MANY : DETECTORS);

        assertThat(checked.refused()).isTrue();
        assertThat(checked.report()).isNull();
        assertThat(checked.errors()).as(what).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.reason()).contains(reason);
        });
    }

    @Test
    void aGoodReportIsRebuiltFromTheServicesDetectorsNotFromWhatItClaims() {
        // the pushed observation says rank 9 and names no practice not found: both are the service's to say
        PushedScan.Checked checked = PushedScan.check(GOOD, DETECTORS);

        assertThat(checked.errors()).isEmpty();
        ScanReport rebuilt = checked.report();
        assertThat(rebuilt.observations()).singleElement().satisfies(observation -> {
            assertThat(observation.practice()).isEqualTo("tests.app");
            assertThat(observation.value()).isEqualTo("unit");
            assertThat(observation.rank()).isEqualTo(1);
            assertThat(observation.sightings()).extracting(Sighting::location).containsExactly("tests/test_a.py:3");
        });
        assertThat(rebuilt.notFound()).containsExactly("release.container");
        assertThat(rebuilt.tree()).isEqualTo("repo");
        assertThat(rebuilt.filesSeen()).isEqualTo(10);
    }

    @Test
    void theHighestValueSeenWinsAndOnlyItsSightingsAreKept() {
        ScanReport pushed = report(List.of(seen("tests.app", "unit", at("pytest-file", "tests/test_a.py")),
                seen("tests.app", "end-to-end", at("e2e-file", "e2e/test_flow.py")),
                seen("release.container", "yes", at("dockerfile", "Dockerfile"))));

        ScanReport rebuilt = PushedScan.check(pushed, DETECTORS).report();

        assertThat(rebuilt.observation("tests.app").orElseThrow()).satisfies(observation -> {
            assertThat(observation.value()).isEqualTo("end-to-end");
            assertThat(observation.rank()).isEqualTo(2);
            assertThat(observation.sightings()).extracting(Sighting::detector).containsExactly("e2e-file");
        });
        assertThat(rebuilt.notFound()).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ScanReport pushed = report(List.of(seen("tests.app", "unit", at("made-up", "a.py"),
                at("pytest-file", "/abs.py"))));

        List<InputError> errors = PushedScan.check(pushed, DETECTORS).errors();

        assertThat(errors).extracting(InputError::field).containsExactly("observations[0].sightings[0].detector",
                "observations[0].sightings[1].path");
    }
}
