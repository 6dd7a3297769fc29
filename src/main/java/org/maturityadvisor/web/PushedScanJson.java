package org.maturityadvisor.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Sighting;
import org.maturityadvisor.scan.PushedScan;
import org.maturityadvisor.scan.ScanReport;
import org.maturityadvisor.scan.SkipReason;
import org.maturityadvisor.teams.TeamScans;

import tools.jackson.databind.JsonNode;

/**
 * A scan report as a pipeline pushes it ({@code scan --format json}, plus {@code commit} and {@code ref}), read field
 * by field into the scan's own types: a wrong type, a missing field or an unknown one is refused naming it, before
 * {@link PushedScan} judges the content against the service's detectors.
 */
final class PushedScanJson {

    /** What a refusal says was invalid: "Invalid scan report". */
    static final String SUBJECT = "scan report";
    private static final Set<String> FIELDS = Set.of("tree", "rulesetVersion", "observations", "notFound", "filesSeen",
            "filesRead", "skipped", "commit", "ref");
    private static final Set<String> OBSERVATION = Set.of("practice", "value", "rank", "sightings");
    private static final Set<String> SIGHTING = Set.of("detector", "path", "line", "text");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9._/+-]{1,255}");
    /** More than this many observations or sightings cannot pass the checks: read no further. */
    private static final int MOST = PushedScan.MAX_SIGHTINGS + 1;

    private PushedScanJson() {
    }

    /** The report and what it was of. */
    record Pushed(ScanReport report, TeamScans.Source source) {
    }

    static Pushed read(JsonNode body) {
        List<InputError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new InvalidInputException(SUBJECT, List.of(new InputError("(body)", "expected a scan report: "
                    + "{\"tree\", \"observations\", \"notFound\", \"filesSeen\", \"filesRead\", \"skipped\"}")));
        }
        unknown(body, FIELDS, "", errors);
        String tree = text(body, "tree", "tree", true, errors);
        String version = text(body, "rulesetVersion", "rulesetVersion", false, errors);
        List<Observation> observations = new ArrayList<>();
        JsonNode listed = array(body, "observations", "observations", errors);
        for (int i = 0; listed != null && i < Math.min(listed.size(), MOST); i++) {
            Observation observation = observation(listed.get(i), "observations[" + i + "]", errors);
            if (observation != null) {
                observations.add(observation);
            }
        }
        JsonNode notFound = array(body, "notFound", "notFound", errors);
        for (int i = 0; notFound != null && i < Math.min(notFound.size(), MOST); i++) {
            if (!notFound.get(i).isString()) {
                errors.add(new InputError("notFound[" + i + "]", "expected a practice id as text"));
            }
        }
        int seen = count(body, "filesSeen", "filesSeen", errors);
        int read = count(body, "filesRead", "filesRead", errors);
        Map<SkipReason, ScanReport.Skipped> skipped = skipped(body.get("skipped"), errors);
        String commit = text(body, "commit", "commit", false, errors);
        if (commit != null && !COMMIT.matcher(commit).matches()) {
            errors.add(new InputError("commit", "expected the commit's 40 lower-case hex digits, got "
                    + Echo.quoted(commit)));
        }
        String ref = text(body, "ref", "ref", false, errors);
        if (ref != null && (!REF.matcher(ref).matches() || ref.contains(".."))) {
            errors.add(new InputError("ref", "expected a branch or tag name (letters, digits, . _ / + -, at most 255),"
                    + " got " + Echo.quoted(ref)));
        }
        InvalidInputException.throwIfAny(SUBJECT, errors);
        return new Pushed(new ScanReport(tree, version, observations, List.of(), seen, read, skipped),
                new TeamScans.Source(commit, ref));
    }

    private static Observation observation(JsonNode node, String field, List<InputError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new InputError(field, "expected an observation: {\"practice\", \"value\", \"sightings\"}"));
            return null;
        }
        int before = errors.size();
        unknown(node, OBSERVATION, field + ".", errors);
        String practice = text(node, "practice", field + ".practice", true, errors);
        String value = text(node, "value", field + ".value", true, errors);
        JsonNode rank = node.get("rank");
        if (rank != null && !rank.isNull() && !rank.isIntegralNumber()) {
            errors.add(new InputError(field + ".rank", "expected a whole number"));
        }
        List<Sighting> sightings = new ArrayList<>();
        JsonNode listed = array(node, "sightings", field + ".sightings", errors);
        if (listed != null && listed.isEmpty()) {
            errors.add(new InputError(field + ".sightings", "an observation rests on at least one sighting"));
        }
        for (int j = 0; listed != null && j < Math.min(listed.size(), MOST); j++) {
            Sighting sighting = sighting(listed.get(j), field + ".sightings[" + j + "]", errors);
            if (sighting != null) {
                sightings.add(sighting);
            }
        }
        return errors.size() > before ? null : new Observation(practice, value, rank == null || rank.isNull() ? 0
                : rank.intValue(), sightings);
    }

    private static Sighting sighting(JsonNode node, String field, List<InputError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new InputError(field, "expected a sighting: {\"detector\", \"path\", \"line\", \"text\"}"));
            return null;
        }
        int before = errors.size();
        unknown(node, SIGHTING, field + ".", errors);
        String detector = text(node, "detector", field + ".detector", true, errors);
        String path = text(node, "path", field + ".path", true, errors);
        String text = text(node, "text", field + ".text", false, errors);
        JsonNode line = node.get("line");
        int at = 0;
        if (line != null && !line.isNull()) {
            if (!line.isIntegralNumber() || !line.canConvertToInt()) {
                errors.add(new InputError(field + ".line", "expected a whole number (0: the whole file)"));
            } else if (line.intValue() < 0) {
                errors.add(new InputError(field + ".line", "expected 0 (the whole file) or a line number, got "
                        + line.intValue()));
            } else {
                at = line.intValue();
            }
        }
        return errors.size() > before ? null : new Sighting(detector, path, at, text);
    }

    private static Map<SkipReason, ScanReport.Skipped> skipped(JsonNode node, List<InputError> errors) {
        Map<SkipReason, ScanReport.Skipped> skipped = new EnumMap<>(SkipReason.class);
        if (node == null || node.isNull()) {
            return skipped;
        }
        if (!node.isObject()) {
            errors.add(new InputError("skipped", "expected an object of reason to {\"count\", \"examples\"}"));
            return skipped;
        }
        for (String id : node.propertyNames()) {
            String field = "skipped." + id;
            SkipReason reason = java.util.Arrays.stream(SkipReason.values()).filter(r -> r.id().equals(id))
                    .findFirst().orElse(null);
            JsonNode entry = node.get(id);
            if (reason == null) {
                errors.add(new InputError(field, "no such reason; expected one of " + String.join(", ",
                        java.util.Arrays.stream(SkipReason.values()).map(SkipReason::id).toList())));
                continue;
            }
            if (!entry.isObject()) {
                errors.add(new InputError(field, "expected {\"count\", \"examples\"}"));
                continue;
            }
            unknown(entry, Set.of("count", "examples"), field + ".", errors);
            int count = count(entry, "count", field + ".count", errors);
            List<String> examples = new ArrayList<>();
            JsonNode listed = array(entry, "examples", field + ".examples", errors);
            for (int i = 0; listed != null && i < Math.min(listed.size(), MOST); i++) {
                if (listed.get(i).isString()) {
                    examples.add(listed.get(i).stringValue());
                } else {
                    errors.add(new InputError(field + ".examples[" + i + "]", "expected a path as text"));
                }
            }
            skipped.put(reason, new ScanReport.Skipped(count, examples));
        }
        return skipped;
    }

    private static void unknown(JsonNode node, Set<String> known, String prefix, List<InputError> errors) {
        node.propertyNames().stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name ->
                errors.add(new InputError(prefix + name, "unknown field; expected " + String.join(", ",
                        known.stream().sorted().toList()))));
    }

    private static String text(JsonNode node, String name, String field, boolean required, List<InputError> errors) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new InputError(field, "required"));
            }
            return null;
        }
        if (!value.isString()) {
            errors.add(new InputError(field, "expected text, got " + Echo.of(value.toString())));
            return null;
        }
        return value.stringValue();
    }

    private static JsonNode array(JsonNode node, String name, String field, List<InputError> errors) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            errors.add(new InputError(field, "expected an array"));
            return null;
        }
        if (value.size() > MOST) {
            errors.add(new InputError(field, "at most " + PushedScan.MAX_SIGHTINGS + " entries, got " + value.size()));
        }
        return value;
    }

    private static int count(JsonNode node, String name, String field, List<InputError> errors) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            errors.add(new InputError(field, "expected a whole number, 0 or more, got " + Echo.of(value.toString())));
            return 0;
        }
        return value.intValue();
    }
}
