package org.maturityadvisor.report;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.Points;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Dimension;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.TargetRule;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Renders the practice catalog and the models as text, for {@code practices} and {@code models} on the CLI. */
public final class CatalogReport {

    private CatalogReport() {
    }

    public static String practices(PracticeCatalog catalog) {
        StringBuilder out = new StringBuilder();
        String dimension = null;
        for (Practice practice : catalog.practices()) {
            if (!practice.dimension().equals(dimension)) {
                dimension = practice.dimension();
                out.append('\n').append(dimension).append('\n');
            }
            out.append("  ").append(practice.id()).append("  (").append(String.join(" < ", practice.choices()))
                    .append(")\n    ").append(practice.question()).append('\n');
        }
        return out.toString();
    }

    public static String models(Advisor advisor) {
        StringBuilder out = new StringBuilder();
        for (MaturityModel model : advisor.models()) {
            boolean scored = model.kind() == ModelKind.SCORED;
            out.append('\n').append(model.name()).append(" [").append(model.id()).append(", ")
                    .append(model.kind().label()).append("]\n");
            for (Level level : model.levels()) {
                out.append(scored ? "  Band " : "  Level ").append(level.number()).append(": ").append(level.name())
                        .append(level.scoreAbove() == null ? ""
                                : "  (score above " + Points.format(level.scoreAbove()) + ")")
                        .append(level.alignment() == null ? "" : "  lines up with " + level.alignment())
                        .append('\n');
                for (Criterion criterion : model.kind() == ModelKind.CHECKLIST ? List.<Criterion>of()
                        : model.criteriaOf(level.number())) {
                    out.append(String.format("    %-34s %-24s %s >= %s%n", criterion.id(), criterion.dimension(),
                            criterion.practice(), criterion.required()));
                }
            }
            if (model.kind() == ModelKind.CHECKLIST) {
                out.append("  Sections (level 1 when every statement of every required section is met)\n");
                for (Dimension section : model.dimensions()) {
                    out.append("    ").append(section.name()).append(" (")
                            .append(section.role() == null ? "role not given" : section.role().label()).append(")\n");
                    for (Criterion statement : model.criteriaOf(section.name())) {
                        out.append(String.format("      %-44s %s >= %s%n", statement.id(), statement.practice(),
                                statement.required()));
                    }
                }
            }
            if (scored) {
                out.append("  Tests (the score is the lowest section sum)\n");
                for (Criterion test : model.criteria()) {
                    out.append(String.format("    %-40s %-16s %s: %s%n", test.id(), test.dimension(),
                            test.practice(), points(test, advisor.catalog())));
                }
            }
        }
        List<CatalogViews.CrosswalkRow> crosswalk = CatalogViews.crosswalk(advisor.models());
        if (!crosswalk.isEmpty()) {
            out.append("\nCrosswalk: the levels of each model that line up with each level of ")
                    .append(crosswalk.get(0).model()).append('\n');
            for (CatalogViews.CrosswalkRow row : crosswalk) {
                out.append(String.format("  %s %d %-34s %s%n", row.model(), row.level(), row.name(),
                        row.linedUp().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining("  "))));
            }
        }
        List<TargetRule> targets = advisor.definitions().targets();
        if (!targets.isEmpty()) {
            out.append("\nTarget level (the first row the team's context matches decides)\n");
            for (TargetRule rule : targets) {
                out.append(String.format("  %-28s %-70s -> %s level %d%n", rule.id(), rule.conditions(),
                        rule.model(), rule.level()));
            }
        }
        return out.toString();
    }

    private static String points(Criterion test, PracticeCatalog catalog) {
        List<String> answers = catalog.find(test.practice()).orElseThrow().choices();
        return IntStream.range(0, answers.size()).filter(rank -> test.pointsFor(rank) > 0)
                .mapToObj(rank -> answers.get(rank) + " " + Points.format(test.pointsFor(rank)))
                .collect(Collectors.joining(", "));
    }
}
