package org.maturityadvisor.definition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;

/**
 * Turns the raw rows the decision tables inserted into checked maturity models. Every cell is checked as a value of
 * its column (a level number, a known practice id, a value of that practice, an effort), and every problem is
 * reported with its sheet row, so a broken table never loads.
 */
public final class DefinitionAssembler {

    private final PracticeCatalog catalog;
    private final List<RuleSetProblem> problems = new ArrayList<>();

    private DefinitionAssembler(PracticeCatalog catalog) {
        this.catalog = catalog;
    }

    public static List<MaturityModel> assemble(List<TableRow> rows, PracticeCatalog catalog) {
        return new DefinitionAssembler(catalog).run(rows);
    }

    private List<MaturityModel> run(List<TableRow> rows) {
        List<TableRow> sorted = rows.stream()
                .sorted(Comparator.comparing((TableRow r) -> r.source().file()).thenComparing(r -> r.source().row()))
                .toList();
        Map<String, ModelRow> models = models(sorted);
        Map<String, List<Level>> levels = levels(sorted, models.keySet());
        Map<String, List<Criterion>> criteria = criteria(sorted, levels);
        List<MaturityModel> result = models.values().stream()
                .map(model -> model(model, levels.getOrDefault(model.id, List.of()),
                        criteria.getOrDefault(model.id, List.of())))
                .toList();
        RuleSetException.throwIfAny(problems);
        return result;
    }

    private Map<String, ModelRow> models(List<TableRow> rows) {
        Map<String, ModelRow> models = new LinkedHashMap<>();
        for (TableRow tableRow : rows) {
            if (tableRow.row() instanceof ModelRow row) {
                required(tableRow.source(), "Model id", row.id);
                required(tableRow.source(), "Model name", row.name);
                if (row.id != null && models.putIfAbsent(row.id, row) != null) {
                    problem(tableRow.source(), "model id \"" + row.id + "\" is defined twice");
                }
            }
        }
        return models;
    }

    private Map<String, List<Level>> levels(List<TableRow> rows, Set<String> modelIds) {
        Map<String, List<Level>> levels = new HashMap<>();
        for (TableRow tableRow : rows) {
            if (tableRow.row() instanceof LevelRow row) {
                SourceRow source = tableRow.source();
                boolean complete = knownModel(source, row.model, modelIds)
                        & required(source, "Level name", row.name);
                Optional<Integer> number = integer(source, "Level", row.level, 0);
                if (complete && number.isPresent()) {
                    levels.computeIfAbsent(row.model, m -> new ArrayList<>())
                            .add(new Level(row.model, number.get(), row.name, orEmpty(row.description)));
                }
            }
        }
        levels.forEach(this::checkLevelsAreContiguous);
        return levels;
    }

    private void checkLevelsAreContiguous(String model, List<Level> levels) {
        levels.sort(Comparator.comparingInt(Level::number));
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).number() != i) {
                problems.add(new RuleSetProblem("model " + model, "", "levels must be numbered 0, 1, 2, ... without "
                        + "gaps or repeats; found " + levels.stream().map(Level::number).toList()));
                return;
            }
        }
    }

    private Map<String, List<Criterion>> criteria(List<TableRow> rows, Map<String, List<Level>> levels) {
        Map<String, List<Criterion>> criteria = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (TableRow tableRow : rows) {
            if (tableRow.row() instanceof CriterionRow row) {
                criterion(row, tableRow.source(), levels).ifPresent(criterion -> {
                    if (!ids.add(criterion.id())) {
                        problem(tableRow.source(), "criterion id \"" + criterion.id() + "\" is used twice");
                    }
                    criteria.computeIfAbsent(criterion.model(), m -> new ArrayList<>()).add(criterion);
                });
            }
        }
        criteria.values().forEach(list -> list.sort(Comparator.comparingInt(Criterion::level)));
        return criteria;
    }

    private Optional<Criterion> criterion(CriterionRow row, SourceRow source, Map<String, List<Level>> levels) {
        boolean complete = required(source, "Criterion id", row.id)
                & knownModel(source, row.model, levels.keySet())
                & required(source, "Dimension", row.dimension)
                & required(source, "Criterion", row.text)
                & required(source, "Remediation", row.remediation);
        Optional<Integer> level = integer(source, "Level", row.level, 1)
                .filter(n -> row.model == null || !levels.containsKey(row.model) || hasLevel(source, levels, row, n));
        Optional<Practice> practice = practice(source, row.practice);
        Optional<Integer> requiredRank = practice.flatMap(p -> requiredRank(source, p, row.required));
        Optional<Effort> effort = effort(source, row.effort);
        if (!complete || level.isEmpty() || requiredRank.isEmpty() || effort.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Criterion(row.id, row.model, level.get(), row.dimension, row.text, row.practice,
                row.required, requiredRank.get(), row.remediation, effort.get(), source));
    }

    private boolean hasLevel(SourceRow source, Map<String, List<Level>> levels, CriterionRow row, int number) {
        boolean exists = levels.get(row.model).stream().anyMatch(level -> level.number() == number);
        if (!exists) {
            problem(source, "level " + number + " is not a level of model \"" + row.model + "\" (see its Levels table)");
        }
        return exists;
    }

    private Optional<Practice> practice(SourceRow source, String id) {
        if (!required(source, "Practice", id)) {
            return Optional.empty();
        }
        Optional<Practice> practice = catalog.find(id);
        if (practice.isEmpty()) {
            problem(source, "Practice \"" + id + "\" is not in the practice catalog (rules/practices.csv)");
        }
        return practice;
    }

    private Optional<Integer> requiredRank(SourceRow source, Practice practice, String required) {
        if (!required(source, "Required value", required)) {
            return Optional.empty();
        }
        Optional<Integer> rank = practice.rankOf(required);
        if (rank.isEmpty()) {
            problem(source, "Required value \"" + required + "\" is not a value of practice " + practice.id()
                    + "; " + practice.expectation().replace("expected", "use"));
        } else if (rank.get() == 0) {
            problem(source, "Required value \"" + required + "\" is the lowest value of practice " + practice.id()
                    + ", so every answer would meet it; require a higher value or remove the row");
            return Optional.empty();
        }
        return rank;
    }

    private Optional<Effort> effort(SourceRow source, String effort) {
        if (!required(source, "Effort", effort)) {
            return Optional.empty();
        }
        Optional<Effort> parsed = Effort.fromLabel(effort.trim().toLowerCase(java.util.Locale.ROOT));
        if (parsed.isEmpty()) {
            problem(source, "Effort \"" + effort + "\" is not one of small, medium, large");
        }
        return parsed;
    }

    private MaturityModel model(ModelRow row, List<Level> levels, List<Criterion> criteria) {
        String file = "model " + row.id;
        if (levels.isEmpty()) {
            problems.add(new RuleSetProblem(file, "", "has no Levels table rows"));
        }
        if (criteria.isEmpty()) {
            problems.add(new RuleSetProblem(file, "", "has no Criteria table rows"));
        }
        IntStream.range(1, levels.size())
                .filter(n -> criteria.stream().noneMatch(c -> c.level() == n))
                .forEach(n -> problems.add(new RuleSetProblem(file, "", "level " + n + " has no criteria, so it "
                        + "would be reached for free; give it at least one criterion or remove the level")));
        List<Dimension> dimensions = criteria.stream().map(Criterion::dimension).distinct()
                .sorted(Comparator.comparingInt(this::catalogOrder))
                .map(name -> new Dimension(row.id, name)).toList();
        return new MaturityModel(row.id, row.name, orEmpty(row.source), levels, dimensions, criteria);
    }

    /** Dimensions are shown in the order the catalog introduces them (People first, as in the seeds). */
    private int catalogOrder(String dimension) {
        List<String> order = catalog.practices().stream().map(Practice::dimension).distinct().toList();
        int index = order.indexOf(dimension);
        return index < 0 ? order.size() : index;
    }

    private boolean knownModel(SourceRow source, String model, Set<String> known) {
        if (!required(source, "Model", model)) {
            return false;
        }
        if (!known.contains(model)) {
            problem(source, "Model \"" + model + "\" is not defined in a Model table");
            return false;
        }
        return true;
    }

    private Optional<Integer> integer(SourceRow source, String column, String text, int min) {
        if (!required(source, column, text)) {
            return Optional.empty();
        }
        Function<String, Optional<Integer>> parse = t -> {
            try {
                return Optional.of(Integer.parseInt(t.trim().replaceFirst("\\.0$", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        };
        Optional<Integer> number = parse.apply(text).filter(n -> n >= min);
        if (number.isEmpty()) {
            problem(source, column + " \"" + text + "\" is not a whole number of at least " + min);
        }
        return number;
    }

    private boolean required(SourceRow source, String column, String value) {
        if (value == null || value.isBlank()) {
            problem(source, column + " is blank; every cell of a row must be filled in");
            return false;
        }
        return true;
    }

    private void problem(SourceRow source, String message) {
        problems.add(new RuleSetProblem(source.file(), "row " + source.row(), message));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
