package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.testing.ShippedFindings;
import org.maturityadvisor.testing.ShippedRules;

/**
 * Each kind of mistake an analyst makes in a table, fed to the lint on its own (the shipped rules plus one small CSV
 * model), and the WHOLE findings list compared: the cause named once at its cell, with its file and its line and
 * column, and nothing that only follows from it.
 */
class LintFindingsTest {

    private static final String FILE = "ladder.drl.csv";
    private static final List<RuleFile> SHIPPED = RuleSetLoader.read(ShippedRules.DIRECTORY);

    /** A gated model with a crosswalk to Microsoft's: its criteria on lines 28 and 29 of {@link #FILE}. */
    private static final String LADDER = String.join("\n",
            "RuleTable Model",
            "ACTION,ACTION,ACTION,ACTION,ACTION",
            "",
            "ModelRow m = ModelRow.id(\"$param\"); insert(m);,m.name(\"$param\");,m.source(\"$param\");,"
                    + "m.kind(\"$param\");,m.crosswalk(\"$param\");",
            "Model id,Model name,Source,Kind,Crosswalk",
            "ladder,Ladder,a test,gated,microsoft",
            "",
            "RuleTable Levels",
            "ACTION,ACTION,ACTION,ACTION",
            "",
            "LevelRow l = LevelRow.model(\"$param\"); insert(l);,l.level(\"$param\");,l.name(\"$param\");,"
                    + "l.linesUpWith(\"$param\");",
            "Model,Level,Level name,Lines up with",
            "ladder,0,Manual,0",
            "ladder,1,Scripted,1-2",
            "",
            "RuleTable Dimensions",
            "ACTION,ACTION",
            "",
            "DimensionRow d = DimensionRow.model(\"$param\"); insert(d);,d.name(\"$param\");",
            "Model,Dimension",
            "ladder,Release",
            "",
            "RuleTable Criteria",
            "ACTION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION",
            "",
            "CriterionRow c = CriterionRow.id(\"$param\"); insert(c);,c.model(\"$param\");,c.level(\"$param\");,"
                    + "c.dimension(\"$param\");,c.text(\"$param\");,c.practice(\"$param\");,c.required(\"$param\");,"
                    + "c.remediation(\"$param\");,c.effort(\"$param\");",
            "Criterion id,Model,Level,Dimension,Criterion,Practice,Required value,Remediation,Effort",
            "ladder-scripted,ladder,1,Release,Is the release scripted?,release.method,scripted,Script it.,small",
            "ladder-tested,ladder,1,Release,Is the model tested?,integration.model-tests,basic,Test it.,medium");

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("none", t -> t),
                mistake("blank crosswalk with levels lining up", t -> t.replace("gated,microsoft", "gated,"),
                        "ERROR ladder.drl.csv, line 6, column 5: Crosswalk is blank, but the Lines up with cells of "
                                + "model \"ladder\"'s levels name levels (e.g. \"0\" at ladder.drl.csv line 13); name "
                                + "the model they refer to here, or clear those cells"),
                mistake("wrong crosswalk", t -> t.replace("gated,microsoft", "gated,microsfot"),
                        "ERROR ladder.drl.csv, line 6, column 5: Crosswalk \"microsfot\" must name another model "
                                + "defined in a Model table; did you mean microsoft?"),
                mistake("blank key: model id", t -> t.replace("ladder,Ladder,", ",Ladder,"),
                        "ERROR ladder.drl.csv, line 6, column 1: Model id is blank; every row starts with its id "
                                + "(fill it in, or delete the whole row)"),
                mistake("blank dimension", t -> t.replace("ladder,Release\n", "ladder,\n"),
                        "ERROR ladder.drl.csv, line 21, column 2: Dimension is blank; every cell of a row must be "
                                + "filled in"),
                mistake("duplicate criterion id", t -> t.replace("ladder-tested,", "ladder-scripted,"),
                        "ERROR ladder.drl.csv, line 29, column 1: criterion id \"ladder-scripted\" is used twice: "
                                + "here and at ladder.drl.csv line 28; criterion ids are unique across every model"),
                mistake("unknown practice", t -> t.replace(",release.method,", ",release.methd,"),
                        "ERROR ladder.drl.csv, line 28, column 6: Practice \"release.methd\" is not in the practice "
                                + "catalog (rules/practices.csv); did you mean release.method?"),
                mistake("bad value", t -> t.replace(",scripted,Script", ",weekly,Script"),
                        "ERROR ladder.drl.csv, line 28, column 7: Required value \"weekly\" is not a value of "
                                + "practice release.method; use one of [not-released, manual, scripted, "
                                + "ci-cd-pipeline] (lowest first)"),
                mistake("blank optional cells", t -> t.replace("Script it.,small", ",").replace("ladder,1,Scripted,",
                                "ladder,1,,"),
                        "WARNING ladder.drl.csv, line 14, column 3: Level name is blank: level 1 is shown as \"not "
                                + "given\"",
                        "WARNING ladder.drl.csv, line 28, column 8: Remediation is blank: shown as \"not given\"",
                        "WARNING ladder.drl.csv, line 28, column 9: Effort is blank: shown as \"not given\"; plans "
                                + "order it after stated efforts"));
    }

    private static Arguments mistake(String name, UnaryOperator<String> edit, String... findings) {
        return Arguments.of(name, edit, List.of(findings));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsNamedOnceAtItsCell(String name, UnaryOperator<String> edit, List<String> expected) {
        List<RuleFile> files = new ArrayList<>(SHIPPED);
        files.add(new RuleFile(FILE, edit.apply(LADDER).getBytes(StandardCharsets.UTF_8)));

        List<String> findings = ShippedFindings.beyondShipped(RuleSetCheck.check(files).findings()).stream()
                .map(f -> f.severity() + " " + f.sentence()).toList();

        assertThat(findings).containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void aTableInTwoFormatsIsOneErrorNamingBothFiles() {
        List<RuleFile> files = new ArrayList<>(SHIPPED);
        files.add(new RuleFile(FILE, LADDER.getBytes(StandardCharsets.UTF_8)));
        files.add(new RuleFile("ladder.drl.xlsx", SHIPPED.stream().filter(f -> f.name().equals("google-mlops.drl.xlsx"))
                .findFirst().orElseThrow().content()));

        assertThat(ShippedFindings.beyondShipped(RuleSetCheck.check(files).findings())).extracting(Finding::sentence).containsExactly(
                "ladder.drl.xlsx: is defined twice: ladder.drl.csv and ladder.drl.xlsx are the same table in two "
                        + "formats; keep one of the two files");
    }
}
