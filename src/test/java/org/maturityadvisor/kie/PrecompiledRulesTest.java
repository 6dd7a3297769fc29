package org.maturityadvisor.kie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.testing.ShippedRules;

/**
 * The knowledge base the build compiles from rules/*.drl and bundles (RulePrecompiler, pom.xml) is the one the
 * repository's DRL is served by, and only that DRL: any other DRL is compiled at run time, errors and all.
 */
class PrecompiledRulesTest {

    /** The shipped DRL files exactly as every load reads them: from rules/, sorted by name. */
    private static List<RuleFile> shippedDrl() {
        return RuleSetLoader.read(ShippedRules.DIRECTORY).stream()
                .filter(file -> file.name().toLowerCase(Locale.ROOT).endsWith(".drl")).toList();
    }

    @Test
    void theBundledBaseWasCompiledFromTheRepositoryDrlAsItIsNow() {
        assertThat(PrecompiledRules.bundledKey())
                .as("the bundled precompiled rules are missing or stale: run the build (process-classes)")
                .isEqualTo(KieRuleCompiler.key(shippedDrl()));
    }

    @Test
    void theRepositoryDrlIsServedByTheBundledBase() {
        assertThat(PrecompiledRules.isBundled(KieRuleCompiler.evaluationRules(shippedDrl()))).isTrue();
    }

    @Test
    void aDifferentDrlIsCompiledAtRunTime() {
        List<RuleFile> edited = shippedDrl().stream().map(file -> file.name().equals("target.drl")
                ? new RuleFile(file.name(), (new String(file.content(), StandardCharsets.UTF_8)
                        + "\n// an edit the build never saw\n").getBytes(StandardCharsets.UTF_8))
                : file).toList();

        KieBase compiled = KieRuleCompiler.evaluationRules(edited);

        assertThat(PrecompiledRules.isBundled(compiled)).isFalse();
        assertThat(PrecompiledRules.forKey(KieRuleCompiler.key(edited))).isEmpty();
        assertThat(compiled.getKiePackage("org.maturityadvisor.rules").getRules())
                .hasSameSizeAs(KieRuleCompiler.evaluationRules(shippedDrl())
                        .getKiePackage("org.maturityadvisor.rules").getRules());
    }

    @Test
    void anErrorInADifferentDrlIsStillReportedWithItsFileAndLine() {
        List<RuleFile> broken = new ArrayList<>(shippedDrl());
        broken.add(new RuleFile("extra.drl", ("package org.maturityadvisor.rules;\n\nrule \"broken\"\nwhen\n"
                + "  Foo(\nthen\nend\n").getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> KieRuleCompiler.evaluationRules(broken)).isInstanceOfSatisfying(
                RuleSetException.class, e -> assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo("extra.drl");
                    assertThat(problem.location()).startsWith("line ");
                }));
    }
}
