package org.maturityadvisor.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.ShippedRules;

/**
 * Drafts an analyst makes of the shipped rules, one edit each, as the impact preview meets them: wording, a required
 * value made stricter or looser, a criterion moved up or down, added or removed, a test's points or section, a band
 * floor, a target row, a practice's choices. Built once per test JVM, in a directory of their own under target/.
 */
final class Drafts {

    static final String MICROSOFT = RulesFixture.TABLE;
    static final String GOOGLE = "google-mlops.drl.xlsx";
    static final String SCORED = "ml-test-score.drl.xlsx";
    static final String TARGET = "target-level.drl.xlsx";
    static final String SIX = "six-stage-mlops.drl.xlsx";

    private static LoadedRuleSet shipped;
    private static Map<String, LoadedRuleSet> drafts;

    private Drafts() {
    }

    static synchronized LoadedRuleSet shipped() {
        if (shipped == null) {
            shipped = LoadedRuleSet.load(ShippedRules.DIRECTORY);
        }
        return shipped;
    }

    /** Every draft, by what it changes. */
    static synchronized Map<String, LoadedRuleSet> all() {
        if (drafts == null) {
            Map<String, LoadedRuleSet> made = new LinkedHashMap<>();
            made.put("an unchanged rule set", draft(rules -> { }));
            made.put("a criterion's wording", draft(rules -> rules.setCell("H" + rules.rowOf("ms-data-pipeline"),
                    "Land the training data in one known, versioned place.")));
            made.put("a stricter required value", draft(rules -> rules.setCell(GOOGLE,
                    "G" + rules.rowOf(GOOGLE, "google-continuous-training"), "schedule")));
            made.put("a lower required value", draft(rules -> rules.setCell(
                    "G" + rules.rowOf("ms-scoring-script-tested"), "versioned")));
            made.put("a criterion moved down a level", draft(rules -> rules.setCell(
                    "C" + rules.rowOf("ms-managed-compute"), "1")));
            made.put("a criterion moved up a level", draft(rules -> rules.setCell(
                    "C" + rules.rowOf("ms-data-pipeline"), "3")));
            made.put("a new criterion", draft(rules -> rules.insertRow(MICROSOFT,
                    rules.rowOf("ms-verbose-model-metrics") + 1, List.of("ms-feature-store", "microsoft", "2",
                            "Model Creation", "Are features served from a feature store?", "creation.feature-store",
                            "yes", "Serve training and scoring features from one feature store.", "medium"))));
            made.put("a removed criterion", draft(rules -> rules.removeRow(MICROSOFT, rules.rowOf("ms-ab-testing"))));
            made.put("a criterion moved to another practice", draft(rules -> rules.setCell(
                    "F" + rules.rowOf("ms-model-versioning"), "creation.metadata-store")));
            made.put("a test's points", draft(rules -> rules.setCell(SCORED,
                    "F" + rules.rowOf(SCORED, "mlts-data-feature-schema"), "manual: 0.25, automated: 1")));
            made.put("a test moved to another section", draft(rules -> rules.setCell(SCORED,
                    "C" + rules.rowOf(SCORED, "mlts-data-feature-schema"), "Model")));
            made.put("a band floor", draft(rules -> rules.setCell(SCORED, "F22", "4.5")));
            made.put("a band floor and a criterion moved down a level", draft(rules -> {
                rules.setCell(SCORED, "F22", "4.5");
                rules.setCell("C" + rules.rowOf("ms-managed-compute"), "1");
            }));
            made.put("a target row", draft(rules -> rules.setCell(TARGET,
                    "F" + rules.rowOf(TARGET, "target-2-two-or-three"), "3")));
            made.put("a choice inserted between two", draft(rules -> catalog(rules,
                    "none|ad-hoc|centralized", "none|ad-hoc|shared|centralized")));
            made.put("a choice teams gave removed", draft(rules -> {
                catalog(rules, "none|ad-hoc|centralized", "none|centralized");
                withoutDetectorsOf(rules, "creation.experiment-tracking,ad-hoc,"); // they would refuse the draft
            }));
            made.put("a criterion that now needs evidence", draft(rules -> rules.setCell(SIX,
                    "J" + rules.rowOf(SIX, "six-cd-pipeline"), "yes")));
            drafts = made;
        }
        return drafts;
    }

    private static LoadedRuleSet draft(Consumer<RulesFixture> edit) {
        try {
            Files.createDirectories(Path.of("target"));
            RulesFixture rules = RulesFixture.copyOfShipped(Files.createTempDirectory(Path.of("target"), "impact-"));
            edit.accept(rules);
            return LoadedRuleSet.load(RuleSetLoader.read(rules.directory()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detector table without the lines that show a practice at a value, e.g. one the draft removes. */
    private static void withoutDetectorsOf(RulesFixture rules, String practiceAndValue) {
        try {
            Path table = rules.directory().resolve("detectors.csv");
            rules.writeFile("detectors.csv", Files.readAllLines(table).stream()
                    .filter(line -> !line.contains("," + practiceAndValue))
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void catalog(RulesFixture rules, String from, String to) {
        try {
            String catalog = Files.readString(rules.directory().resolve(RuleSetLoader.CATALOG));
            if (!catalog.contains(from)) {
                throw new IllegalStateException(RuleSetLoader.CATALOG + " has no " + from);
            }
            rules.writeFile(RuleSetLoader.CATALOG, catalog.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
