package org.maturityadvisor.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maturityadvisor.assessment.Doubt;
import org.maturityadvisor.assessment.TargetStatus;
import org.maturityadvisor.catalog.Support;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What a scenario expects, each kind of expectation in its own place: per model (by id), of the target advice
 * ({@code "target"} in the file), of a what-if's path ({@code "path"}) and of what the whole result rests on
 * ({@code "restsOn"}). Read once, when the scenarios load: a key that does not belong where it is written (a
 * {@code "rule"} under a model) makes the scenario unreadable rather than silently expecting nothing.
 */
public record Expectations(Map<String, OfModel> models, OfTarget target, OfPath path, OfResultBasis restsOn) {

    public Expectations {
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    public Expectations(Map<String, OfModel> models, OfTarget target, OfPath path) {
        this(models, target, path, null);
    }

    public static Expectations none() {
        return new Expectations(Map.of(), null, null, null);
    }

    public boolean isEmpty() {
        return models.isEmpty() && target == null && path == null && restsOn == null;
    }

    /**
     * One model: the level, the exact set of criteria blocking the next level (empty at the top level), optionally
     * the level of some dimensions, the score of a scored model and, for a what-if scenario, the level's change.
     * What evidence does to it: the exact set of criteria left out as not applicable ({@code notApplicable}), why some
     * criteria still count as unknown though answered ({@code doubts}: criterion to doubt, at whatever level they
     * block), what some met criteria rest on ({@code support}: criterion to claimed, evidenced or confirmed), the
     * exact set of criteria, met or not, whose answer is stale ({@code stale}), and per level reached the counts of
     * what its met criteria rest on ({@code restsOn}: level to counts; a count left out is not checked). Of a
     * checklist model, some sections' completion ({@code sections}: section to {@code "met/applicable"}, e.g.
     * {@code "8/8"}; a section not named is not checked).
     */
    public record OfModel(Integer level, List<String> blockers, Map<String, Integer> dimensions, Double score,
                          Integer delta, List<String> notApplicable, Map<String, Doubt> doubts,
                          Map<String, Support> support, List<String> stale, Map<Integer, OfLevelBasis> restsOn,
                          Map<String, OfSection> sections) {
        public OfModel {
            sections = sections == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sections));
            blockers = blockers == null ? null : List.copyOf(blockers);
            dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
            notApplicable = notApplicable == null ? null : List.copyOf(notApplicable);
            doubts = doubts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(doubts));
            support = support == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(support));
            stale = stale == null ? null : List.copyOf(stale);
            restsOn = restsOn == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(restsOn));
        }
    }

    /**
     * A checklist section's completion as a scenario writes it, {@code "met/applicable"} ({@code "18/20"}): met
     * statements of those that apply to the team. Anything else ({@code "8-8"}, {@code "9/8"}) is refused when the
     * scenario is read.
     */
    public record OfSection(int met, int applicable) {

        private static final Pattern FRACTION = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

        public OfSection {
            if (met < 0 || met > applicable) {
                throw new IllegalArgumentException("a section's completion is met/applicable with met at most "
                        + "applicable, got " + met + "/" + applicable);
            }
        }

        @JsonCreator
        public static OfSection parse(String text) {
            Matcher fraction = FRACTION.matcher(text == null ? "" : text.strip());
            if (!fraction.matches()) {
                throw new IllegalArgumentException("a section's completion is written \"met/applicable\" (\"8/8\"), "
                        + "got \"" + text + "\"");
            }
            return new OfSection(Integer.parseInt(fraction.group(1)), Integer.parseInt(fraction.group(2)));
        }

        @Override
        public String toString() {
            return met + "/" + applicable;
        }
    }

    /** One level's met criteria counted by what they rest on; a count left out (null) is not checked. */
    public record OfLevelBasis(Integer met, Integer confirmed, Integer evidenced, Integer claimed, Integer stale) {
    }

    /** The team's answers counted by what they rest on; a count left out (null) is not checked. */
    public record OfResultBasis(Integer answered, Integer confirmed, Integer evidenced, Integer claimed,
                                Integer stale, Integer notApplicable) {
    }

    /** The target advice: its level, the deciding row, where the team stands and the roadmap's criteria in order. */
    public record OfTarget(Integer level, String rule, TargetStatus status, List<String> roadmap) {
        public OfTarget {
            roadmap = roadmap == null ? null : List.copyOf(roadmap);
        }
    }

    /** A what-if's path: its target level, whether it is reachable, its steps in order as {@code practice=value}. */
    public record OfPath(Integer level, Boolean reachable, List<String> roadmap) {
        public OfPath {
            roadmap = roadmap == null ? null : List.copyOf(roadmap);
        }
    }
}
