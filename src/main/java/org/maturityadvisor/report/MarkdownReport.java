package org.maturityadvisor.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.ChecklistWords;
import org.maturityadvisor.assessment.ClaimCheck;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.LevelBasis;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.NotApplicable;
import org.maturityadvisor.assessment.Points;
import org.maturityadvisor.assessment.SectionCompletion;
import org.maturityadvisor.assessment.TargetLevel;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.Sighting;

/**
 * An assessment as Markdown (GitHub-flavoured tables), for a pull request comment or a wiki page: where the team
 * stands and what that rests on, the target and its roadmap, then per model the criteria met (each with what its answer
 * rests on: a claim, evidence, confirmed evidence, stale or fresh), the criteria left out as not applicable, and what
 * blocks each level above. Notes and links come from the input: notes are escaped, and only http and https links
 * become links (autolinks, percent-encoded), so no input can inject markup or a link of another scheme.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(AssessmentResult result) {
        return render(result, null);
    }

    /** With the catalog: claimed vs observed names each practice by its question. */
    public static String render(AssessmentResult result, PracticeCatalog catalog) {
        StringBuilder md = new StringBuilder("# Maturity assessment: ").append(cell(result.team())).append("\n\n");
        md.append("Rule set `").append(result.rulesetVersion()).append("`\n\n");
        if (result.restsOn() != null) {
            md.append("The result ").append(result.restsOn().words()).append(".\n\n");
        }
        md.append("| model | level | name | score | lines up with |\n|---|---|---|---|---|\n");
        for (ModelAssessment model : result.models()) {
            if (model.checklist()) {
                md.append("| ").append(cell(model.modelName())).append(" | ").append(cell(ChecklistWords.verdict(model)))
                        .append(" | ").append(cell(ChecklistWords.extras(model))).append(" |  | ")
                        .append(model.linesUpWith() == null ? "" : cell(model.linesUpWith().toString())).append(" |\n");
                continue;
            }
            md.append("| ").append(cell(model.modelName())).append(" | ").append(model.level()).append(" of ")
                    .append(model.topLevel()).append(" | ").append(cell(model.levelName())).append(" | ")
                    .append(model.score() == null ? "" : Points.format(model.score())).append(" | ")
                    .append(model.linesUpWith() == null ? "" : cell(model.linesUpWith().toString())).append(" |\n");
        }
        if (result.target() != null) {
            target(md, result.target());
        }
        claimedVsObserved(md, result.observed(), catalog);
        result.models().forEach(model -> model(md, model));
        return md.toString();
    }

    /** Per practice a detector looked for: the claim, the observation, how they compare, the sightings behind it. */
    private static void claimedVsObserved(StringBuilder md, List<ClaimCheck> checks, PracticeCatalog catalog) {
        if (checks.isEmpty()) {
            return;
        }
        md.append("\n## Claimed vs observed\n\n").append(cell(Observed.summary(checks))).append(".\n\n")
                .append("| practice | claimed | observed | agreement | seen at |\n|---|---|---|---|---|\n");
        for (ClaimCheck check : checks) {
            md.append("| ").append(cell(Observed.practice(catalog, check.practice()))).append(" | ")
                    .append(cell(Observed.claimed(check))).append(" | ").append(cell(Observed.observed(check)))
                    .append(" | ").append(check.agreement().disagrees() ? "**" + cell(check.agreement().words()) + "**"
                            : cell(check.agreement().words())).append(" | ");
            String sep = "";
            for (Sighting sighting : check.sightings()) {
                md.append(sep).append(cell(sighting.location()));
                md.append(sighting.text().isEmpty() ? "" : " " + code(sighting.text()));
                sep = "; ";
            }
            md.append(" |\n");
        }
    }

    /** Text from a repository as inline code: backticks and pipes taken out, so it cannot close the span or cell. */
    static String code(String text) {
        String inner = text.replace("`", "'").replace("|", "\\|").replaceAll("[\\r\\n]+", " ").strip();
        return inner.isEmpty() ? "" : "`" + inner + "`";
    }

    private static void target(StringBuilder md, TargetLevel target) {
        md.append("\n## Target: level ").append(target.target()).append(", ").append(cell(target.targetName()))
                .append("\n\n").append(cell(target.modelName())).append(": now level ").append(target.current())
                .append(" (").append(target.status().words()).append("). ").append(cell(target.reason()))
                .append(" (rule `").append(target.rule()).append("`)\n\n").append(cell(target.summary())).append('\n');
        for (BlockedLevel level : target.roadmap()) {
            md.append("\n### Roadmap, level ").append(level.level()).append(", ").append(cell(level.name()))
                    .append("\n\n");
            blockers(md, level);
        }
    }

    private static void model(StringBuilder md, ModelAssessment model) {
        if (model.checklist()) {
            checklist(md, model);
            return;
        }
        md.append("\n## ").append(cell(model.modelName())).append(": level ").append(model.level()).append(", ")
                .append(cell(model.levelName())).append("\n\n").append(cell(model.summary())).append("\n\n");
        restsOn(md, model.restsOn());
        if (!model.met().isEmpty()) {
            md.append("| met | level | practice | observed | required | rests on |\n|---|---|---|---|---|---|\n");
            for (MetCriterion met : model.met()) {
                md.append("| `").append(met.criterion()).append("` | ").append(met.level()).append(" | `")
                        .append(met.practice()).append("` | ").append(cell(met.observed())).append(" | ")
                        .append(cell(met.required())).append(" | ").append(basis(met.basis())).append(" |\n");
            }
        }
        notApplicable(md, model.notApplicable());
        for (BlockedLevel level : model.blockedLevels()) {
            md.append("\n### Why not level ").append(level.level()).append(", ").append(cell(level.name()))
                    .append("\n\n");
            if (level.blockers().isEmpty()) {
                md.append(level.shortfalls().isEmpty() ? "Its own criteria are met; it waits for the levels below.\n"
                        : "Its sections' tests are listed under the bands below.\n");
            } else {
                blockers(md, level);
            }
        }
    }

    /** A checklist: its verdict and extras, every section's completion, then each section's unmet statements. */
    private static void checklist(StringBuilder md, ModelAssessment model) {
        md.append("\n## ").append(cell(model.modelName())).append(": ").append(cell(ChecklistWords.verdict(model)))
                .append("\n\n");
        if (ChecklistWords.extras(model) != null) {
            md.append("Beside the verdict, ").append(cell(ChecklistWords.extras(model))).append(".\n\n");
        }
        md.append(cell(model.summary())).append("\n\n");
        restsOn(md, model.restsOn());
        md.append("| section | role | met | applicable | complete |\n|---|---|---|---|---|\n");
        for (SectionCompletion section : ChecklistWords.requiredFirst(model)) {
            md.append("| ").append(cell(section.section())).append(" | ").append(ChecklistWords.role(section))
                    .append(" | ").append(section.met()).append(" | ").append(section.applicable()).append(" | ")
                    .append(section.complete() ? "yes" : "no").append(" |\n");
        }
        for (SectionCompletion section : ChecklistWords.requiredFirst(model)) {
            if (section.unmet().isEmpty()) {
                continue;
            }
            md.append("\n### ").append(cell(section.section())).append(" (").append(ChecklistWords.role(section))
                    .append("): ").append(cell(ChecklistWords.section(section))).append("\n\n")
                    .append("| unmet statement | status | practice | observed | required | rests on | effort | remediation |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            for (Blocker blocker : section.unmet()) {
                md.append("| `").append(blocker.criterion()).append("` ").append(cell(blocker.text())).append(" | ")
                        .append(cell(blocker.statusWords())).append(" | `").append(blocker.practice())
                        .append("` | ").append(blocker.observed() == null ? "(unanswered)" : cell(blocker.observed()))
                        .append(" | ").append(cell(blocker.required())).append(" | ").append(basis(blocker.basis()))
                        .append(" | ").append(blocker.effort().words()).append(" | ")
                        .append(blocker.remediation() == null || blocker.remediation().isBlank() ? "not given"
                                : cell(blocker.remediation())).append(" |\n");
            }
        }
        if (!model.met().isEmpty()) {
            md.append("\n| met statement | section | practice | observed | required | rests on |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (MetCriterion met : model.met()) {
                md.append("| `").append(met.criterion()).append("` | ").append(cell(met.dimension())).append(" | `")
                        .append(met.practice()).append("` | ").append(cell(met.observed())).append(" | ")
                        .append(cell(met.required())).append(" | ").append(basis(met.basis())).append(" |\n");
            }
        }
        notApplicable(md, model.notApplicable());
    }

    private static void blockers(StringBuilder md, BlockedLevel level) {
        md.append("| blocking criterion | status | practice | observed | required | rests on | effort | remediation |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Blocker blocker : level.blockers()) {
            md.append("| `").append(blocker.criterion()).append("` ").append(cell(blocker.text())).append(" | ")
                    .append(cell(blocker.statusWords())).append(" | `").append(blocker.practice())
                    .append("` | ").append(blocker.observed() == null ? "(unanswered)" : cell(blocker.observed()))
                    .append(" | ").append(cell(blocker.required())).append(" | ").append(basis(blocker.basis()))
                    .append(" | ").append(blocker.effort().words())
                    .append(" | ").append(cell(blocker.remediation())).append(" |\n");
        }
    }

    private static void restsOn(StringBuilder md, List<LevelBasis> levels) {
        if (!levels.isEmpty()) {
            md.append("What it rests on:\n\n");
            levels.forEach(level -> md.append("- ").append(level.words()).append('\n'));
            md.append('\n');
        }
    }

    private static void notApplicable(StringBuilder md, List<NotApplicable> criteria) {
        if (criteria.isEmpty()) {
            return;
        }
        md.append("\n### Not applicable: ").append(criteria.size())
                .append(criteria.size() == 1 ? " criterion" : " criteria").append(" left out\n\n")
                .append("| criterion | level | practice | why |\n|---|---|---|---|\n");
        for (NotApplicable na : criteria) {
            md.append("| `").append(na.criterion()).append("` ").append(cell(na.text())).append(" | ")
                    .append(na.level()).append(" | `").append(na.practice()).append("` | ")
                    .append(cell(Evidence.why(na))).append(" |\n");
        }
    }

    /** A basis in one table cell: its words, then each piece of evidence (link, note, who recorded and confirmed). */
    static String basis(Basis basis) {
        if (basis == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(cell(Evidence.summary(basis)));
        for (EvidenceItem item : basis.evidence()) {
            text.append("; ").append(item(item));
        }
        return text.toString();
    }

    private static String item(EvidenceItem item) {
        StringBuilder text = new StringBuilder();
        if (item.link() != null) {
            text.append(Evidence.linkable(item.link()) ? "<" + url(item.link()) + ">" : cell(item.link()));
        }
        if (item.note() != null) {
            text.append(text.isEmpty() ? "" : " ").append(cell(item.note()));
        }
        String people = Evidence.people(item);
        return people.isEmpty() ? text.toString() : text.append(" (").append(cell(people)).append(')').toString();
    }

    /**
     * A link inside an autolink: every byte but the URL characters that cannot end the autolink, break the table or
     * open markup is percent-encoded ({@code <>|\`"[]}, space, and any non-ASCII byte).
     */
    static String url(String link) {
        StringBuilder uri = new StringBuilder();
        for (byte b : link.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~:/?#@!$&'()*+,;=%".indexOf(c) >= 0)) {
                uri.append(c);
            } else {
                uri.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return uri.toString();
    }

    /** Text inside a table cell or heading: no pipe, no newline, no HTML or Markdown markup taken from input. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[")
                .replaceAll("[\\r\\n]+", " ");
    }
}
