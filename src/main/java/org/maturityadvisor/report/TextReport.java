package org.maturityadvisor.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.ChecklistWords;
import org.maturityadvisor.assessment.ClaimCheck;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.DimensionLevel;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.NotApplicable;
import org.maturityadvisor.assessment.Points;
import org.maturityadvisor.assessment.SectionCompletion;
import org.maturityadvisor.assessment.TargetLevel;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.Sighting;
import org.maturityadvisor.definition.ModelKind;

/**
 * Renders an assessment as the report a consultant reads: the team's place in every model side by side on the
 * crosswalk, the level it should aim for and the roadmap there, then per model the level, why it is reached, and why
 * not the levels above.
 */
public final class TextReport {


    private TextReport() {
    }

    public static String render(AssessmentResult result) {
        return render(result, null);
    }

    /** With the catalog: claimed vs observed names each practice by its question. */
    public static String render(AssessmentResult result, PracticeCatalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("Maturity assessment: ").append(result.team()).append('\n');
        out.append("Rule set: ").append(result.rulesetVersion()).append('\n');
        if (result.restsOn() != null) {
            out.append("The result ").append(result.restsOn().words()).append('\n');
        }
        crosswalk(out, result.models());
        if (result.target() != null) {
            target(out, result.target());
        }
        claimedVsObserved(out, result.observed(), catalog);
        result.models().forEach(model -> model(out, model));
        return out.toString();
    }

    /** Per practice a detector looked for: the claim, the observation, how they compare, the sightings behind it. */
    private static void claimedVsObserved(StringBuilder out, List<ClaimCheck> checks, PracticeCatalog catalog) {
        if (checks.isEmpty()) {
            return;
        }
        out.append("\nClaimed vs observed: ").append(Observed.summary(checks)).append('\n');
        for (ClaimCheck check : checks) {
            out.append("  ").append(check.agreement().disagrees() ? "! " : "  ")
                    .append(oneLine(Observed.practice(catalog, check.practice()))).append('\n');
            out.append("      claimed ").append(Observed.claimed(check)).append(", observed ")
                    .append(Observed.observed(check)).append(": ").append(check.agreement().words()).append('\n');
            for (Sighting sighting : check.sightings()) {
                out.append("        ").append(oneLine(sighting.location()))
                        .append(sighting.text().isEmpty() ? "" : "  " + oneLine(sighting.text()))
                        .append("  (").append(sighting.detector()).append(")\n");
            }
        }
    }

    private static void crosswalk(StringBuilder out, List<ModelAssessment> models) {
        out.append("\nWhere the team stands in each model (\"lines up with\" places a level on the reference model)\n");
        for (ModelAssessment model : models) {
            if (model.checklist()) {
                out.append(String.format("  %-40s %s%s%n", model.modelName(), ChecklistWords.verdict(model),
                        ChecklistWords.extras(model) == null ? "" : "; " + ChecklistWords.extras(model)));
                continue;
            }
            String position = (model.kind() == ModelKind.SCORED ? "band " : "level ") + model.level() + " of "
                    + model.topLevel();
            String score = model.score() == null ? "" : ", score " + Points.format(model.score());
            out.append(String.format("  %-40s %-12s %s%s%s%n", model.modelName(), position, model.levelName(), score,
                    model.linesUpWith() == null ? "" : "  (lines up with " + model.linesUpWith() + ")"));
        }
    }

    private static void target(StringBuilder out, TargetLevel target) {
        out.append("\nTarget: level ").append(target.target()).append(", ").append(target.targetName())
                .append(" of the ")
                .append(target.modelName()).append(" (now level ").append(target.current()).append(", ")
                .append(target.status().words()).append(")\n");
        out.append("  Context: ").append(context(target.context())).append('\n');
        out.append("  Decided by ").append(target.rule()).append(" (").append(target.conditions()).append("; ")
                .append(target.source()).append(")\n");
        out.append("  Why: ").append(target.reason()).append('\n');
        if (!target.alsoMatched().isEmpty()) {
            out.append("  Later rows matched too, and lost to the table's order: ")
                    .append(String.join(", ", target.alsoMatched())).append('\n');
        }
        out.append("  ").append(target.summary()).append('\n');
        for (BlockedLevel level : target.roadmap()) {
            out.append("  Roadmap, level ").append(level.level()).append(", ").append(level.name()).append(":\n");
            for (Blocker step : level.blockers()) {
                out.append(String.format("    %d. [%s] %s: %s -> %s. %s%n", level.blockers().indexOf(step) + 1,
                        step.effort().words(), step.criterion(), step.observed() == null ? "(unanswered)" : step.observed(),
                        step.required(), step.remediation()));
            }
        }
    }

    private static String context(TeamContext context) {
        return (context.mlUseCases() == null ? "use cases not stated" : context.mlUseCases() + " ML use case(s)")
                + ", business-critical " + yesNo(context.businessCritical())
                + ", in production " + yesNo(context.inProduction());
    }

    private static String yesNo(Boolean value) {
        return value == null ? "not stated" : value ? "yes" : "no";
    }

    private static void model(StringBuilder out, ModelAssessment model) {
        if (model.checklist()) {
            checklist(out, model);
            return;
        }
        boolean scored = model.kind() == ModelKind.SCORED;
        String unit = scored ? "Band " : "Level ";
        out.append('\n').append(model.modelName()).append('\n');
        out.append("  ").append(unit).append(model.level()).append(" of ").append(model.topLevel()).append(": ")
                .append(model.levelName())
                .append(model.score() == null ? "" : " (score " + Points.format(model.score()) + ")")
                .append('\n');
        out.append("  ").append(model.summary()).append('\n');
        model.restsOn().forEach(level -> out.append("  Rests on, ").append(level.words()).append('\n'));
        out.append(scored ? "\n  Per section\n" : "\n  Per dimension\n");
        for (DimensionLevel dimension : model.dimensions()) {
            out.append(String.format("    %-26s %s%d, %s%s%s%n", dimension.dimension(), unit.toLowerCase(Locale.ROOT),
                    dimension.level(), dimension.levelName(),
                    dimension.score() == null ? "" : " (sum " + Points.format(dimension.score()) + ")",
                    noCriteria(dimension)));
        }
        if (scored) {
            scoredMet(out, model);
        } else {
            met(out, model);
        }
        notApplicable(out, model.notApplicable());
        model.blockedLevels().forEach(level -> blocked(out, level, scored));
    }

    /** "; no criteria here at levels 1-2" for the levels a gated dimension reaches without being asked anything. */
    static String noCriteria(DimensionLevel dimension) {
        List<Integer> none = dimension.noCriteriaAt().stream().filter(l -> l <= dimension.level()).toList();
        return none.isEmpty() ? "" : "; no criteria here at level" + (none.size() == 1 ? " " : "s ")
                + none.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** A checklist: the verdict, the extras beside it, then every section with its unmet statements. */
    private static void checklist(StringBuilder out, ModelAssessment model) {
        out.append('\n').append(model.modelName()).append('\n');
        out.append("  Verdict: ").append(ChecklistWords.verdict(model)).append('\n');
        if (ChecklistWords.extras(model) != null) {
            out.append("  Beside it, ").append(ChecklistWords.extras(model)).append('\n');
        }
        out.append("  ").append(model.summary()).append('\n');
        model.restsOn().forEach(level -> out.append("  Rests on, ").append(level.words()).append('\n'));
        out.append("\n  Per section (the verdict needs every required section complete)\n");
        for (SectionCompletion section : ChecklistWords.requiredFirst(model)) {
            out.append(String.format("    %-26s %-8s %s%n", section.section(), ChecklistWords.role(section),
                    ChecklistWords.section(section)));
            for (Blocker blocker : section.unmet()) {
                out.append("      ").append(blocker.criterion()).append(' ')
                        .append(blocker.status().label().toUpperCase(Locale.ROOT))
                        .append(blocker.doubt() == null ? "" : ": " + blocker.doubt().words()).append('\n');
                out.append("        ").append(oneLine(blocker.text())).append('\n');
                out.append("        ").append(blocker.practice()).append(": observed ")
                        .append(blocker.observed() == null ? "(unanswered)" : blocker.observed())
                        .append(", required ").append(blocker.required()).append(", effort ")
                        .append(blocker.effort().words()).append('\n');
                basis(out, blocker.basis(), "        ");
                out.append("        Remediation: ").append(given(blocker.remediation())).append('\n');
            }
        }
        out.append("\n  Statements met: ").append(model.met().size()).append('\n');
        for (MetCriterion met : model.met()) {
            out.append(String.format("    %-34s [%s] %s = %s (needs %s)%n", met.criterion(), met.dimension(),
                    met.practice(), met.observed(), met.required()));
            basis(out, met.basis(), "         ");
        }
        if (!model.notApplicable().isEmpty()) {
            out.append("\n  Not applicable, left out: ").append(model.notApplicable().size())
                    .append(model.notApplicable().size() == 1 ? " statement" : " statements").append('\n');
            for (NotApplicable na : model.notApplicable()) {
                out.append(String.format("    %-34s [%s] %s: %s%n", na.criterion(), na.dimension(), na.practice(),
                        Evidence.why(na)));
            }
        }
    }

    /** A cell the table may leave blank: "not given" then. */
    static String given(String text) {
        return text == null || text.isBlank() ? "not given" : text;
    }

    private static void met(StringBuilder out, ModelAssessment model) {
        List<MetCriterion> reached = model.met().stream().filter(m -> m.level() <= model.level()).toList();
        List<MetCriterion> ahead = model.met().stream().filter(m -> m.level() > model.level()).toList();
        out.append("\n  Why level ").append(model.level()).append(": ");
        out.append(model.level() == 0 ? "level 0 needs nothing; it is where every team starts\n"
                : "all " + reached.size() + " criteria up to level " + model.level() + " are met\n");
        reached.forEach(met -> metLine(out, met));
        if (!ahead.isEmpty()) {
            out.append("\n  Already in place for higher levels: ").append(ahead.size()).append('\n');
            ahead.forEach(met -> metLine(out, met));
        }
    }

    private static void scoredMet(StringBuilder out, ModelAssessment model) {
        out.append("\n  Why band ").append(model.level()).append(": the score is the lowest section sum; ")
                .append(model.met().size()).append(model.met().size() == 1 ? " test earns" : " tests earn")
                .append(" points\n");
        for (MetCriterion met : model.met()) {
            out.append(String.format("    %-5s %-40s %s = %s (full points at %s)%n",
                    "[" + Points.format(met.points()) + "]",
                    met.criterion(), met.practice(), met.observed(), met.required()));
            basis(out, met.basis(), "          ");
        }
    }

    private static void notApplicable(StringBuilder out, List<NotApplicable> criteria) {
        if (criteria.isEmpty()) {
            return;
        }
        out.append("\n  Not applicable, left out: ").append(criteria.size())
                .append(criteria.size() == 1 ? " criterion" : " criteria").append('\n');
        for (NotApplicable na : criteria) {
            out.append(String.format("    [L%d] %-34s %s: %s%n", na.level(), na.criterion(), na.practice(),
                    Evidence.why(na)));
        }
    }

    /** The basis of an answer on its own line, then one line per piece of evidence; nothing when unanswered. */
    private static void basis(StringBuilder out, Basis basis, String indent) {
        if (basis == null) {
            return;
        }
        out.append(indent).append("rests on ").append(Evidence.summary(basis)).append('\n');
        for (EvidenceItem item : basis.evidence()) {
            String people = Evidence.people(item);
            out.append(indent).append("  evidence: ").append(oneLine(item.link() == null ? "" : item.link()))
                    .append(item.link() != null && item.note() != null ? " " : "")
                    .append(item.note() == null ? "" : oneLine(item.note()))
                    .append(people.isEmpty() ? "" : " (" + people + ")").append('\n');
        }
    }

    /** Input text on one line of the report, so a note cannot forge the report's own lines. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ");
    }

    private static void metLine(StringBuilder out, MetCriterion met) {
        out.append(String.format("    [L%d] %-34s %s = %s (needs %s)%n", met.level(), met.criterion(),
                met.practice(), met.observed(), met.required()));
        basis(out, met.basis(), "         ");
    }

    private static void blocked(StringBuilder out, BlockedLevel level, boolean scored) {
        List<Blocker> blockers = level.blockers();
        out.append("\n  Why not ").append(scored ? "band " : "level ").append(level.level()).append(", ")
                .append(level.name()).append(": ");
        if (scored) {
            out.append("every section must score above ").append(Points.format(level.shortfalls().get(0).needsAbove()))
                    .append("; short: ").append(level.shortfalls().stream()
                            .map(s -> s.section() + " " + Points.format(s.score())).collect(Collectors.joining(", ")))
                    .append(blockers.isEmpty() ? "; their tests are listed under the bands below\n"
                            : "; tests of sections short from this band on, without full points: " + blockers.size()
                            + "\n");
        } else if (blockers.isEmpty()) {
            out.append("its own criteria are met; it waits for the levels below\n");
            return;
        } else {
            out.append(blockers.size()).append(blockers.size() == 1 ? " blocking criterion" : " blocking criteria")
                    .append('\n');
        }
        for (Blocker blocker : blockers) {
            out.append("    ").append(blocker.criterion()).append(" [").append(blocker.dimension()).append("] ")
                    .append(blocker.status().label().toUpperCase(Locale.ROOT))
                    .append(blocker.doubt() == null ? "" : ": " + blocker.doubt().words()).append('\n');
            out.append("      ").append(blocker.text()).append('\n');
            out.append("      ").append(blocker.practice()).append(": observed ")
                    .append(blocker.observed() == null ? "(unanswered)" : blocker.observed())
                    .append(", required ").append(blocker.required()).append(", effort ").append(blocker.effort().words())
                    .append('\n');
            basis(out, blocker.basis(), "      ");
            out.append("      Remediation: ").append(blocker.remediation()).append('\n');
        }
    }
}
