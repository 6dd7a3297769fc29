package org.maturityadvisor.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean": the known ids or values closest to one that is unknown, by edit distance (Levenshtein: the fewest
 * single-character insertions, deletions and substitutions), close enough to be a slip of the keyboard. Plain Java,
 * as the catalog is part of the core; the inputs are capped, as they may come from anyone.
 */
public final class Closest {

    /** At most this many suggestions. */
    static final int SHOWN = 3;
    /** Longer input gets no suggestion: it is no typo, and the distance costs length times length. */
    static final int LONGEST = 120;

    private Closest() {
    }

    /**
     * The known names closest to {@code given}, nearest first (then alphabetically), at most {@link #SHOWN}: those
     * within a third of its length (at least 1, at most 3 edits), or whose last dotted part it is
     * ({@code data-pipeline} for {@code creation.data-pipeline}). Empty when none is close or it is known.
     */
    public static List<String> to(String given, Collection<String> known) {
        if (given == null || given.isBlank() || given.length() > LONGEST || known.contains(given)) {
            return List.of();
        }
        String typed = given.strip().toLowerCase(Locale.ROOT);
        int most = Math.max(1, Math.min(3, typed.length() / 3));
        record Scored(String name, int distance) {
        }
        return known.stream().filter(name -> name.length() <= LONGEST)
                .map(name -> new Scored(name, name.toLowerCase(Locale.ROOT).endsWith("." + typed) ? 1
                        : distance(typed, name.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance() <= most)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(SHOWN).map(Scored::name).toList();
    }

    /** {@code "; did you mean x?"}, {@code "; did you mean x or y?"}, or "" when nothing is close. */
    public static String suggestion(String given, Collection<String> known) {
        List<String> closest = to(given, known);
        if (closest.isEmpty()) {
            return "";
        }
        String last = closest.get(closest.size() - 1);
        String first = String.join(", ", closest.subList(0, closest.size() - 1));
        return "; did you mean " + (first.isEmpty() ? last : first + " or " + last) + "?";
    }

    /** The Levenshtein distance, in two rows of memory. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
