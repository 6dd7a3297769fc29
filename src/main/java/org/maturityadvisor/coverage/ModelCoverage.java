package org.maturityadvisor.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maturityadvisor.definition.ModelKind;

/**
 * One model's coverage counted: of its {@code rows} criteria, tests or statements, how many some scenario meets
 * ({@code asMet}), how many of the {@code blockable} ones (all but an extra section's statements) some scenario is
 * blocked by ({@code asBlocking}), how many are exercised both ways ({@code both}) and neither way
 * ({@code uncovered}); of its {@code levels} levels or bands above 0, how many are reached and how many blocked; of a
 * checklist's {@code sections}, how many are seen complete and incomplete.
 */
public record ModelCoverage(String model, String modelName, ModelKind kind, int rows, int asMet, int blockable,
                            int asBlocking, int both, int uncovered, int levels, int reached, int blocked,
                            int sections, int complete, int incomplete) {

    /** One part of the picture's bar, in percent of its width. */
    public record Segment(String kind, String x, String width) {
    }

    static ModelCoverage of(String model, String modelName, ModelKind kind, List<CoverageItem> items) {
        List<CoverageItem> rows = items.stream().filter(item -> item.kind().asksOfPractice()).toList();
        List<CoverageItem> levels = items.stream()
                .filter(item -> item.kind() == ItemKind.LEVEL || item.kind() == ItemKind.BAND).toList();
        List<CoverageItem> sections = items.stream().filter(item -> item.kind() == ItemKind.SECTION).toList();
        return new ModelCoverage(model, modelName, kind, rows.size(), count(rows, CoverageItem::coveredAsMet),
                count(rows, CoverageItem::blocks), count(rows, CoverageItem::coveredAsBlocking),
                count(rows, item -> item.coveredAsMet() && item.coveredAsBlocking()),
                count(rows, CoverageItem::uncovered), levels.size(), count(levels, CoverageItem::coveredAsMet),
                count(levels, CoverageItem::coveredAsBlocking), sections.size(),
                count(sections, CoverageItem::coveredAsMet), count(sections, CoverageItem::coveredAsBlocking));
    }

    private static int count(List<CoverageItem> items, java.util.function.Predicate<CoverageItem> which) {
        return (int) items.stream().filter(which).count();
    }

    /** "criteria", "tests" or "statements" (one: "criterion", ...): what this model's rows are. */
    public String rowWords() {
        ItemKind row = switch (kind) {
            case SCORED -> ItemKind.TEST;
            case CHECKLIST -> ItemKind.STATEMENT;
            default -> ItemKind.CRITERION;
        };
        return rows == 1 ? row.words() : row.plural();
    }

    /** "levels", "bands", or for a checklist its one verdict: "verdicts". */
    public String levelWords() {
        return kind == ModelKind.SCORED ? ItemKind.BAND.plural() : kind == ModelKind.CHECKLIST ? "verdicts"
                : ItemKind.LEVEL.plural();
    }

    /** "38 of 40 criteria met, 31 of 40 blocking, 1 uncovered". */
    public String words() {
        return asMet + " of " + rows + " " + rowWords() + " met, " + asBlocking + " of " + blockable + " blocking, "
                + uncovered + " uncovered";
    }

    /** Exercised both ways, met only, blocking only, then neither, left to right; no rows is one pale track. */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        if (rows == 0) {
            segments.add(new Segment("none", "0", "100"));
            return segments;
        }
        int[] counts = {both, asMet - both, asBlocking - both, uncovered};
        String[] kinds = {"both", "met", "blocking", "uncovered"};
        double x = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                double width = 100.0 * counts[i] / rows;
                segments.add(new Segment(kinds[i], percent(x), percent(width)));
                x += width;
            }
        }
        return segments;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
