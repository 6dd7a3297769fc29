package org.maturityadvisor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small gated model and a small scored one over practices of their own, using every evidence and applicability
 * column, written into a copy of the shipped rules as an analyst would: new catalog rows (with Valid for and a
 * context field) and a new spreadsheet. Tests of the rules' judging use it, so they do not depend on the shipped
 * tables' content.
 */
public final class EvidenceLadder {

    /** The context field the ladder's Applies when asks: how the team serves predictions. */
    public static final String SERVING = "ladder-serving";

    private EvidenceLadder() {
    }

    public static RulesFixture into(Path temp) {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        Path catalog = rules.directory().resolve("practices.csv");
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(catalog, StandardCharsets.UTF_8));
            boolean hasValidFor = lines.get(0).endsWith(",valid for");
            if (!hasValidFor) {
                lines.replaceAll(line -> line.isBlank() ? line : line + ",");
                lines.set(0, lines.get(0) + "valid for");
            }
            lines.add("ladder.deploy,Ladder,choice,manual|scripted|pipeline,How is it deployed?,,90");
            lines.add("ladder.audit,Ladder,yes-no,,Is every release audited?,,");
            lines.add("ladder.review,Ladder,yes-no,,Is every model reviewed by a second person?,,");
            lines.add("ladder.abtest,Ladder,yes-no,,Are models compared on live traffic?,,");
            lines.add("context." + SERVING + ",Context,choice,offline|online,How does the team serve predictions?,,");
            Files.write(catalog, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules.writeTable("ladder.drl.xlsx", rows());
    }

    /** The ladder, and a target table whose first row asks the context field: online teams aim for level 3. */
    public static RulesFixture withContextTarget(Path temp) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", "org.maturityadvisor.rules.target"));
        rows.add(List.of("Import", "org.maturityadvisor.definition.TargetRow"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Target"));
        rows.add(Collections.nCopies(8, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("TargetRow t = TargetRow.id(\"$param\"); insert(t);", "t.model(\"$param\");",
                "t.useCases(\"$param\");", "t.businessCritical(\"$param\");", "t.inProduction(\"$param\");",
                "t.context(\"$param\");", "t.level(\"$param\");", "t.reason(\"$param\");"));
        rows.add(List.of("Rule id", "Model", "ML use cases", "Business-critical", "In production", "Context",
                "Target level", "Reason"));
        rows.add(List.of("target-online", "microsoft", "any", "any", "any", SERVING + " = online", "3",
                "Online serving needs automated releases."));
        rows.add(List.of("target-rest", "microsoft", "any", "any", "any", "", "1", "The baseline."));
        return into(temp).writeTable("target-level.drl.xlsx", rows);
    }

    private static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", "org.maturityadvisor.rules.ladder"));
        rows.add(List.of("Import", "org.maturityadvisor.definition.ModelRow"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Model"));
        rows.add(Collections.nCopies(4, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("ModelRow m = ModelRow.id(\"$param\"); insert(m);", "m.name(\"$param\");",
                "m.source(\"$param\");", "m.kind(\"$param\");"));
        rows.add(List.of("Model id", "Model name", "Source", "Kind"));
        rows.add(List.of("ladder", "Evidence ladder", "a test", "gated"));
        rows.add(List.of("rubric", "Evidence rubric", "a test", "scored"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Levels"));
        rows.add(Collections.nCopies(4, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("LevelRow l = LevelRow.model(\"$param\"); insert(l);", "l.level(\"$param\");",
                "l.name(\"$param\");", "l.scoreAbove(\"$param\");"));
        rows.add(List.of("Model", "Level", "Level name", "Score above"));
        rows.add(List.of("ladder", "0", "Start", ""));
        rows.add(List.of("ladder", "1", "Scripted", ""));
        rows.add(List.of("ladder", "2", "Proven", ""));
        rows.add(List.of("rubric", "0", "Weak", ""));
        rows.add(List.of("rubric", "1", "Strong", "1.5"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Criteria"));
        rows.add(Collections.nCopies(14, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("CriterionRow c = CriterionRow.id(\"$param\"); insert(c);", "c.model(\"$param\");",
                "c.level(\"$param\");", "c.dimension(\"$param\");", "c.text(\"$param\");", "c.practice(\"$param\");",
                "c.required(\"$param\");", "c.remediation(\"$param\");", "c.effort(\"$param\");",
                "c.needsEvidence(\"$param\");", "c.needsConfirmation(\"$param\");", "c.staleBlocks(\"$param\");",
                "c.mayBeNotApplicable(\"$param\");", "c.appliesWhen(\"$param\");"));
        rows.add(List.of("Criterion id", "Model", "Level", "Dimension", "Criterion", "Practice", "Required value",
                "Remediation", "Effort", "Needs evidence", "Needs confirmation", "Stale blocks",
                "May be not applicable", "Applies when"));
        rows.add(List.of("ladder-scripted", "ladder", "1", "Ops", "Is it deployed by a script?", "ladder.deploy",
                "scripted", "Script it.", "small", "", "", "", "", ""));
        rows.add(List.of("ladder-audited", "ladder", "1", "Ops", "Is every release audited?", "ladder.audit", "yes",
                "Audit.", "small", "yes", "", "", "", ""));
        rows.add(List.of("ladder-reviewed", "ladder", "2", "Ops", "Is every model reviewed?", "ladder.review", "yes",
                "Review.", "medium", "", "yes", "", "", ""));
        rows.add(List.of("ladder-pipeline", "ladder", "2", "Ops", "Is it deployed by a pipeline?", "ladder.deploy",
                "pipeline", "Build a pipeline.", "large", "", "", "yes", "", ""));
        rows.add(List.of("ladder-abtest", "ladder", "2", "Ops", "Are models compared live?", "ladder.abtest", "yes",
                "Compare live.", "large", "", "", "", "yes", SERVING + " = online"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Tests"));
        rows.add(Collections.nCopies(10, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("CriterionRow c = CriterionRow.id(\"$param\"); insert(c);", "c.model(\"$param\");",
                "c.dimension(\"$param\");", "c.practice(\"$param\");", "c.points(\"$param\");",
                "c.text(\"$param\");", "c.remediation(\"$param\");", "c.effort(\"$param\");",
                "c.needsEvidence(\"$param\");", "c.mayBeNotApplicable(\"$param\");"));
        rows.add(List.of("Test id", "Model", "Section", "Practice", "Points", "Test", "Remediation", "Effort",
                "Needs evidence", "May be not applicable"));
        rows.add(List.of("rubric-audit", "rubric", "Checks", "ladder.audit", "yes: 1", "Audited?", "Audit.",
                "small", "yes", ""));
        rows.add(List.of("rubric-abtest", "rubric", "Checks", "ladder.abtest", "yes: 1", "Compared live?",
                "Compare live.", "large", "", "yes"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Dimensions"));
        rows.add(Collections.nCopies(2, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("DimensionRow d = DimensionRow.model(\"$param\"); insert(d);", "d.name(\"$param\");"));
        rows.add(List.of("Model", "Dimension"));
        rows.add(List.of("ladder", "Ops"));
        rows.add(List.of("rubric", "Checks"));
        return rows;
    }
}
