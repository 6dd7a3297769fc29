package org.maturityadvisor.trace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.DimensionLevel;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.NotApplicable;
import org.maturityadvisor.assessment.SectionCompletion;
import org.maturityadvisor.assessment.SectionShortfall;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.ModelKind;

/**
 * Marks one model's table rows with what one result made of them. Every mark comes from the result (its met
 * criteria, its blocked levels with their blockers and shortfalls, its not-applicable criteria, its sections), never
 * from comparing answers here: the trace cannot drift from what the rules decided. The model definition gives only
 * what a row asks (a band's "score above", a test's full points).
 */
public final class TableTracer {

    private final MaturityModel model;
    private final ModelAssessment result;
    private final Map<String, MetCriterion> met = new HashMap<>();
    private final Map<String, NotApplicable> notApplicable = new HashMap<>();
    /** Blockers of the first level not reached, and every other unmet criterion with the level it blocks. */
    private final Map<String, Blocker> blocking = new HashMap<>();
    private final Map<String, Blocker> later = new HashMap<>();
    private final Integer firstBlocked;

    private TableTracer(MaturityModel model, ModelAssessment result) {
        this.model = model;
        this.result = result;
        result.met().forEach(m -> met.put(m.criterion(), m));
        result.notApplicable().forEach(n -> notApplicable.put(n.criterion(), n));
        List<BlockedLevel> blocked = result.blockedLevels();
        firstBlocked = blocked.isEmpty() ? null : blocked.get(0).level();
        for (int i = 0; i < blocked.size(); i++) {
            for (Blocker blocker : blocked.get(i).blockers()) {
                (i == 0 ? blocking : later).putIfAbsent(blocker.criterion(), blocker);
            }
        }
        for (SectionCompletion section : result.sections()) {
            section.unmet().forEach(b -> {
                if (!blocking.containsKey(b.criterion())) {
                    later.putIfAbsent(b.criterion(), b);
                }
            });
        }
    }

    /**
     * The trace of {@code result} (the result's assessment of {@code model}) on {@code tables}, the model's rows as
     * the table reader read them under the same rule-set version.
     */
    public static TableTrace trace(MaturityModel model, ModelAssessment result, String version,
                                   List<SheetTable> tables) {
        if (!model.id().equals(result.model())) {
            throw new IllegalArgumentException("result of " + result.model() + " traced on model " + model.id());
        }
        TableTracer tracer = new TableTracer(model, result);
        List<TraceTable> traced = tables.stream().map(tracer::table).toList();
        Map<TraceMark, Integer> counts = new EnumMap<>(TraceMark.class);
        traced.forEach(t -> t.rows().forEach(r -> counts.merge(r.mark(), 1, Integer::sum)));
        List<TableTrace.MarkCount> legend = java.util.Arrays.stream(TraceMark.values())
                .map(mark -> new TableTrace.MarkCount(mark, counts.getOrDefault(mark, 0))).toList();
        return new TableTrace(model.id(), model.name(), model.kind(), version, result.level(), result.levelName(),
                result.topLevel(), result.score(), legend, traced);
    }

    private TraceTable table(SheetTable table) {
        List<TraceRow> rows = new ArrayList<>();
        for (SheetTable.Row row : table.rows()) {
            rows.add(switch (table.part()) {
                case MODEL -> plain(row, "level " + result.level() + " of " + result.topLevel() + ": "
                        + named(result.levelName()) + (result.score() == null ? "" : ", score " + number(result.score())));
                case LEVELS -> level(row);
                case DIMENSIONS -> dimension(row);
                case CRITERIA -> criterion(row);
            });
        }
        return new TraceTable(table.file(), table.sheet(), table.name(), table.part(), table.columns(),
                table.labels(), rows);
    }

    private static TraceRow plain(SheetTable.Row row, String note) {
        return new TraceRow(row.number(), row.key(), row.cells(), TraceMark.NONE, note, null);
    }

    private static TraceRow marked(SheetTable.Row row, TraceMark mark, String note, TraceAnswer answer) {
        return new TraceRow(row.number(), row.key(), row.cells(), mark, note, answer);
    }

    private TraceRow level(SheetTable.Row row) {
        int number;
        try {
            number = Integer.parseInt(row.key());
        } catch (NumberFormatException e) {
            return plain(row, null);
        }
        Level level = model.levels().stream().filter(l -> l.number() == number).findFirst().orElse(null);
        String band = model.kind() == ModelKind.SCORED ? "band" : "level";
        if (number == result.level()) {
            return marked(row, TraceMark.DECIDING, band + " reached" + scoreAgainst(level, true), null);
        }
        if (firstBlocked != null && number == firstBlocked) {
            return marked(row, TraceMark.DECIDING, "first " + band + " not reached" + scoreAgainst(level, false)
                    + blockedBy(), null);
        }
        if (number < result.level()) {
            return marked(row, TraceMark.MET, band + " passed", null);
        }
        return marked(row, TraceMark.NOT_BLOCKING, "above the first " + band + " not reached", null);
    }

    /** ": score 2.5 is above 2" on a band of a scored model; nothing on a gated level. */
    private String scoreAgainst(Level level, boolean reached) {
        if (model.kind() != ModelKind.SCORED || result.score() == null) {
            return "";
        }
        if (level == null || level.scoreAbove() == null) {
            return ": score " + number(result.score());
        }
        return ": score " + number(result.score()) + (reached ? " is above " : " is not above ")
                + number(level.scoreAbove());
    }

    private String blockedBy() {
        BlockedLevel first = result.blockedLevels().get(0);
        int blockers = first.blockers().size();
        int sections = first.shortfalls().size();
        if (sections > 0) {
            return "; " + count(sections, "section", "sections") + " short of it";
        }
        return blockers == 0 ? "" : "; " + count(blockers, "row blocks", "rows block") + " it";
    }

    private TraceRow dimension(SheetTable.Row row) {
        String name = row.key();
        if (model.kind() == ModelKind.CHECKLIST) {
            SectionCompletion section = result.sections().stream().filter(s -> s.section().equals(name))
                    .findFirst().orElse(null);
            if (section == null) {
                return plain(row, null);
            }
            String note = (section.required() ? "required: " : "extra: ") + section.met() + " of "
                    + section.applicable() + " met" + (section.applicable() < section.total()
                    ? " (" + (section.total() - section.applicable()) + " not applicable)" : "")
                    + (section.complete() ? ", complete" : ", not complete");
            TraceMark mark = section.complete() ? TraceMark.MET
                    : section.required() ? TraceMark.DECIDING : TraceMark.NOT_BLOCKING;
            return marked(row, mark, note, null);
        }
        DimensionLevel reading = result.dimensions().stream().filter(d -> d.dimension().equals(name)).findFirst()
                .orElse(null);
        if (reading == null) {
            return plain(row, null);
        }
        if (model.kind() == ModelKind.SCORED) {
            SectionShortfall short_ = result.blockedLevels().isEmpty() ? null : result.blockedLevels().get(0)
                    .shortfalls().stream().filter(s -> s.section().equals(name)).findFirst().orElse(null);
            String sum = "sum " + (reading.score() == null ? "not given" : number(reading.score()));
            return short_ == null ? plain(row, sum)
                    : marked(row, TraceMark.DECIDING, sum + ": needs above " + number(short_.needsAbove())
                    + " for band " + firstBlocked, null);
        }
        String note = "reaches level " + reading.level() + (reading.noCriteriaAt().isEmpty() ? ""
                : "; no criteria here at level " + join(reading.noCriteriaAt()));
        boolean holdsBack = blocking.values().stream().anyMatch(b -> Objects.equals(b.dimension(), name));
        return holdsBack ? marked(row, TraceMark.DECIDING, note + "; holds back level " + firstBlocked, null)
                : plain(row, note);
    }

    private TraceRow criterion(SheetTable.Row row) {
        String id = row.key();
        NotApplicable na = notApplicable.get(id);
        if (na != null) {
            return marked(row, TraceMark.NOT_APPLICABLE, (na.byContext() ? "by context: " : "by the team: ")
                    + na.reason(), TraceAnswer.leftOut(na.reason()));
        }
        Blocker blocker = blocking.get(id);
        if (blocker != null) {
            TraceAnswer answer = TraceAnswer.of(blocker.observed(), blocker.basis());
            if (blocker.status() == CriterionStatus.UNKNOWN) {
                return marked(row, TraceMark.BLOCKING_UNKNOWN, (blocker.doubt() == null ? "not answered"
                        : blocker.doubt().words()) + "; blocks " + levelWord()
                        + " " + firstBlocked, answer);
            }
            return marked(row, TraceMark.BLOCKING_ABSENT, "answered " + blocker.observed() + ", requires "
                    + blocker.required() + "; blocks " + levelWord() + " " + firstBlocked, answer);
        }
        MetCriterion m = met.get(id);
        Criterion criterion = model.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        boolean partly = m != null && m.points() != null && criterion != null && m.points() < criterion.maxPoints();
        if (m != null && !partly) {
            TraceAnswer answer = TraceAnswer.of(m.observed(), m.basis());
            return answer.stale() ? marked(row, TraceMark.STALE, "met on a stale answer", answer)
                    : marked(row, TraceMark.MET, m.points() == null ? "met" : "full points: " + number(m.points()),
                    answer);
        }
        Blocker other = later.get(id);
        if (other != null) {
            String where = model.kind() == ModelKind.CHECKLIST ? "in an extra section" : "would block "
                    + levelWord() + " " + other.level();
            return marked(row, TraceMark.NOT_BLOCKING, other.statusWords() + "; " + where,
                    TraceAnswer.of(other.observed(), other.basis()));
        }
        if (partly) {
            return marked(row, TraceMark.NOT_BLOCKING, "partly met: " + number(m.points()) + " of "
                    + number(criterion.maxPoints()) + " points", TraceAnswer.of(m.observed(), m.basis()));
        }
        return marked(row, TraceMark.NOT_BLOCKING, "not met", null);
    }

    private String levelWord() {
        return model.kind() == ModelKind.SCORED ? "band" : "level";
    }

    static String named(String name) {
        return name == null ? "name not given" : name;
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String join(List<Integer> levels) {
        return String.join(", ", levels.stream().map(String::valueOf).toList());
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
