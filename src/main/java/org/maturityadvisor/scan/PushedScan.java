package org.maturityadvisor.scan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Sighting;

/**
 * A scan report a pipeline pushed, judged against the service's own detectors: nothing in it is trusted but the
 * sightings, and only those of a detector the active rule set has, for that detector's own practice and value. Paths
 * must stay inside the tree (relative, no {@code ..}, no leading {@code /}, at most {@value #MAX_PATH} characters),
 * texts are short single lines without control characters, counts are bounded. The observations and the practices
 * not found are then rebuilt from the service's detectors, so a pushed report can claim nothing they cannot show.
 * Pure: the rebuilt report, or every problem, each naming its field.
 */
public final class PushedScan {

    public static final int MAX_PATH = 300;
    public static final int MAX_TEXT = 200;
    public static final int MAX_SIGHTINGS_PER_DETECTOR = Scanner.SIGHTINGS_PER_DETECTOR;
    public static final int MAX_SIGHTINGS = 1000;
    static final int MAX_EXAMPLES = 20;

    private PushedScan() {
    }

    /** The report rebuilt from the service's detectors, or the problems found (then nothing of it may be kept). */
    public record Checked(ScanReport report, List<InputError> errors) {

        public Checked {
            errors = List.copyOf(errors);
        }

        public boolean refused() {
            return !errors.isEmpty();
        }
    }

    public static Checked check(ScanReport pushed, Detectors detectors) {
        List<InputError> errors = new ArrayList<>();
        text("tree", pushed.tree(), MAX_PATH, true, errors);
        text("rulesetVersion", pushed.rulesetVersion(), MAX_TEXT, false, errors);
        if (pushed.filesSeen() < 0) {
            errors.add(new InputError("filesSeen", "expected 0 or more, got " + pushed.filesSeen()));
        }
        if (pushed.filesRead() < 0 || pushed.filesRead() > Math.max(pushed.filesSeen(), 0)) {
            errors.add(new InputError("filesRead", "expected 0 to filesSeen (" + pushed.filesSeen() + "), got "
                    + pushed.filesRead()));
        }
        Map<String, List<Sighting>> kept = new LinkedHashMap<>();
        Map<String, Integer> perDetector = new HashMap<>();
        int total = 0;
        for (int i = 0; i < pushed.observations().size(); i++) {
            Observation observation = pushed.observations().get(i);
            String field = "observations[" + i + "]";
            for (int j = 0; j < observation.sightings().size(); j++) {
                Sighting sighting = observation.sightings().get(j);
                String at = field + ".sightings[" + j + "]";
                if (++total == MAX_SIGHTINGS + 1) {
                    errors.add(new InputError(at, "more than " + MAX_SIGHTINGS + " sightings in one report"));
                }
                Detector detector = detectors.find(sighting.detector()).orElse(null);
                if (detector == null) {
                    errors.add(new InputError(at + ".detector", "no detector " + quoted(sighting.detector())
                            + " in the active rule set"));
                    continue;
                }
                if (!detector.practice().equals(observation.practice())) {
                    errors.add(new InputError(field + ".practice", "detector " + detector.id() + " shows "
                            + detector.practice() + ", not " + quoted(observation.practice())));
                } else if (!detector.value().equals(observation.value())) {
                    errors.add(new InputError(field + ".value", "detector " + detector.id() + " shows "
                            + detector.practice() + " = " + detector.value() + ", not " + quoted(observation.value())));
                }
                if (perDetector.merge(detector.id(), 1, Integer::sum) == MAX_SIGHTINGS_PER_DETECTOR + 1) {
                    errors.add(new InputError(at, "more than " + MAX_SIGHTINGS_PER_DETECTOR + " sightings of detector "
                            + detector.id()));
                }
                path(at + ".path", sighting.path(), errors);
                text(at + ".text", sighting.text(), MAX_TEXT, false, errors);
                kept.computeIfAbsent(detector.id(), id -> new ArrayList<>()).add(sighting);
            }
        }
        Map<SkipReason, ScanReport.Skipped> skipped = skipped(pushed.skipped(), errors);
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(rebuilt(pushed, detectors, kept, skipped), List.of());
    }

    /** The observations and the practices not found, as the service's detectors read the kept sightings. */
    private static ScanReport rebuilt(ScanReport pushed, Detectors detectors, Map<String, List<Sighting>> kept,
                                      Map<SkipReason, ScanReport.Skipped> skipped) {
        List<Observation> observations = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String practice : detectors.practices()) {
            Detector best = null;
            for (Detector detector : detectors.all()) {
                if (detector.practice().equals(practice) && kept.containsKey(detector.id())
                        && (best == null || detector.rank() > best.rank())) {
                    best = detector;
                }
            }
            if (best == null) {
                notFound.add(practice);
                continue;
            }
            List<Sighting> sightings = new ArrayList<>();
            for (Detector detector : detectors.all()) {
                if (detector.practice().equals(practice) && detector.rank() == best.rank()) {
                    sightings.addAll(kept.getOrDefault(detector.id(), List.of()));
                }
            }
            observations.add(new Observation(practice, best.value(), best.rank(), sightings));
        }
        return new ScanReport(pushed.tree(), pushed.rulesetVersion(), observations, notFound, pushed.filesSeen(),
                pushed.filesRead(), skipped);
    }

    private static Map<SkipReason, ScanReport.Skipped> skipped(Map<SkipReason, ScanReport.Skipped> pushed,
                                                           List<InputError> errors) {
        Map<SkipReason, ScanReport.Skipped> skipped = new EnumMap<>(SkipReason.class);
        pushed.forEach((reason, entry) -> {
            String field = "skipped." + reason.id();
            if (entry.count() < 0) {
                errors.add(new InputError(field + ".count", "expected 0 or more, got " + entry.count()));
            }
            if (entry.examples().size() > MAX_EXAMPLES) {
                errors.add(new InputError(field + ".examples", "at most " + MAX_EXAMPLES + " examples, got "
                        + entry.examples().size()));
            }
            for (int i = 0; i < Math.min(entry.examples().size(), MAX_EXAMPLES); i++) {
                path(field + ".examples[" + i + "]", entry.examples().get(i), errors);
            }
            skipped.put(reason, entry);
        });
        return skipped;
    }

    /** A path inside the tree: relative, forward slashes, no {@code ..} or empty part, no control character. */
    static void path(String field, String path, List<InputError> errors) {
        if (path == null || path.isEmpty()) {
            errors.add(new InputError(field, "required: a path inside the scanned tree"));
            return;
        }
        if (path.length() > MAX_PATH) {
            errors.add(new InputError(field, "at most " + MAX_PATH + " characters, got " + path.length()));
            return;
        }
        if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
            errors.add(new InputError(field, "expected a path relative to the scanned tree (forward slashes, no "
                    + "leading / or drive), got " + quoted(path)));
            return;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) {
                errors.add(new InputError(field, "expected a path inside the scanned tree (no empty, . or .. part), "
                        + "got " + quoted(path)));
                return;
            }
        }
        control(field, path, errors);
    }

    /** Short text on one line: at most {@code max} characters and no control or format character. */
    static void text(String field, String text, int max, boolean required, List<InputError> errors) {
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(new InputError(field, "required"));
            }
            return;
        }
        if (text.length() > max) {
            errors.add(new InputError(field, "at most " + max + " characters, got " + text.length()));
            return;
        }
        control(field, text, errors);
    }

    private static void control(String field, String text, List<InputError> errors) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                errors.add(new InputError(field, String.format("a control or format character (U+%04X) at "
                        + "character %d", (int) c, i + 1)));
                return;
            }
        }
    }

    private static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        StringBuilder out = new StringBuilder("\"");
        shown.codePoints().forEach(c -> out.append(Character.isISOControl(c) || Character.getType(c)
                == Character.FORMAT ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.append('"').toString();
    }
}
