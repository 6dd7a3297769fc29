package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maturityadvisor.assessment.ClaimCheck;
import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.Sighting;
import org.maturityadvisor.scan.Detector;
import org.maturityadvisor.scan.Detectors;

/**
 * Claimed vs observed as a page shows it (from {@link org.maturityadvisor.assessment.AssessmentResult#observed()}):
 * a stacked bar of how the answers compare with the repository, with the counts beside it, and a row per practice a
 * detector looked for, disagreements first, each with the places in the files behind it. Every text here comes from
 * the catalog, the rule set's detector table or the repository: the template escapes all of it and links none.
 *
 * @param words    "2 of 5 answers disagree with the repository: 1 claimed but not found, 1 found but answered lower"
 * @param counts   every kind of agreement that occurs, in the bar's order
 * @param segments the bar's parts, percent of its width
 */
public record ObservedView(String words, List<Count> counts, List<Segment> segments, List<Row> rows) {

    /** The bar's order: agreement first, then the two disagreements, then what only the files say. */
    static final List<Agreement> ORDER = List.of(Agreement.AGREES, Agreement.CLAIMED_NOT_FOUND,
            Agreement.FOUND_ANSWERED_LOWER, Agreement.FOUND_NOT_ANSWERED, Agreement.NEITHER);

    public ObservedView {
        counts = List.copyOf(counts);
        segments = List.copyOf(segments);
        rows = List.copyOf(rows);
    }

    /** How many practices compare one way, e.g. 2 "claimed but not found". */
    public record Count(Agreement agreement, int count) {

        public String kind() {
            return agreement.id();
        }

        public String words() {
            return agreement.words();
        }
    }

    /** One part of the bar. */
    public record Segment(String kind, String x, String width, String label) {
    }

    /**
     * One practice: its question, the team's answer ("not answered" when none), what the files show ("not found"
     * when nothing), how they compare, and the sightings behind the observation (strongest first).
     */
    public record Row(String practice, String question, String claimed, String observed, Agreement agreement,
                      List<Seen> sightings) {

        public Row {
            sightings = List.copyOf(sightings);
        }

        public boolean disagrees() {
            return agreement.disagrees();
        }

        /** The first sighting, shown in the row; null when nothing was found. */
        public Seen first() {
            return sightings.isEmpty() ? null : sightings.get(0);
        }

        /** "3 places in the files", for the summary of the full list. */
        public String more() {
            return "All " + Words.count(sightings.size(), "place", "places") + " in the files";
        }
    }

    /**
     * One place in the repository: "path:line", the matched text (empty when the file itself is the evidence), the
     * detector's id and what its match shows ("" when the active rule set no longer has that detector).
     */
    public record Seen(String location, String text, String detector, String shows) {
    }

    /** Null when the result read no repository: the page then shows nothing of this. */
    static ObservedView of(List<ClaimCheck> checks, PracticeCatalog catalog, Detectors detectors) {
        if (checks == null || checks.isEmpty()) {
            return null;
        }
        Map<Agreement, Integer> tally = new EnumMap<>(Agreement.class);
        checks.forEach(check -> tally.merge(check.agreement(), 1, Integer::sum));
        List<Count> counts = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        double x = 0;
        for (Agreement agreement : ORDER) {
            int count = tally.getOrDefault(agreement, 0);
            if (count > 0) {
                double width = 100.0 * count / checks.size();
                counts.add(new Count(agreement, count));
                segments.add(new Segment(agreement.id(), percent(x), percent(width),
                        count + " " + agreement.words()));
                x += width;
            }
        }
        List<String> order = catalog.practices().stream().map(Practice::id).toList();
        List<Row> rows = checks.stream()
                .sorted(Comparator.comparing((ClaimCheck check) -> !check.agreement().disagrees())
                        .thenComparingInt(check -> {
                            int at = order.indexOf(check.practice());
                            return at < 0 ? Integer.MAX_VALUE : at;
                        }))
                .map(check -> row(check, catalog, detectors)).toList();
        return new ObservedView(words(tally, checks.size()), counts, segments, rows);
    }

    private static Row row(ClaimCheck check, PracticeCatalog catalog, Detectors detectors) {
        String question = catalog.find(check.practice()).map(Practice::question).orElse(check.practice());
        List<Seen> seen = check.sightings().stream().map(sighting -> seen(sighting, detectors)).toList();
        return new Row(check.practice(), question, check.claimed() == null ? "not answered" : check.claimed(),
                check.observed() == null ? "not found" : check.observed(), check.agreement(), seen);
    }

    private static Seen seen(Sighting sighting, Detectors detectors) {
        String shows = detectors == null ? "" : detectors.find(sighting.detector()).map(Detector::shows).orElse("");
        return new Seen(sighting.location(), sighting.text(), sighting.detector(), shows);
    }

    /** "2 of 5 answers disagree with the repository: ...", or "All 3 answers agree with the repository". */
    static String words(Map<Agreement, Integer> tally, int total) {
        int notFound = tally.getOrDefault(Agreement.CLAIMED_NOT_FOUND, 0);
        int lower = tally.getOrDefault(Agreement.FOUND_ANSWERED_LOWER, 0);
        int disagree = notFound + lower;
        String compared = Words.count(total, "practice", "practices") + " compared with the repository";
        if (disagree == 0) {
            return compared + ": none disagrees";
        }
        List<String> parts = new ArrayList<>();
        if (notFound > 0) {
            parts.add(notFound + " " + Agreement.CLAIMED_NOT_FOUND.words());
        }
        if (lower > 0) {
            parts.add(lower + " " + Agreement.FOUND_ANSWERED_LOWER.words());
        }
        return compared + ": " + disagree + (disagree == 1 ? " disagrees" : " disagree") + " ("
                + String.join(", ", parts) + ")";
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
