package org.maturityadvisor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

/** Each architecture rule fails on a fixture that breaks it: the rules can fail, so their passing means something. */
class ArchitectureRulesTest {

    private static final String FIXTURE = "org.maturityadvisor.architecture.fixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void aForbiddenImportFailsTheAllowList() {
        EvaluationResult result = ArchitectureRules.allowList(FIXTURE,
                Map.of("alpha", Set.of(), "beta", Set.of("alpha"), "core", Set.of())).evaluate(CLASSES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains(FIXTURE + ".alpha.Alpha").contains(FIXTURE + ".beta.Beta"));
    }

    @Test
    void anAllowedImportPassesTheAllowList() {
        assertThat(ArchitectureRules.allowList(FIXTURE, Map.of("alpha", Set.of("beta"), "beta", Set.of("alpha"),
                "core", Set.of())).evaluate(CLASSES).hasViolation()).isFalse();
    }

    @Test
    void aCycleBetweenPackagesFails() {
        EvaluationResult result = ArchitectureRules.noCycles(FIXTURE).evaluate(CLASSES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Cycle detected");
    }

    @Test
    void aPackageWithoutAnEntryIsNamed() {
        assertThat(ArchitectureRules.packagesWithoutEntry(CLASSES, FIXTURE, Map.of("alpha", Set.of())))
                .containsExactly("beta", "core");
    }

    @Test
    void aCoreClassReachingForJdbcIsNotPlainJava() {
        EvaluationResult result = ArchitectureRules.plainJava(FIXTURE, Set.of("core"), ArchitectureTest.PLAIN_JAVA)
                .evaluate(CLASSES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("java.sql.Connection");
    }
}
