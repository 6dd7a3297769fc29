package org.maturityadvisor.workbench;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.store.HistoryEntry;
import org.maturityadvisor.store.StoredLevel;

/**
 * A team's history as small multiples: one stepped chart per model, each on its own scale (0 to that model's top
 * level), one point per assessment, oldest first. A model the rules no longer have is drawn on the scale of the
 * highest level it reached, under its id.
 */
public final class HistoryChart {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private HistoryChart() {
    }

    /** One model's chart: its data (what the page's {@code data-chart} carries) and how it is drawn. */
    public record Panel(Data data, StepPlot plot) {

        public String model() {
            return data.model();
        }
    }

    /**
     * The chart's data: per assessment (oldest first) its number, day and the level reached, null when the model
     * was not assessed then.
     */
    public record Data(String model, String name, int topLevel, boolean stepped, List<Point> points) {

        /** The newest assessment's level in words: "now level 2 of 4: Automated Training", a checklist's verdict. */
        public String now() {
            Point newest = points.get(points.size() - 1);
            if (newest.level() != null && newest.checklist()) {
                return "now " + newest.verdict();
            }
            return newest.level() == null ? "not assessed in the newest assessment"
                    : "now level " + newest.level() + " of " + topLevel + (newest.levelName() == null
                    || newest.levelName().isBlank() ? "" : ": " + newest.levelName());
        }
    }

    /** One assessment's level; {@code checklist}: the model is a checklist, so 1 reads as complete, 0 as not. */
    public record Point(int seq, String date, Integer level, String levelName, boolean checklist) {

        public Point(int seq, String date, Integer level, String levelName) {
            this(seq, date, level, levelName, false);
        }

        /** What a point says when hovered, and its row in the table. */
        public String words() {
            return "#" + seq + ", " + date + ": " + (level == null ? "not assessed in this model" : levelWords());
        }

        /** "level 2 Automated Training"; for a checklist "complete (MLOps mature)", "not complete". */
        public String levelWords() {
            if (level == null) {
                return "not assessed";
            }
            return checklist ? verdict()
                    : "level " + level + (levelName == null || levelName.isBlank() ? "" : " " + levelName);
        }

        /** A checklist's level in words: complete or not, with the table's name for it when it gives one. */
        String verdict() {
            String words = level >= 1 ? "complete" : "not complete";
            return levelName == null || levelName.isBlank() ? words : words + " (" + levelName + ")";
        }
    }

    /**
     * @param newestFirst the history as the store returns it
     * @param models      the active rules' models, in their order: their names and top levels
     */
    static List<Panel> of(List<HistoryEntry> newestFirst, List<MaturityModel> models) {
        List<HistoryEntry> entries = new ArrayList<>(newestFirst);
        Collections.reverse(entries);
        Map<String, MaturityModel> known = new LinkedHashMap<>();
        models.forEach(model -> known.put(model.id(), model));
        Map<String, List<Point>> byModel = new LinkedHashMap<>();
        known.keySet().forEach(model -> byModel.put(model, new ArrayList<>()));
        for (int i = 0; i < entries.size(); i++) {
            HistoryEntry entry = entries.get(i);
            String day = entry.assessedAt().atZoneSameInstant(ZoneOffset.UTC).format(DAY);
            for (StoredLevel level : entry.levels()) {
                List<Point> points = byModel.computeIfAbsent(level.model(), m -> new ArrayList<>());
                pad(points, entries, i);
                MaturityModel definition = known.get(level.model());
                points.add(new Point(entry.seq(), day, level.level(), level.levelName(),
                        definition != null && definition.kind() == ModelKind.CHECKLIST));
            }
        }
        List<Panel> panels = new ArrayList<>();
        byModel.forEach((model, points) -> {
            pad(points, entries, entries.size());
            if (points.stream().anyMatch(p -> p.level() != null)) {
                panels.add(panel(model, known.get(model), points));
            }
        });
        return panels;
    }

    /** Points for the assessments before {@code upTo} that did not have this model. */
    private static void pad(List<Point> points, List<HistoryEntry> entries, int upTo) {
        while (points.size() < upTo) {
            HistoryEntry missing = entries.get(points.size());
            points.add(new Point(missing.seq(), missing.assessedAt().atZoneSameInstant(ZoneOffset.UTC).format(DAY),
                    null, null));
        }
    }

    private static Panel panel(String id, MaturityModel model, List<Point> points) {
        int reached = points.stream().filter(p -> p.level() != null).mapToInt(Point::level).max().orElse(0);
        int top = model == null ? Math.max(1, reached) : Math.max(model.topLevel(), reached);
        Data data = new Data(id, model == null ? id : model.name(), top, true, List.copyOf(points));
        return new Panel(data, StepPlot.of(points.stream().map(Point::level).toList(),
                points.stream().map(p -> "#" + p.seq()).toList(), points.stream().map(Point::date).toList(),
                points.stream().map(Point::words).toList(), top));
    }
}
