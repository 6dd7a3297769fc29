package org.maturityadvisor.definition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.maturityadvisor.catalog.Closest;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;

/**
 * Turns the raw rows the decision tables inserted into checked maturity models and target rules. Every cell is
 * checked as a value of its column (a level number, a known practice id, a value of that practice, an effort, points
 * per answer), and every problem is reported with its sheet row, so a broken table never loads.
 */
public final class DefinitionAssembler {

    private final PracticeCatalog catalog;
    private final RowChecks checks = new RowChecks();
    /** Each checklist section's role, by model and section; and the models with a wrong or missing Role cell. */
    private final Map<String, Map<String, SectionRole>> roles = new HashMap<>();
    private final Set<String> badRoles = new HashSet<>();
    /** The checklist models with a Level cell other than 0 and 1 (reported there, not again as a missing level). */
    private final Set<String> badLevels = new HashSet<>();

    private DefinitionAssembler(PracticeCatalog catalog) {
        this.catalog = catalog;
    }

    /** @throws RuleSetException listing every problem of every row */
    public static Definitions assemble(List<TableRow> rows, PracticeCatalog catalog) {
        return new DefinitionAssembler(catalog).run(rows);
    }

    private Definitions run(List<TableRow> rows) {
        List<TableRow> sorted = rows.stream()
                .sorted(Comparator.comparing((TableRow r) -> r.source().file()).thenComparing(r -> r.source().row()))
                .toList();
        Map<String, ModelRow> models = models(sorted);
        Map<String, ModelKind> kinds = new HashMap<>();
        models.values().forEach(row -> ModelKind.fromLabel(row.kind()).ifPresent(kind -> kinds.put(row.id(), kind)));
        Map<String, List<Level>> levels = levels(sorted, models, kinds);
        Map<String, Set<String>> dimensions = dimensions(sorted, models.keySet(), kinds);
        Map<String, List<Criterion>> criteria = criteria(sorted, levels, dimensions, models.keySet(), kinds);
        // The reference models of the crosswalk (Microsoft's, the primary one) come first, then the others by file.
        List<MaturityModel> result = models.values().stream().filter(row -> kinds.containsKey(row.id()))
                .sorted(Comparator.comparing(row -> row.crosswalk() != null && !row.crosswalk().isBlank()))
                .map(model -> model(model, kinds.get(model.id()), levels.getOrDefault(model.id(), List.of()),
                        dimensions.getOrDefault(model.id(), Set.of()), criteria.getOrDefault(model.id(), List.of())))
                .toList();
        checkAlignments(result);
        List<TargetRule> targets = TargetTable.assemble(sorted, result, checks, catalog);
        RuleSetException.throwIfAny(checks.problems());
        return new Definitions(result, targets);
    }

    /**
     * A row of a model whose Kind cell is wrong: that cell is the one problem reported, not every row the model has
     * (they cannot be checked without knowing how the model places a team).
     */
    private static boolean kindUnknown(String model, Set<String> defined, Map<String, ModelKind> kinds) {
        return model != null && defined.contains(model) && !kinds.containsKey(model);
    }

    private Map<String, ModelRow> models(List<TableRow> rows) {
        Map<String, ModelRow> models = new LinkedHashMap<>();
        for (TableRow tableRow : rows) {
            if (tableRow.row() instanceof ModelRow row) {
                SourceRow source = tableRow.source();
                checks.required(source, "Model id", row.id());
                checks.required(source, "Model name", row.name());
                if (checks.required(source, "Kind", row.kind()) && ModelKind.fromLabel(row.kind()).isEmpty()) {
                    checks.problem(FindingKind.BAD_VALUE, source, "Kind \"" + row.kind() + "\" is not one of gated, "
                            + "scored, checklist");
                }
                if (row.id() != null && models.putIfAbsent(row.id(), row) != null) {
                    checks.problem(FindingKind.DUPLICATE_ID, source, "model id \"" + row.id() + "\" is defined twice");
                }
            }
        }
        return models;
    }

    private Map<String, List<Level>> levels(List<TableRow> rows, Map<String, ModelRow> models,
                                            Map<String, ModelKind> kinds) {
        Map<String, List<Level>> levels = new HashMap<>();
        for (TableRow tableRow : rows) {
            if (tableRow.row() instanceof LevelRow row && !kindUnknown(row.model(), models.keySet(), kinds)) {
                SourceRow source = tableRow.source();
                boolean complete = knownModel(source, row.model(), models.keySet())
                        & checks.required(source, "Level name", row.name());
                Optional<Integer> number = checks.integer(source, "Level", row.level(), 0)
                        .filter(n -> checklistLevel(source, row.model(), kinds.get(row.model()), n));
                if (complete && number.isPresent()) {
                    ModelKind kind = kinds.get(row.model());
                    Optional<Double> scoreAbove = scoreAbove(source, row, kind, number.get());
                    Optional<Alignment> alignment = alignment(source, row, models.get(row.model()));
                    if (scoreAbove != null && alignment != null) {
                        levels.computeIfAbsent(row.model(), m -> new ArrayList<>()).add(new Level(row.model(),
                                number.get(), row.name(), orEmpty(row.description()), kind, scoreAbove.orElse(null),
                                alignment.orElse(null)));
                    }
                }
            }
        }
        levels.forEach(this::checkLevels);
        return levels;
    }

    /** A checklist has level 0 (not complete) and 1 (complete), and no other. */
    private boolean checklistLevel(SourceRow source, String model, ModelKind kind, int number) {
        if (kind == ModelKind.CHECKLIST && number > 1) {
            badLevels.add(model);
            checks.problem(FindingKind.BAD_VALUE, source, "Level \"" + number + "\" is not a level of a checklist "
                    + "model: a checklist has level 0 (not complete) and level 1 (complete: every required section "
                    + "complete) only");
            return false;
        }
        return true;
    }

    /** Null when the cell is wrong; empty when the level has no floor (every gated level, and band 0). */
    private Optional<Double> scoreAbove(SourceRow source, LevelRow row, ModelKind kind, int number) {
        boolean blank = row.scoreAbove() == null || row.scoreAbove().isBlank();
        if (kind != ModelKind.SCORED || number == 0) {
            if (!blank) {
                checks.problem(FindingKind.BAD_VALUE, source, "Score above \"" + row.scoreAbove() + "\" is only for "
                        + "the bands above 0 of a "
                        + "scored model; " + (kind == ModelKind.GATED ? "a gated level is reached by its criteria"
                        : kind == ModelKind.CHECKLIST ? "a checklist is complete when its required sections are"
                        : "band 0 is where every team starts") + ", so leave the cell empty");
                return null;
            }
            return Optional.empty();
        }
        if (blank) {
            checks.problem(FindingKind.BLANK_CELL, source, "Score above is blank; every band above 0 of a scored "
                    + "model needs the score it "
                    + "must exceed");
            return null;
        }
        Optional<Double> value = RowChecks.parseNumber(row.scoreAbove());
        if (value.isEmpty()) {
            checks.problem(FindingKind.BAD_VALUE, source, "Score above \"" + row.scoreAbove() + "\" is not a number");
            return null;
        }
        return value;
    }

    /** Null when the cell is wrong; empty when the level is not on the crosswalk. */
    private Optional<Alignment> alignment(SourceRow source, LevelRow row, ModelRow model) {
        boolean blank = row.linesUpWith() == null || row.linesUpWith().isBlank();
        boolean crosswalk = model.crosswalk() != null && !model.crosswalk().isBlank();
        if (blank) {
            if (crosswalk) {
                checks.problem(FindingKind.CROSSWALK, source, "Lines up with is blank; model \"" + model.id() + "\" "
                        + "is on the crosswalk to "
                        + model.crosswalk() + ", so say which of its levels this level lines up with (e.g. 2 or 2-3)");
                return null;
            }
            return Optional.empty();
        }
        if (!crosswalk) {
            checks.problem(FindingKind.CROSSWALK, source, "Lines up with \"" + row.linesUpWith() + "\" needs the "
                    + "model's Crosswalk cell (in "
                    + "its Model table) to name the model these levels refer to");
            return null;
        }
        String[] bounds = row.linesUpWith().trim().split("\\s*-\\s*", -1);
        Optional<Integer> from = RowChecks.parseInteger(bounds[0]);
        Optional<Integer> to = bounds.length == 2 ? RowChecks.parseInteger(bounds[1]) : from;
        if (bounds.length > 2 || from.isEmpty() || to.isEmpty() || from.get() < 0 || to.get() < from.get()) {
            checks.problem(FindingKind.CROSSWALK, source, "Lines up with \"" + row.linesUpWith() + "\" is not a "
                    + "level (2) or a range of "
                    + "levels (2-3) of model " + model.crosswalk());
            return null;
        }
        return Optional.of(new Alignment(model.crosswalk(), from.get(), to.get()));
    }

    private void checkLevels(String model, List<Level> levels) {
        levels.sort(Comparator.comparingInt(Level::number));
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).number() != i) {
                checks.problem(FindingKind.MODEL_STRUCTURE, "model " + model, "levels must be numbered 0, 1, 2, ... "
                        + "without gaps or repeats; "
                        + "found " + levels.stream().map(Level::number).toList());
                return;
            }
        }
        for (int i = 2; i < levels.size(); i++) {
            Double below = levels.get(i - 1).scoreAbove();
            Double floor = levels.get(i).scoreAbove();
            if (below != null && floor != null && floor <= below) {
                checks.problem(FindingKind.MODEL_STRUCTURE, "model " + model, "band " + i + " must need a higher "
                        + "score than band " + (i - 1)
                        + " (Score above " + floor + " is not above " + below + "), or it could never be reached");
            }
        }
    }

    /** The dimensions each model declares, in table order; a checklist section's role goes into {@link #roles}. */
    private Map<String, Set<String>> dimensions(List<TableRow> rows, Set<String> defined,
                                                Map<String, ModelKind> kinds) {
        Map<String, Set<String>> dimensions = new HashMap<>(); // sets in table order: a look-up per row, not a scan
        for (TableRow tableRow : rows) {
            if (tableRow.row() instanceof DimensionRow row) {
                SourceRow source = tableRow.source();
                boolean known = knownModel(source, row.model(), defined);
                if (known & checks.required(source, "Dimension", row.name())
                        && !dimensions.computeIfAbsent(row.model(), m -> new LinkedHashSet<>()).add(row.name())) {
                    checks.problem(FindingKind.DUPLICATE_ID, source, "Dimension \"" + row.name() + "\" is "
                            + "declared twice for model "
                            + row.model());
                } else if (known && row.name() != null && !row.name().isBlank() && kinds.containsKey(row.model())) {
                    role(source, row, kinds.get(row.model()));
                }
            }
        }
        return dimensions;
    }

    /** The Role cell: required or extra in a checklist model, blank in the others. */
    private void role(SourceRow source, DimensionRow row, ModelKind kind) {
        boolean blank = row.role() == null || row.role().isBlank();
        if (kind != ModelKind.CHECKLIST) {
            if (!blank) {
                checks.problem(FindingKind.BAD_VALUE, source, "Role \"" + row.role() + "\" is only for the sections "
                        + "of a checklist model; model \"" + row.model() + "\" is " + kind.label()
                        + ", so leave the cell empty");
            }
            return;
        }
        Optional<SectionRole> role = blank ? Optional.empty()
                : SectionRole.fromLabel(row.role().trim().toLowerCase(Locale.ROOT));
        if (role.isPresent()) {
            roles.computeIfAbsent(row.model(), m -> new HashMap<>()).put(row.name(), role.get());
            return;
        }
        badRoles.add(row.model());
        checks.problem(blank ? FindingKind.BLANK_CELL : FindingKind.BAD_VALUE, source, (blank ? "Role is blank"
                : "Role \"" + row.role() + "\" is not one of required, extra") + "; every section of a checklist "
                + "model is required (its statements decide the verdict) or extra (its progress is reported beside "
                + "it)");
    }

    private Map<String, List<Criterion>> criteria(List<TableRow> rows, Map<String, List<Level>> levels,
                                                  Map<String, Set<String>> dimensions, Set<String> defined,
                                                  Map<String, ModelKind> kinds) {
        Map<String, List<Criterion>> criteria = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (TableRow tableRow : rows) {
            if (tableRow.row() instanceof CriterionRow row && !kindUnknown(row.model(), defined, kinds)) {
                criterion(row, tableRow.source(), levels, dimensions, kinds).ifPresent(criterion -> {
                    if (!ids.add(criterion.id())) {
                        checks.problem(FindingKind.DUPLICATE_ID, tableRow.source(), "criterion id "
                                + "\"" + criterion.id() + "\" is used twice");
                    }
                    criteria.computeIfAbsent(criterion.model(), m -> new ArrayList<>()).add(criterion);
                });
            }
        }
        // by level, but a checklist keeps table order: its sections and statements are read in the source's order
        criteria.forEach((model, list) -> {
            if (kinds.get(model) != ModelKind.CHECKLIST) {
                list.sort(Comparator.comparingInt(Criterion::level));
            }
        });
        return criteria;
    }

    private Optional<Criterion> criterion(CriterionRow row, SourceRow source, Map<String, List<Level>> levels,
                                          Map<String, Set<String>> dimensions, Map<String, ModelKind> kinds) {
        boolean id = checks.required(source, "Criterion id", row.id());
        boolean known = knownModel(source, row.model(), levels.keySet());
        boolean dimension = checks.required(source, "Dimension", row.dimension())
                && (!known || declared(source, row, dimensions.getOrDefault(row.model(), Set.of())));
        boolean complete = id & known & dimension
                & checks.required(source, "Criterion", row.text())
                & checks.required(source, "Remediation", row.remediation());
        if (!complete) {
            practice(source, row.practice());
            effort(source, row.effort());
            return Optional.empty();
        }
        return switch (kinds.get(row.model())) {
            case SCORED -> test(row, source);
            case CHECKLIST -> statement(row, source);
            case GATED -> gate(row, source, levels);
        };
    }

    /**
     * A statement of a checklist model: judged like a gated criterion, with no level cell of its own: it gates level 1
     * when its section is required, and counts for its section's progress only (level 0) when the section is extra.
     */
    private Optional<Criterion> statement(CriterionRow row, SourceRow source) {
        boolean shaped = true;
        if (row.level() != null && !row.level().isBlank()) {
            checks.problem(FindingKind.BAD_VALUE, source, "Level \"" + row.level() + "\": a statement of a "
                    + "checklist model has no level; its section's Role (required or extra) says what it counts "
                    + "for, so leave the cell empty");
            shaped = false;
        }
        if (row.points() != null && !row.points().isBlank()) {
            checks.problem(FindingKind.BAD_VALUE, source, "Points \"" + row.points() + "\" are only for scored "
                    + "models; model \"" + row.model() + "\" is a checklist");
            shaped = false;
        }
        Optional<Practice> practice = practice(source, row.practice());
        Optional<Integer> requiredRank = practice.flatMap(p -> requiredRank(source, p, row.required()));
        Optional<Effort> effort = effort(source, row.effort());
        Optional<EvidenceRule> evidence = Applicability.evidence(row, source, checks);
        Optional<List<ContextCondition>> appliesWhen = Applicability.conditions("Applies when", row.appliesWhen(),
                source, catalog, checks);
        if (!shaped || requiredRank.isEmpty() || effort.isEmpty() || evidence.isEmpty() || appliesWhen.isEmpty()) {
            return Optional.empty();
        }
        SectionRole role = roles.getOrDefault(row.model(), Map.of()).get(row.dimension());
        return Optional.of(new Criterion(row.id(), row.model(), role == SectionRole.REQUIRED ? 1 : 0,
                row.dimension(), row.text(), row.practice(), row.required(), requiredRank.get(), row.remediation(),
                effort.get(), source, ModelKind.CHECKLIST, List.of(), evidence.get(), appliesWhen.get()));
    }

    private Optional<Criterion> gate(CriterionRow row, SourceRow source, Map<String, List<Level>> levels) {
        Optional<Integer> level = checks.integer(source, "Level", row.level(), 1)
                .filter(n -> hasLevel(source, levels, row, n));
        Optional<Practice> practice = practice(source, row.practice());
        Optional<Integer> requiredRank = practice.flatMap(p -> requiredRank(source, p, row.required()));
        Optional<Effort> effort = effort(source, row.effort());
        if (row.points() != null && !row.points().isBlank()) {
            checks.problem(FindingKind.BAD_VALUE, source, "Points \"" + row.points() + "\" are only for scored "
                    + "models; model \"" + row.model()
                    + "\" is gated");
            return Optional.empty();
        }
        Optional<EvidenceRule> evidence = Applicability.evidence(row, source, checks);
        Optional<List<ContextCondition>> appliesWhen = Applicability.conditions("Applies when", row.appliesWhen(),
                source, catalog, checks);
        if (level.isEmpty() || requiredRank.isEmpty() || effort.isEmpty() || evidence.isEmpty()
                || appliesWhen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Criterion(row.id(), row.model(), level.get(), row.dimension(), row.text(), row.practice(),
                row.required(), requiredRank.get(), row.remediation(), effort.get(), source, ModelKind.GATED, List.of(),
                evidence.get(), appliesWhen.get()));
    }

    /** A test of a scored model: no level of its own, points per answer, full points is what it asks for. */
    private Optional<Criterion> test(CriterionRow row, SourceRow source) {
        Optional<Practice> practice = practice(source, row.practice());
        Optional<Effort> effort = effort(source, row.effort());
        if (row.level() != null && !row.level().isBlank()) {
            checks.problem(FindingKind.BAD_VALUE, source, "Level \"" + row.level() + "\": a test of a scored model "
                    + "counts for every band "
                    + "through its points, so it has no level; leave the cell empty");
            return Optional.empty();
        }
        Optional<List<Double>> points = practice.flatMap(p -> ScoringCell.parse(row.points(), p, source, checks));
        Optional<EvidenceRule> evidence = Applicability.evidence(row, source, checks);
        Optional<List<ContextCondition>> appliesWhen = Applicability.conditions("Applies when", row.appliesWhen(),
                source, catalog, checks);
        if (points.isEmpty() || effort.isEmpty() || evidence.isEmpty() || appliesWhen.isEmpty()) {
            return Optional.empty();
        }
        List<Double> byRank = points.get();
        double max = byRank.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int fullRank = IntStream.range(0, byRank.size()).filter(rank -> byRank.get(rank) == max).findFirst()
                .orElseThrow();
        return Optional.of(new Criterion(row.id(), row.model(), 0, row.dimension(), row.text(), row.practice(),
                practice.get().choices().get(fullRank), fullRank, row.remediation(), effort.get(), source,
                ModelKind.SCORED, byRank, evidence.get(), appliesWhen.get()));
    }

    private boolean declared(SourceRow source, CriterionRow row, Set<String> declared) {
        if (declared.contains(row.dimension())) {
            return true;
        }
        checks.problem(FindingKind.UNDECLARED_DIMENSION, source, "Dimension \"" + row.dimension() + "\" is not a "
                + "dimension of model " + row.model()
                + (declared.isEmpty() ? ", which declares none" : " (it declares " + listed(declared) + ")")
                + "; fix the spelling, or declare the new dimension first: add a row to the Dimensions table with "
                + "the model and the dimension");
        return false;
    }

    /** The first few names, so that a message stays a sentence however many a table declares. */
    private static String listed(Set<String> names) {
        int shown = 20;
        String first = String.join(", ", names.stream().limit(shown).toList());
        return names.size() <= shown ? first : first + " and " + (names.size() - shown) + " more";
    }

    private boolean hasLevel(SourceRow source, Map<String, List<Level>> levels, CriterionRow row, int number) {
        List<Level> ofModel = levels.get(row.model()); // sorted: level n is at n unless the numbering is broken
        boolean exists = number < ofModel.size() && ofModel.get(number).number() == number
                || ofModel.stream().anyMatch(level -> level.number() == number);
        if (!exists) {
            checks.problem(FindingKind.UNKNOWN_LEVEL, source, "level " + number + " is not a level of model "
                    + "\"" + row.model()
                    + "\" (see its Levels table)");
        }
        return exists;
    }

    private Optional<Practice> practice(SourceRow source, String id) {
        if (!checks.required(source, "Practice", id)) {
            return Optional.empty();
        }
        Optional<Practice> practice = catalog.find(id);
        if (practice.isEmpty()) {
            checks.problem(FindingKind.UNKNOWN_PRACTICE, source, "Practice \"" + id + "\" is not in the practice "
                    + "catalog (rules/practices.csv)" + Closest.suggestion(id, catalog.practices().stream()
                    .map(Practice::id).toList()));
        }
        return practice;
    }

    private Optional<Integer> requiredRank(SourceRow source, Practice practice, String required) {
        if (!checks.required(source, "Required value", required)) {
            return Optional.empty();
        }
        Optional<Integer> rank = practice.rankOf(required);
        if (rank.isEmpty()) {
            checks.problem(FindingKind.BAD_VALUE, source, "Required value \"" + required + "\" is not a value of "
                    + "practice " + practice.id() + "; " + practice.expectation().replace("expected", "use")
                    + Closest.suggestion(required, practice.choices()));
        } else if (rank.get() == 0) {
            checks.problem(FindingKind.BAD_VALUE, source, "Required value \"" + required + "\" is the lowest value "
                    + "of practice "
                    + practice.id() + ", so every answer would meet it; require a higher value or remove the row");
            return Optional.empty();
        }
        return rank;
    }

    private Optional<Effort> effort(SourceRow source, String effort) {
        if (!checks.required(source, "Effort", effort)) {
            return Optional.empty();
        }
        Optional<Effort> parsed = Effort.fromLabel(effort.trim().toLowerCase(Locale.ROOT));
        if (parsed.isEmpty()) {
            checks.problem(FindingKind.BAD_VALUE, source, "Effort \"" + effort + "\" is not one of small, medium, "
                    + "large");
        }
        return parsed;
    }

    private MaturityModel model(ModelRow row, ModelKind kind, List<Level> levels, Set<String> declared,
                                List<Criterion> criteria) {
        String where = "model " + row.id();
        if (levels.isEmpty()) {
            checks.problem(FindingKind.MODEL_STRUCTURE, where, "has no Levels table rows");
        }
        if (criteria.isEmpty()) {
            checks.problem(FindingKind.MODEL_STRUCTURE, where, "has no "
                    + "" + (kind == ModelKind.SCORED ? "Tests" : kind == ModelKind.CHECKLIST ? "Statements"
                    : "Criteria") + " table rows");
        }
        Set<Integer> levelsUsed = new HashSet<>();
        Set<String> dimensionsUsed = new HashSet<>();
        criteria.forEach(criterion -> {
            levelsUsed.add(criterion.level());
            dimensionsUsed.add(criterion.dimension());
        });
        if (kind == ModelKind.GATED) {
            IntStream.range(1, levels.size())
                    .filter(n -> !levelsUsed.contains(n))
                    .forEach(n -> checks.problem(FindingKind.MODEL_STRUCTURE, where, "level " + n + " has no "
                            + "criteria, so it would be reached "
                            + "for free; give it at least one criterion or remove the level"));
        }
        Map<String, SectionRole> sectionRoles = roles.getOrDefault(row.id(), Map.of());
        if (kind == ModelKind.CHECKLIST) {
            checklist(where, row.id(), levels, criteria.stream().anyMatch(criterion -> criterion.level() == 1));
        }
        // in the order the Dimensions table declares them; a declared dimension no criterion uses places no team
        List<Dimension> dimensions = declared.stream()
                .filter(dimensionsUsed::contains)
                .map(name -> new Dimension(row.id(), name, kind, sectionRoles.get(name))).toList();
        return new MaturityModel(row.id(), row.name(), orEmpty(row.source()), kind, levels, dimensions, criteria);
    }

    /** A checklist needs both its levels and at least one required section (else nothing decides the verdict). */
    private void checklist(String where, String model, List<Level> levels, boolean anyRequired) {
        if (!levels.isEmpty() && levels.size() != 2 && !badLevels.contains(model)) {
            checks.problem(FindingKind.MODEL_STRUCTURE, where, "a checklist model has exactly two levels, 0 (not "
                    + "complete) and 1 (complete); its Levels table has " + levels.stream().map(Level::number)
                    .toList());
        }
        if (!badRoles.contains(model) && !anyRequired) {
            checks.problem(FindingKind.MODEL_STRUCTURE, where, "has no required section with statements, so "
                    + "nothing would decide its verdict: mark at least one section required in the Role column of "
                    + "its Dimensions table");
        }
    }

    /** Every "Lines up with" range must name levels the crosswalk model has. */
    private void checkAlignments(List<MaturityModel> models) {
        Map<String, MaturityModel> byId = new HashMap<>();
        models.forEach(model -> byId.put(model.id(), model));
        for (MaturityModel model : models) {
            for (Level level : model.levels()) {
                Alignment alignment = level.alignment();
                if (alignment == null) {
                    continue;
                }
                MaturityModel reference = byId.get(alignment.model());
                if (reference == null || reference == model) {
                    checks.problem(FindingKind.CROSSWALK, "model " + model.id(), "Crosswalk "
                            + "\"" + alignment.model() + "\" must name another "
                            + "model defined in a Model table");
                    return;
                }
                if (alignment.to() > reference.topLevel()) {
                    checks.problem(FindingKind.CROSSWALK, "model " + model.id(), "level " + level.number() + " lines "
                            + "up with "
                            + alignment + ", but " + reference.id() + " has levels 0-" + reference.topLevel());
                }
            }
        }
    }

    private boolean knownModel(SourceRow source, String model, Set<String> known) {
        if (!checks.required(source, "Model", model)) {
            return false;
        }
        if (!known.contains(model)) {
            checks.problem(FindingKind.UNKNOWN_MODEL, source, "Model \"" + model + "\" is not defined in a Model "
                    + "table");
            return false;
        }
        return true;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
