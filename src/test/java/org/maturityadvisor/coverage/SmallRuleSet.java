package org.maturityadvisor.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.maturityadvisor.testing.ReleaseRubric;
import org.maturityadvisor.testing.ShippedRules;

/**
 * A small rule set written as an analyst would, for coverage tests: the shipped catalog and rules files, and in place
 * of the shipped tables a gated model "mini" (levels 0-2, three criteria, one row each), the scored release rubric
 * and a target table of two rows for mini, all as CSV tables. Two scenarios: a team at mini level 1 whose target is
 * level 2 (critical), and a team with nothing.
 */
public final class SmallRuleSet {

    public static final String MINI = "mini.drl.csv";
    public static final String TARGET = "mini-target.drl.csv";

    private SmallRuleSet() {
    }

    /** Writes the rules into {@code rules} and the two scenarios into {@code scenarios}. */
    public static void write(Path rules, Path scenarios) {
        try {
            Files.createDirectories(rules);
            Files.createDirectories(scenarios);
            try (var files = Files.list(ShippedRules.DIRECTORY)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    // the catalog, the detectors and the DRL: no shipped model, so only the small ones are counted
                    if (!name.contains(".drl.") && !name.endsWith(".md") || name.endsWith(".drl")) {
                        Files.copy(file, rules.resolve(name));
                    }
                }
            }
            Files.writeString(rules.resolve(MINI), csv(mini()));
            Files.writeString(rules.resolve(TARGET), csv(target()));
            Files.writeString(rules.resolve("release-rubric.drl.csv"),
                    csv(ReleaseRubric.rows(List.of(), "1.5", "manual: 1, scripted: 2, ci-cd-pipeline: 2")));
            Files.writeString(scenarios.resolve("a-level-one.json"), """
                    {"name": "level one", "input": {"team": "one",
                      "context": {"mlUseCases": 1, "businessCritical": true, "inProduction": true},
                      "answers": {"creation.data-pipeline": true, "release.ownership": "handed-to-software-engineers",
                                  "creation.experiment-tracking": "ad-hoc", "release.method": "ci-cd-pipeline",
                                  "release.ab-testing": true, "integration.model-tests": "basic"}},
                     "expect": {"mini": {"level": 1}, "release-rubric": {"level": 0},
                                "target": {"rule": "mini-critical"}}}
                    """);
            Files.writeString(scenarios.resolve("b-nothing.json"), """
                    {"name": "nothing", "input": {"team": "none", "answers": {"creation.data-pipeline": false}},
                     "expect": {"mini": {"level": 0}, "release-rubric": {"level": 0},
                                "target": {"rule": "mini-any"}}}
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> mini() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", "org.maturityadvisor.rules.mini"));
        rows.add(List.of("Import", "org.maturityadvisor.definition.ModelRow, org.maturityadvisor.definition.LevelRow, "
                + "org.maturityadvisor.definition.CriterionRow, org.maturityadvisor.definition.DimensionRow"));
        rows.add(List.of("RuleTable Model"));
        rows.add(Collections.nCopies(4, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("ModelRow m = ModelRow.id(\"$param\"); insert(m);", "m.name(\"$param\");",
                "m.source(\"$param\");", "m.kind(\"$param\");"));
        rows.add(List.of("Model id", "Model name", "Source", "Kind"));
        rows.add(List.of("mini", "Mini ladder", "a test", "gated"));
        rows.add(List.of("RuleTable Levels"));
        rows.add(Collections.nCopies(3, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("LevelRow l = LevelRow.model(\"$param\"); insert(l);", "l.level(\"$param\");",
                "l.name(\"$param\");"));
        rows.add(List.of("Model", "Level", "Level name"));
        rows.add(List.of("mini", "0", "Start"));
        rows.add(List.of("mini", "1", "Piped"));
        rows.add(List.of("mini", "2", "Tracked"));
        rows.add(List.of("RuleTable Criteria"));
        rows.add(Collections.nCopies(9, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("CriterionRow c = CriterionRow.id(\"$param\"); insert(c);", "c.model(\"$param\");",
                "c.level(\"$param\");", "c.dimension(\"$param\");", "c.text(\"$param\");", "c.practice(\"$param\");",
                "c.required(\"$param\");", "c.remediation(\"$param\");", "c.effort(\"$param\");"));
        rows.add(List.of("Criterion id", "Model", "Level", "Dimension", "Criterion", "Practice", "Required value",
                "Remediation", "Effort"));
        rows.add(List.of("mini-pipeline", "mini", "1", "Creation", "Is there a data pipeline?",
                "creation.data-pipeline", "yes", "Build one.", "small"));
        rows.add(List.of("mini-handoff", "mini", "1", "Release", "Is the model handed off?", "release.ownership",
                "handed-to-software-engineers", "Hand it off.", "small"));
        rows.add(List.of("mini-tracking", "mini", "2", "Creation", "Are experiments tracked centrally?",
                "creation.experiment-tracking", "centralized", "Track them.", "medium"));
        rows.add(List.of("RuleTable Dimensions"));
        rows.add(Collections.nCopies(2, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("DimensionRow d = DimensionRow.model(\"$param\"); insert(d);", "d.name(\"$param\");"));
        rows.add(List.of("Model", "Dimension"));
        rows.add(List.of("mini", "Creation"));
        rows.add(List.of("mini", "Release"));
        return rows;
    }

    static List<List<String>> target() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", "org.maturityadvisor.rules.minitarget"));
        rows.add(List.of("Import", "org.maturityadvisor.definition.TargetRow"));
        rows.add(List.of("RuleTable Target"));
        rows.add(Collections.nCopies(7, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("TargetRow t = TargetRow.id(\"$param\"); insert(t);", "t.model(\"$param\");",
                "t.useCases(\"$param\");", "t.businessCritical(\"$param\");", "t.inProduction(\"$param\");",
                "t.level(\"$param\");", "t.reason(\"$param\");"));
        rows.add(List.of("Rule id", "Model", "ML use cases", "Business-critical", "In production", "Target level",
                "Reason"));
        rows.add(List.of("mini-critical", "mini", "any", "yes", "any", "2", "Critical: track."));
        rows.add(List.of("mini-small", "mini", "5+", "any", "any", "2", "Many use cases: track."));
        rows.add(List.of("mini-any", "mini", "any", "any", "any", "1", "Anyone else: pipe."));
        return rows;
    }

    static String csv(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(","))).collect(Collectors.joining("\n", "", "\n"));
    }

    static byte[] bytes(List<List<String>> rows) {
        return csv(rows).getBytes(StandardCharsets.UTF_8);
    }
}
