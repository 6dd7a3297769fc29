package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.maturityadvisor.trace.TableTrace;
import org.maturityadvisor.trace.TraceMark;

/**
 * What the trace page shows: the trace, a bar of its marks drawn on the server (the picture, with the counts beside
 * it as the legend), where the result comes from and the way back to it, and the same trace for the other models.
 */
record TracePage(String heading, String about, TableTrace trace, List<Segment> bar, String back, String backText,
                 List<Switch> models) {

    /** One mark's part of the bar: its share of the rows, in percent of the bar's width. */
    record Segment(TraceMark mark, int count, String x, String width) {

        public String id() {
            return mark.id();
        }

        public String words() {
            return mark.words();
        }

        public String rows() {
            return new Counted().of(count, "row", "rows");
        }
    }

    /** A link to the same result traced on another model's table. */
    record Switch(String name, String href, boolean current) {
    }

    static TracePage of(String about, TableTrace trace, String back, String backText, List<String> models,
                        Map<String, String> names, Function<String, String> href) {
        int total = trace.legend().stream().mapToInt(TableTrace.MarkCount::count).sum();
        List<Segment> bar = new ArrayList<>();
        double x = 0;
        for (TableTrace.MarkCount count : trace.legend()) {
            double width = total == 0 ? 0 : 100.0 * count.count() / total;
            bar.add(new Segment(count.mark(), count.count(), percent(x), percent(width)));
            x += width;
        }
        List<Switch> switches = models.stream().map(id -> new Switch(names.getOrDefault(id, id), href.apply(id),
                id.equals(trace.model()))).toList();
        String level = trace.levelName() == null ? "name not given" : trace.levelName();
        return new TracePage(trace.modelName(), about + ": level " + trace.level() + " of "
                + trace.topLevel() + ", " + level + (trace.score() == null ? "" : " (score " + trace.score() + ")")
                + ", under rule-set version " + trace.rulesetVersion() + ".", trace, bar, back, backText, switches);
    }

    private static String percent(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    /** "not given" for a blank cell: a table may leave remediation, effort, names and the crosswalk blank. */
    public String cell(String value) {
        return value == null ? "not given" : value;
    }
}
